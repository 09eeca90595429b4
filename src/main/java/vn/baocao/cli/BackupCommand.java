package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.Database;

/** {@code backup OUT}: a verified online copy of the database; {@code backup list}: the automatic backups. */
@Command(name = "backup",
        subcommands = BackupCommand.ListAuto.class)
final class BackupCommand extends StoreCommand {
    @Parameters(arity = "0..1", paramLabel = "OUT", descriptionKey = "backupCommand.parameter")
    Path out;

    @Override
    protected int run(Database db, PrintWriter w) {
        if (out == null) {
            throw new CliException(CliText.get("backupCommand.thieuTenTepSao"));
        }
        db.backupTo(out);
        w.println(CliText.get("backupCommand.daSaoLuuVa", out.toAbsolutePath()));
        return 0;
    }

    @Command(name = "list")
    static final class ListAuto extends StoreCommand {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

        @Override
        protected int run(Database db, PrintWriter w) {
            var all = AutoBackups.of(db).list();
            TextTable table = new TextTable(CliText.get("backupCommand.so"), CliText.get("backupCommand.luc"), CliText.get("backupCommand.lyDo"), CliText.get("backupCommand.coKb"), CliText.get("backupCommand.tep")).alignRight(0, 3);
            int n = 1;
            for (AutoBackups.Entry e : all) {
                table.add(Integer.toString(n++), e.at().format(WHEN), e.reasonText(), Long.toString((e.size() + 1023) / 1024),
                        e.file().toString());
            }
            table.print(w, TextTable.Format.table);
            if (all.isEmpty()) {
                w.println(CliText.get("backupCommand.chuaCoBanSao", AutoBackups.folderOf(db.file())));
            }
            return 0;
        }
    }
}
