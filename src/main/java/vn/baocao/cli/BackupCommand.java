package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.Database;

/** {@code backup OUT}: a verified online copy of the database; {@code backup list}: the automatic backups. */
@Command(name = "backup", description = "Sao lưu cơ sở dữ liệu ra một tệp (bản sao được kiểm tra trước khi thay tệp cũ).",
        subcommands = BackupCommand.ListAuto.class)
final class BackupCommand extends StoreCommand {
    @Parameters(arity = "0..1", paramLabel = "OUT", description = "Tệp sao lưu sẽ tạo (thay tệp cũ chỉ khi bản mới đạt kiểm tra).")
    Path out;

    @Override
    protected int run(Database db, PrintWriter w) {
        if (out == null) {
            throw new CliException("Thiếu tên tệp sao lưu. Ví dụ: baocao backup \"D:/Sao lưu/baocao.db\"; "
                    + "xem các bản sao lưu tự động: baocao backup list.");
        }
        db.backupTo(out);
        w.println("Đã sao lưu và kiểm tra bản sao: " + out.toAbsolutePath());
        return 0;
    }

    @Command(name = "list", description = "Liệt kê các bản sao lưu tự động (số 1 là bản mới nhất; phục hồi: baocao restore --auto SỐ).")
    static final class ListAuto extends StoreCommand {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

        @Override
        protected int run(Database db, PrintWriter w) {
            var all = AutoBackups.of(db).list();
            TextTable table = new TextTable("Số", "Lúc", "Lý do", "Cỡ (KB)", "Tệp").alignRight(0, 3);
            int n = 1;
            for (AutoBackups.Entry e : all) {
                table.add(Integer.toString(n++), e.at().format(WHEN), e.reasonText(), Long.toString((e.size() + 1023) / 1024),
                        e.file().toString());
            }
            table.print(w, TextTable.Format.table);
            if (all.isEmpty()) {
                w.println("Chưa có bản sao lưu tự động nào trong " + AutoBackups.folderOf(db.file()) + ".");
            }
            return 0;
        }
    }
}
