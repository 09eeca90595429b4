package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.store.Database;

/** {@code restore IN}: replace the data with a backup (the current data is kept aside first). */
@Command(name = "restore", description = "Phục hồi dữ liệu từ một tệp sao lưu (dữ liệu hiện tại được sao lưu trước).")
final class RestoreCommand extends StoreCommand {
    @Parameters(paramLabel = "IN", description = "Tệp sao lưu.")
    Path in;

    @Override
    protected int run(Database db, PrintWriter w) {
        Path safety = db.restoreFrom(in);
        w.println("Đã phục hồi từ " + in.toAbsolutePath());
        w.println("Dữ liệu trước khi phục hồi được giữ tại " + safety);
        return 0;
    }
}
