package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.Database;

/** {@code restore IN | --auto N}: replace the data with a backup (the current data is kept aside first). */
@Command(name = "restore", description = "Phục hồi dữ liệu từ một tệp sao lưu (dữ liệu hiện tại được sao lưu trước).")
final class RestoreCommand extends StoreCommand {
    @Parameters(arity = "0..1", paramLabel = "IN", description = "Tệp sao lưu.")
    Path in;

    @Option(names = "--auto", paramLabel = "SỐ", description = "Phục hồi bản sao lưu tự động số SỐ (xem: baocao backup list).")
    Integer auto;

    @Override
    protected int run(Database db, PrintWriter w) {
        if ((in == null) == (auto == null)) {
            throw new CliException("Hãy cho biết một tệp sao lưu (baocao restore TỆP) hoặc một bản sao lưu tự động "
                    + "(baocao restore --auto SỐ, xem số bằng baocao backup list).");
        }
        Path source = in != null ? in.toAbsolutePath() : AutoBackups.of(db).numbered(auto).file();
        Path safety = db.restoreFrom(source);
        w.println("Đã phục hồi và kiểm tra dữ liệu từ " + source);
        w.println("Dữ liệu trước khi phục hồi được giữ tại " + safety);
        return 0;
    }
}
