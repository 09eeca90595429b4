package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.sign.SigningImages;
import vn.baocao.sign.SignException;
import vn.baocao.store.Database;
import vn.baocao.store.SigningImageRepository;
import vn.baocao.store.SigningImageRepository.Kind;

/** {@code images signature|seal|list}: the signature and seal images, registered once and kept in the database. */
@Command(name = "images", description = "Hình ảnh chữ ký của người ký và con dấu của cơ quan, đăng ký một lần để hiện "
        + "trên văn bản khi ký số (lưu trong cơ sở dữ liệu).",
        subcommands = {ImagesCommand.SetSignature.class, ImagesCommand.SetSeal.class, ImagesCommand.ListImages.class})
final class ImagesCommand extends GroupCommand {

    @Command(name = "signature", description = "Đăng ký hình ảnh chữ ký (PNG nền trong suốt, màu xanh) của một người ký.")
    static final class SetSignature extends StoreCommand {
        @Parameters(index = "0", paramLabel = "ANH.png", description = "Ảnh chữ ký.")
        Path file;
        @Option(names = "--signer", required = true, paramLabel = "HỌ_TÊN", description = "Họ tên người ký đúng như in trên văn bản.")
        String signer;
        @Option(names = "--width-mm", paramLabel = "MM",
                description = "Chiều rộng khi in, mm (mặc định theo độ phân giải ghi trong ảnh, hoặc 40 mm).")
        Double widthMm;

        @Override
        protected int run(Database db, PrintWriter out) throws Exception {
            return register(db, out, file, Kind.SIGNATURE, signer.strip(), widthMm);
        }
    }

    @Command(name = "seal", description = "Đăng ký hình ảnh con dấu (PNG nền trong suốt, màu đỏ, đúng kích thước thật) của cơ quan.")
    static final class SetSeal extends StoreCommand {
        @Parameters(index = "0", paramLabel = "DAU.png", description = "Ảnh con dấu.")
        Path file;
        @Option(names = "--unit", required = true, paramLabel = "CƠ_QUAN", description = "Tên cơ quan, ví dụ \"UBND huyện Xín Mần\".")
        String unit;
        @Option(names = "--size-mm", paramLabel = "MM",
                description = "Đường kính thật của dấu, mm (mặc định theo độ phân giải ghi trong ảnh; không có thì bắt buộc).")
        Double sizeMm;

        @Override
        protected int run(Database db, PrintWriter out) throws Exception {
            return register(db, out, file, Kind.SEAL, unit.strip(), sizeMm);
        }
    }

    @Command(name = "list", description = "Liệt kê các hình ảnh đã đăng ký.")
    static final class ListImages extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) {
            var all = db.read(c -> new SigningImageRepository(c).list());
            if (all.isEmpty()) {
                out.println("Chưa đăng ký hình ảnh chữ ký hoặc con dấu nào.");
            }
            for (var i : all) {
                out.println((i.kind() == Kind.SIGNATURE ? "Chữ ký  " : "Con dấu ") + i.owner() + "  "
                        + mm(i.widthMm()) + " × " + mm(i.heightMm()) + " mm  (đăng ký " + i.registeredAt() + ")");
            }
            return 0;
        }
    }

    static int register(Database db, PrintWriter out, Path file, Kind kind, String owner, Double width) {
        SigningImages.Registered r;
        try {
            r = new SigningImages(db).register(kind, owner, file, width);
        } catch (SignException e) {
            throw new CliException(e.getMessage());
        }
        for (String warning : r.warnings()) {
            out.println("Cảnh báo: " + warning);
        }
        out.println("Đã đăng ký " + (kind == Kind.SIGNATURE ? "chữ ký của «" : "con dấu của «") + owner + "»: "
                + mm(r.widthMm()) + " × " + mm(r.heightMm()) + " mm.");
        return 0;
    }

    private static String mm(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
    }
}
