package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.Statement;
import picocli.CommandLine.Command;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;

/** {@code db init} and {@code db info}. */
@Command(name = "db", description = "Tạo hoặc xem cơ sở dữ liệu.",
        subcommands = {DbCommand.Init.class, DbCommand.Info.class})
final class DbCommand extends GroupCommand {

    @Command(name = "init", description = "Tạo cơ sở dữ liệu (nếu chưa có) với danh mục chỉ tiêu mặc định, hoặc nâng cấp.")
    static final class Init extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) throws Exception {
            int count = db.read(c -> new CatalogRepository(c).count());
            out.println("Cơ sở dữ liệu: " + db.file());
            out.println("Danh mục: " + count + " chỉ tiêu.");
            if (db.upgradeBackup() != null) {
                out.println("Đã nâng cấp; bản sao trước khi nâng cấp: " + db.upgradeBackup());
            }
            return 0;
        }
    }

    @Command(name = "info", description = "Xem vị trí, phiên bản lược đồ và số liệu đang có.")
    static final class Info extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) throws Exception {
            out.println("Cơ sở dữ liệu: " + db.file());
            out.println("Dung lượng: " + Files.size(db.file()) / 1024 + " KB");
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    out.println("Phiên bản lược đồ: " + scalar(s, "SELECT max(version) FROM flyway_schema_history WHERE success = 1"));
                    out.println("Chỉ tiêu: " + scalar(s, "SELECT count(*) FROM indicator WHERE active = 1"));
                    out.println("Địa bàn: " + scalar(s, "SELECT count(*) FROM area"));
                    out.println("Kế hoạch: " + scalar(s, "SELECT count(*) FROM target"));
                    out.println("Số liệu: " + scalar(s, "SELECT count(*) FROM observation"));
                    out.println("Lô nhập Excel: " + scalar(s, "SELECT count(*) FROM import_batch"));
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
