package vn.baocao.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's record of the schema upgrades in a database file. A row with success = 0 (an upgrade that failed)
 * makes Flyway refuse every later open with "Validate failed … run repair", which would lock the clerk out.
 * SQLite runs each migration in a transaction, so a failed one left nothing behind but that row: removing it
 * (what Flyway's repair does) lets the upgrade simply run again.
 */
final class MigrationHistory {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationHistory.class);

    private MigrationHistory() {
    }

    /** Rows of failed upgrades; 0 when the file has no history table yet. */
    static int failedRows(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(file));
             Statement s = c.createStatement();
             ResultSet t = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                     + "AND name = 'flyway_schema_history'")) {
            if (!t.next() || t.getInt(1) == 0) {
                return 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 0")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Highest version in the history, failed rows included ("0" when there is none). */
    static String highestVersion(Connection c) throws SQLException {
        String highest = "0";
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                if (BackupCheck.compareVersions(rs.getString(1), highest) > 0) {
                    highest = rs.getString(1);
                }
            }
        }
        return highest;
    }

    static void removeFailedRows(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            int removed = s.executeUpdate("DELETE FROM flyway_schema_history WHERE success = 0");
            LOG.warn("Đã xoá {} dòng nâng cấp thất bại khỏi lịch sử lược đồ của {}", removed, file);
        }
    }
}
