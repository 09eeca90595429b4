package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.sign.SigningImages;
import vn.baocao.store.Database;
import vn.baocao.store.SigningImageRepository;
import vn.baocao.store.SigningImageRepository.Kind;

/** {@code images signature|seal|list}: the signature and seal images, registered once and kept in the database. */
@Command(name = "images",
        subcommands = {ImagesCommand.SetSignature.class, ImagesCommand.SetSeal.class, ImagesCommand.ListImages.class})
final class ImagesCommand extends GroupCommand {

    @Command(name = "signature")
    static final class SetSignature extends StoreCommand {
        @Parameters(index = "0", paramLabel = "ANH.png", descriptionKey = "imagesCommand.parameter0")
        Path file;
        @Option(names = "--signer", required = true, paramLabel = "HỌ_TÊN", descriptionKey = "imagesCommand.signer")
        String signer;
        @Option(names = "--width-mm", paramLabel = "MM",
                descriptionKey = "imagesCommand.widthMm")
        Double widthMm;

        @Override
        protected int run(Database db, PrintWriter out) throws Exception {
            return register(db, out, file, Kind.SIGNATURE, signer.strip(), widthMm);
        }
    }

    @Command(name = "seal")
    static final class SetSeal extends StoreCommand {
        @Parameters(index = "0", paramLabel = "DAU.png", descriptionKey = "imagesCommand.parameter02")
        Path file;
        @Option(names = "--unit", required = true, paramLabel = "CƠ_QUAN", descriptionKey = "imagesCommand.unit")
        String unit;
        @Option(names = "--size-mm", paramLabel = "MM",
                descriptionKey = "imagesCommand.sizeMm")
        Double sizeMm;

        @Override
        protected int run(Database db, PrintWriter out) throws Exception {
            return register(db, out, file, Kind.SEAL, unit.strip(), sizeMm);
        }
    }

    @Command(name = "list")
    static final class ListImages extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) {
            var all = db.read(c -> new SigningImageRepository(c).list());
            if (all.isEmpty()) {
                out.println(CliText.get("imagesCommand.chuaDangKyHinh"));
            }
            for (var i : all) {
                out.println(CliText.get("imagesCommand.mmDangKy", (i.kind() == Kind.SIGNATURE ? CliText.get("imagesCommand.chuKy") : CliText.get("imagesCommand.conDau")), i.owner(), mm(i.widthMm()), mm(i.heightMm()), i.registeredAt()));
            }
            return 0;
        }
    }

    static int register(Database db, PrintWriter out, Path file, Kind kind, String owner, Double width) {
        SigningImages.Registered r = SignSteps.refusing(() -> new SigningImages(db).register(kind, owner, file, width));
        for (String warning : r.warnings()) {
            out.println(CliText.get("imagesCommand.canhBao", warning));
        }
        out.println(CliText.get("imagesCommand.daDangKyMm", (kind == Kind.SIGNATURE ? CliText.get("imagesCommand.chuKyCua") : CliText.get("imagesCommand.conDauCua")), owner, mm(r.widthMm()), mm(r.heightMm())));
        return 0;
    }

    private static String mm(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
    }
}
