package vn.baocao.render.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentFileException;
import vn.baocao.document.DocumentFiles;
import vn.baocao.document.compose.ComposedReport;
import vn.baocao.document.compose.PlaceholderException;
import vn.baocao.files.FileWriteException;
import vn.baocao.files.OutputKind;
import vn.baocao.files.SafeFileWriter;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.render.text.RenderText;

/**
 * The one way a document becomes files, for the window ("Xuất Word và PDF") and for the {@code report} and
 * {@code render} commands: compose once, render each chosen format from that one document, then write each file
 * through {@link SafeFileWriter}. Both formats are rendered before either file is written, so a document that
 * cannot be rendered leaves no file changed. Every failure is an {@link ExportException}.
 */
public final class DocumentExport {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentExport.class);

    /** Told after each step: composing, the Word file, the PDF. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /** Looks at the composed report before anything is rendered, and may stop the export. */
    @FunctionalInterface
    public interface Check {
        Check NONE = composed -> { };

        /** @throws ExportException to stop; its message says why */
        void check(ComposedReport composed) throws ExportException;
    }

    /** What was exported: the composed report (with its review) and the files written. */
    public record Exported(ComposedReport composed, Path docx, Path pdf) {
    }

    /**
     * Composes the report once, checks it, renders it and writes the chosen files.
     *
     * @param composer composes the report (reads the figures, fills the template); a {@link PlaceholderException}
     *                 becomes an {@link ExportException} listing the problems
     */
    public Exported export(Supplier<ComposedReport> composer, ExportTargets targets, Check check, Progress progress)
            throws ExportException {
        progress.update(0, 3);
        ComposedReport composed;
        try {
            composed = composer.get();
        } catch (PlaceholderException e) {
            throw new ExportException(e.getMessage(), null, e.problems(), e);
        }
        check.check(composed);
        progress.update(1, 3);
        write(composed.document(), targets, progress);
        return new Exported(composed, targets.docx(), targets.pdf());
    }

    /** Renders a document that is already composed and writes the chosen files. */
    public void export(AdministrativeDocument document, ExportTargets targets) throws ExportException {
        write(document, targets, Progress.NONE);
    }

    /** Reads a document file (JSON, docs/document-format.md). */
    public AdministrativeDocument read(Path file) throws ExportException {
        try {
            return DocumentFiles.read(file);
        } catch (DocumentFileException e) {
            throw new ExportException(e.getMessage(), e.file(), List.of(), e);
        }
    }

    private void write(AdministrativeDocument document, ExportTargets targets, Progress progress) throws ExportException {
        byte[] docx = targets.docx() == null ? null : render(targets.docx(), () -> {
            try {
                return new DocxRenderer().toBytes(document);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        progress.update(2, 3);
        byte[] pdf = targets.pdf() == null ? null : render(targets.pdf(), () -> new PdfRenderer().toBytes(document));
        if (docx != null) {
            save(targets.docx(), docx);
        }
        if (pdf != null) {
            save(targets.pdf(), pdf);
        }
        progress.update(3, 3);
    }

    /** The bytes of one file; a failure of the renderer is logged with its cause and told without it. */
    private static byte[] render(Path target, Supplier<byte[]> renderer) throws ExportException {
        try {
            return renderer.get();
        } catch (RuntimeException e) {
            LOG.error("Rendering {} failed", target, e);
            throw new ExportException(RenderText.get("documentExport.khongGhiDuocTep", target.toAbsolutePath()),
                    target.toAbsolutePath(), List.of(), e);
        }
    }

    private static void save(Path target, byte[] bytes) throws ExportException {
        try {
            SafeFileWriter.write(target, OutputKind.DOCUMENT, out -> out.write(bytes));
        } catch (FileWriteException e) {
            throw new ExportException(e.getMessage(), e.file(), List.of(), e);
        }
    }
}
