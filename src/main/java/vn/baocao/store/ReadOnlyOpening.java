package vn.baocao.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import vn.baocao.store.text.StoreText;

/**
 * Opening a database that cannot be written: a CD, a write-protected USB stick, a folder without write permission.
 * SQLite's WAL mode needs to write a shared-memory file beside the database even to read, so the file is opened as
 * immutable (BaoCao checkpoints the WAL into the file when it closes, so the file holds everything). No lock file
 * can be made there, and none is needed: nothing is written.
 */
final class ReadOnlyOpening {
    private ReadOnlyOpening() {
    }

    static Database open(Path file) {
        String reason = StoreText.get("readOnlyOpening.coSoDuLieu2", file);
        Connection c;
        try {
            c = DriverManager.getConnection(url(file), config().toProperties());
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("readOnlyOpening.khongMoDuocCo", file, StorageProblem.of(e).map(StorageProblem::advice).orElse("")), e);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, success FROM "
                + "flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            if (!rs.next() || !Database.SCHEMA_VERSION.equals(rs.getString(1)) || !rs.getBoolean(2)) {
                close(c);
                throw new StoreException(StoreText.get("readOnlyOpening.coSoDuLieu", file));
            }
        } catch (SQLException e) {
            close(c);
            throw new StoreException(StoreText.get("readOnlyOpening.tepKhongDocDuoc", file), e);
        }
        return Database.readOnly(file, c, reason);
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        return config;
    }

    /** A SQLite URI for the file, with the characters URIs reserve escaped (Vietnamese letters and spaces may stay). */
    static String url(Path file) {
        String path = file.toString().replace('\\', '/').replace("%", "%25").replace("?", "%3f").replace("#", "%23");
        return "jdbc:sqlite:file:" + (path.startsWith("/") ? "" : "/") + path + "?immutable=1";
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }
}
