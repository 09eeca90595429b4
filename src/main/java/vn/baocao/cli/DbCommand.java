package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.Statement;
import picocli.CommandLine.Command;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;

/** {@code db init} and {@code db info}. */
@Command(name = "db",
        subcommands = {DbCommand.Init.class, DbCommand.Info.class})
final class DbCommand extends GroupCommand {

    @Command(name = "init")
    static final class Init extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) throws Exception {
            int count = db.read(c -> new CatalogRepository(c).count());
            out.println(CliText.get("dbCommand.coSoDuLieu", db.file()));
            out.println(CliText.get("dbCommand.danhMucChiTieu", count));
            if (db.upgradeBackup() != null) {
                out.println(CliText.get("dbCommand.daNangCapBan", db.upgradeBackup()));
            }
            return 0;
        }
    }

    @Command(name = "info")
    static final class Info extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) throws Exception {
            out.println(CliText.get("dbCommand.coSoDuLieu", db.file()));
            out.println(CliText.get("dbCommand.dungLuongKb", Files.size(db.file()) / 1024));
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    out.println(CliText.get("dbCommand.phienBanLuocDo", scalar(s, "SELECT max(version) FROM flyway_schema_history WHERE success = 1")));
                    out.println(CliText.get("dbCommand.chiTieu", scalar(s, "SELECT count(*) FROM indicator WHERE active = 1")));
                    out.println(CliText.get("dbCommand.diaBan", scalar(s, "SELECT count(*) FROM area")));
                    out.println(CliText.get("dbCommand.keHoach", scalar(s, "SELECT count(*) FROM target")));
                    out.println(CliText.get("dbCommand.soLieu", scalar(s, "SELECT count(*) FROM observation")));
                    out.println(CliText.get("dbCommand.loNhapExcel", scalar(s, "SELECT count(*) FROM import_batch")));
                }
                return null;
            });
            return 0;
        }

        private static String scalar(Statement s, String sql) throws java.sql.SQLException {
            try (ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }
}
