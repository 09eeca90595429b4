package vn.baocao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.baocao.document.compose.ReportSettings;
import vn.baocao.render.export.ExportException;
import vn.baocao.sign.Appearance;
import vn.baocao.sign.SignException;
import vn.baocao.sign.SigningKey;
import vn.baocao.store.Database;

/**
 * {@code report … --sign (--p12 … | --pkcs11 …)}: composes, renders and signs in one step. The key is opened and the
 * image found before anything is written; the PDF is rendered into a temporary folder and only the signed file is
 * moved to {@code --pdf}, so a failure never leaves an unsigned PDF there, nor touches an earlier one.
 */
final class ReportSigning {
    @Option(names = "--sign", descriptionKey = "reportSigning.sign")
    boolean sign;

    @Mixin
    SigningOptions options;

    /** Writes the PDF (the Word file too, if asked) into the path it is given. */
    @FunctionalInterface
    interface Export {
        void to(Path pdf) throws ExportException;
    }

    /**
     * Runs {@code export} into {@code pdf}; with {@code --sign}, into a temporary file that is then signed into
     * {@code pdf}. Says "Đã ký" only after the signer has checked the new signature and moved the file.
     */
    void write(Database db, Path pdf, ReportSettings settings, PrintWriter out, Export export) throws ExportException {
        if (!sign) {
            if (options.keyChosen()) {
                throw new CliException(CliText.get("reportSigning.cacTuyChonKhoa"));
            }
            export.to(pdf);
            return;
        }
        if (pdf == null) {
            throw new CliException(CliText.get("reportSigning.signCanTepPdf"));
        }
        String signer = settings.signature() == null ? null : settings.signature().signerName();
        Appearance appearance = options.appearance(db, signer, null);
        Path folder = null;
        try (SigningKey key = options.openKey()) {
            folder = Files.createTempDirectory("baocao-ky-");
            // The same file name, so that any message of the signer names the file the clerk asked for.
            Path unsigned = folder.resolve(pdf.getFileName().toString());
            export.to(unsigned);
            out.println(SigningOptions.sign(unsigned, pdf, key, appearance));
        } catch (SignException e) {
            throw new CliException(CliText.get("reportSigning.chuaGhiTep", e.getMessage(), pdf.getFileName()));
        } catch (IOException e) {
            throw new CliException(CliText.get("reportSigning.khongTaoDuocThu", e.getMessage(), pdf.getFileName()));
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A file left in the system's temporary folder is harmless; the output itself is never touched here.
        }
    }
}
