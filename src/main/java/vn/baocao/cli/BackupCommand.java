package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.store.Database;

/** {@code backup OUT}: an online copy of the database. */
@Command(name = "backup", description = "Sao lưu cơ sở dữ liệu ra một tệp.")
final class BackupCommand extends StoreCommand {
    @Parameters(paramLabel = "OUT", description = "Tệp sao lưu sẽ tạo (ghi đè nếu đã có).")
    Path out;

    @Override
    protected int run(Database db, PrintWriter w) {
        db.backupTo(out);
        w.println("Đã sao lưu vào " + out.toAbsolutePath());
        return 0;
    }
}
