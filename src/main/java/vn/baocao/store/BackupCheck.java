package vn.baocao.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/** Checks that a file is a BaoCao backup this version can read, before anything is overwritten. */
final class BackupCheck {
    private BackupCheck() {
    }

    static void verify(Path file, Supplier<String> latestVersion) {
        String version;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro", new java.util.Properties());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    + "AND name IN ('indicator', 'observation', 'flyway_schema_history')")) {
                if (!rs.next() || rs.getInt(1) < 3) {
                    throw new StoreException("Tệp " + file + " là cơ sở dữ liệu SQLite nhưng không phải bản sao lưu BaoCao.");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 "
                    + "AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                version = rs.next() ? rs.getString(1) : "0";
            }
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                    throw new StoreException("Tệp sao lưu " + file + " bị hỏng (kiểm tra toàn vẹn không đạt).");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Không đọc được tệp sao lưu " + file + ": " + e.getMessage(), e);
        }
        if (compareVersions(version, latestVersion.get()) > 0) {
            throw new StoreException("Tệp sao lưu " + file + " do phiên bản BaoCao mới hơn tạo ra (lược đồ " + version
                    + "). Hãy cập nhật BaoCao trước khi phục hồi.");
        }
    }

    static int compareVersions(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            int x = i < pa.length ? Integer.parseInt(pa[i]) : 0;
            int y = i < pb.length ? Integer.parseInt(pb[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
