package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.sign.SignException;
import vn.baocao.sign.TrustAnchors;
import vn.baocao.store.Database;
import vn.baocao.store.TrustAnchorRepository;

/** {@code trust add CERT | list | remove SHA256}: the root certificates signatures are checked against. None is shipped. */
@Command(name = "trust", description = "Chứng thư gốc tin cậy để kiểm tra chữ ký số (ví dụ chứng thư gốc của Ban Cơ yếu "
        + "Chính phủ). Phần mềm không kèm sẵn chứng thư nào.",
        subcommands = {TrustCommand.Add.class, TrustCommand.ListRoots.class, TrustCommand.Remove.class})
final class TrustCommand extends GroupCommand {

    @Command(name = "add", description = "Nhập một chứng thư gốc (.cer, .crt, .pem).")
    static final class Add extends StoreCommand {
        @Parameters(index = "0", paramLabel = "TỆP", description = "Tệp chứng thư.")
        Path file;

        @Override
        protected int run(Database db, PrintWriter out) {
            TrustAnchors.Imported root;
            try {
                root = new TrustAnchors(db).add(file);
            } catch (SignException e) {
                throw new CliException(e.getMessage());
            }
            if (!root.authority()) {
                out.println("Lưu ý: " + root.subject() + " không phải chứng thư của tổ chức cấp (CA); "
                        + "chỉ các chữ ký dùng đúng chứng thư này mới được tin cậy.");
            }
            out.println((root.added() ? "Đã nhập chứng thư gốc: " : "Chứng thư gốc đã có sẵn: ") + root.subject()
                    + " (hết hạn " + root.notAfter() + ", SHA-256 " + root.sha256().substring(0, 16) + "…).");
            return 0;
        }
    }

    @Command(name = "list", description = "Liệt kê các chứng thư gốc đã nhập.")
    static final class ListRoots extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) {
            var all = db.read(c -> new TrustAnchorRepository(c).list());
            if (all.isEmpty()) {
                out.println("Chưa nhập chứng thư gốc nào (baocao trust add TỆP.cer).");
            }
            for (var a : all) {
                out.println(a.sha256().substring(0, 16) + "  " + a.subject() + "  (hết hạn " + a.notAfter().substring(0, 10) + ")");
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Bỏ một chứng thư gốc (theo đầu mã SHA-256 trong «trust list»).")
    static final class Remove extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SHA256", description = "Đầu mã SHA-256 (ít nhất 8 ký tự).")
        String prefix;

        @Override
        protected int run(Database db, PrintWriter out) {
            if (prefix.strip().length() < 8) {
                throw new CliException("Hãy ghi ít nhất 8 ký tự đầu của mã SHA-256.");
            }
            int removed = db.inTransaction(c -> new TrustAnchorRepository(c).remove(prefix.strip()));
            if (removed == 0) {
                throw new CliException("Không có chứng thư gốc nào có mã bắt đầu bằng " + prefix + ".");
            }
            out.println("Đã bỏ " + removed + " chứng thư gốc.");
            return 0;
        }
    }
}
