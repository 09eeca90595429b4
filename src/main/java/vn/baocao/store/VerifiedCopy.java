package vn.baocao.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sqlite.SQLiteConnection;
import vn.baocao.store.text.StoreText;

/**
 * A copy of a database that is checked before it is believed. The copy is written by SQLite's online backup to a
 * temporary file beside the target (its result code checked), then that file is opened and must pass
 * {@code PRAGMA integrity_check} and hold exactly as many rows in every table as the source; only then is it
 * flushed to disk and moved over the target in one step. On any failure the temporary file is removed and the
 * target, if it existed, is left as it was: a good backup is never replaced by a worse one.
 */
final class VerifiedCopy {
    private VerifiedCopy() {
    }

    /** Copies the database open on {@code source} to {@code target}; the caller keeps other writers out meanwhile. */
    static void write(Connection source, Path target) throws IOException, SQLException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        vn.baocao.files.SafeFileWriter.sweepOrphans(absolute.getParent(), absolute.getFileName().toString());
        Path temp = Files.createTempFile(absolute.getParent(),
                "." + absolute.getFileName() + "-" + ProcessHandle.current().pid() + "-", ".tmp");
        try {
            Map<String, Long> expected = rowCounts(source);
            int rc = ((SQLiteConnection) source).getDatabase().backup("main", temp.toString(), null);
            if (rc != 0) {
                throw new SQLException(StoreText.get("verifiedCopy.sqlite3BackupTraVe", rc), null, rc);
            }
            check(temp, expected);
            force(temp);
            move(temp, absolute);
            forceFolder(absolute.getParent());
        } finally {
            deleteWithJournals(temp);
        }
    }

    /**
     * Checks a database file: the whole integrity check passes and, when {@code expected} is given, every table
     * holds that many rows. Returns the row counts found.
     */
    static Map<String, Long> check(Path file, Map<String, Long> expected) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                List<String> problems = new ArrayList<>();
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
                if (!problems.equals(List.of("ok"))) {
                    throw new CopyMismatch(StoreText.get("verifiedCopy.kiemTraToanVen", String.join("; ", problems.subList(0,
                            Math.min(3, problems.size())))));
                }
            }
            Map<String, Long> found = rowCounts(c);
            if (expected != null && !found.equals(expected)) {
                throw new CopyMismatch(StoreText.get("verifiedCopy.soDongCuaBan", found, expected));
            }
            return found;
        }
    }

    /** Rows per table (the SQLite internal tables left out). */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                counts.put(table, rs.next() ? rs.getLong(1) : 0);
            }
        }
        return counts;
    }

    /** A copy that SQLite wrote without complaint but that does not hold what it should. */
    static final class CopyMismatch extends SQLException {
        private static final long serialVersionUID = 1L;

        CopyMismatch(String reason) {
            super(reason);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** So that the new name survives a power cut; not possible on every system (Windows), hence best effort. */
    private static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the file itself is on disk; only the rename could be lost, leaving the previous backup
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a database file with the journal files SQLite may have left beside it. */
    static void deleteWithJournals(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // swept on the next start (TempSweeper)
            }
        }
    }
}
