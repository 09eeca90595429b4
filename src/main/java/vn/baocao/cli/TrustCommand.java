package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.sign.TrustAnchors;
import vn.baocao.store.Database;
import vn.baocao.store.TrustAnchorRepository;

/** {@code trust add CERT | list | remove SHA256}: the root certificates signatures are checked against. None is shipped. */
@Command(name = "trust",
        subcommands = {TrustCommand.Add.class, TrustCommand.ListRoots.class, TrustCommand.Remove.class})
final class TrustCommand extends GroupCommand {

    @Command(name = "add")
    static final class Add extends StoreCommand {
        @Parameters(index = "0", paramLabel = "TỆP", descriptionKey = "trustCommand.parameter0")
        Path file;

        @Override
        protected int run(Database db, PrintWriter out) {
            TrustAnchors.Imported root = SignSteps.refusing(() -> new TrustAnchors(db).add(file));
            if (!root.authority()) {
                out.println(CliText.get("trustCommand.luuYKhongPhai", root.subject()));
            }
            out.println(CliText.get("trustCommand.hetHanSha256", (root.added() ? CliText.get("trustCommand.daNhapChungThu") : CliText.get("trustCommand.chungThuGocDa")), root.subject(), root.notAfter(), root.sha256().substring(0, 16)));
            return 0;
        }
    }

    @Command(name = "list")
    static final class ListRoots extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) {
            var all = db.read(c -> new TrustAnchorRepository(c).list());
            if (all.isEmpty()) {
                out.println(CliText.get("trustCommand.chuaNhapChungThu"));
            }
            for (var a : all) {
                out.println(CliText.get("trustCommand.hetHan", a.sha256().substring(0, 16), a.subject(), a.notAfter().substring(0, 10)));
            }
            return 0;
        }
    }

    @Command(name = "remove")
    static final class Remove extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SHA256", descriptionKey = "trustCommand.parameter02")
        String prefix;

        @Override
        protected int run(Database db, PrintWriter out) {
            if (prefix.strip().length() < 8) {
                throw new CliException(CliText.get("trustCommand.hayGhiItNhat"));
            }
            int removed = db.inTransaction(c -> new TrustAnchorRepository(c).remove(prefix.strip()));
            if (removed == 0) {
                throw new CliException(CliText.get("trustCommand.khongCoChungThu", prefix));
            }
            out.println(CliText.get("trustCommand.daBoChungThu", removed));
            return 0;
        }
    }
}
