package vn.baocao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.store.text.StoreText;

/**
 * Replacing the open database with a backup file, so that it cannot lose data or lock the clerk out:
 * <ol>
 * <li>the file is copied (SQLite backup) to a staging file beside the database and checked there: a BaoCao
 *     database, whole integrity check, not from a newer version; a failed upgrade row in its history is removed and
 *     an older schema upgraded, on the staging copy — the clerk's file is never changed;</li>
 * <li>the current data is copied to a verified safety copy "sao-luu/truoc-phuc-hoi-….db";</li>
 * <li>the staging copy replaces the data (SQLite's restore, one transaction), and the result is checked again
 *     (integrity, row counts, schema current); if that fails for any reason the safety copy is put back by itself.</li>
 * </ol>
 * The staging file and its journals are removed in every case.
 */
final class RestoreOperation {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreOperation.class);

    /** The check of the replaced database; tests give one that fails to see the automatic roll-back. */
    @FunctionalInterface
    interface AfterReplace {
        void check(Connection live, Path file, Map<String, Long> expected) throws SQLException;
    }

    private final Path file;
    private final Connection live;
    private final AfterReplace afterReplace;

    RestoreOperation(Path file, Connection live) {
        this(file, live, RestoreOperation::checkReplaced);
    }

    RestoreOperation(Path file, Connection live, AfterReplace afterReplace) {
        this.file = file;
        this.live = live;
        this.afterReplace = afterReplace;
    }

    /** Restores from {@code source}; returns the safety copy of the data as it was. */
    Path restore(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new StoreException(StoreText.get("restoreOperation.khongTimThayTep", source));
        }
        Database.checkIsSqlite(source);
        Path staging = createStaging();
        try {
            Map<String, Long> expected = stage(source, staging);
            Path safety = safetyCopy();
            replace(source, staging, expected, safety);
            AutoBackups.rotate(AutoBackups.folderOf(file));
            return safety;
        } finally {
            VerifiedCopy.deleteWithJournals(staging);
        }
    }

    private Path createStaging() {
        try {
            return Files.createTempFile(file.getParent(), "." + file.getFileName() + "-phuc-hoi-", ".tmp");
        } catch (IOException e) {
            throw problem(StoreText.get("restoreOperation.khongPhucHoiDuoc", file.getParent()), e);
        }
    }

    /** Copies, checks, repairs and upgrades the incoming file on the staging copy; returns its row counts. */
    private Map<String, Long> stage(Path source, Path staging) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection in = DriverManager.getConnection(Database.url(source), readOnly.toProperties())) {
            int rc = ((SQLiteConnection) in).getDatabase().backup("main", staging.toString(), null);
            if (rc != 0) {
                throw new SQLException(StoreText.get("restoreOperation.sqlite3BackupTraVe", rc), null, rc);
            }
        } catch (SQLException e) {
            throw problem(StoreText.get("restoreOperation.khongDocDuocTep", source), e);
        }
        try {
            BackupCheck.verify(staging, source, Database.latestVersion(file));
            if (MigrationHistory.failedRows(staging) > 0) {
                MigrationHistory.removeFailedRows(staging);
            }
            Database.flyway(staging).migrate();
            if (!Database.isCurrent(staging)) {
                throw new StoreException(StoreText.get("restoreOperation.tepSaoLuuKhong", source));
            }
            return VerifiedCopy.check(staging, null);
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            LOG.error("Kiểm tra tệp sao lưu {} thất bại", source, e);
            throw problem(StoreText.get("restoreOperation.tepSaoLuuKhong2", source), e);
        }
    }

    private Path safetyCopy() {
        Path safety = AutoBackups.newPath(file, AutoBackups.BEFORE_RESTORE);
        try {
            VerifiedCopy.write(live, safety);
            return safety;
        } catch (IOException | SQLException e) {
            throw problem(StoreText.get("restoreOperation.khongTaoDuocBan", safety), e);
        }
    }

    private void replace(Path source, Path staging, Map<String, Long> expected, Path safety) {
        try {
            int rc = ((SQLiteConnection) live).getDatabase().restore("main", staging.toString(), null);
            if (rc != 0) {
                throw new SQLException(StoreText.get("restoreOperation.sqlite3BackupPhucHoi", rc), null, rc);
            }
            afterReplace.check(live, file, expected);
            LOG.info("Đã phục hồi {} từ {}; bản an toàn {}", file, source, safety);
        } catch (SQLException | RuntimeException e) {
            LOG.error("Phục hồi từ {} thất bại; đặt lại bản an toàn {}", source, safety, e);
            putBack(safety, e);
            throw problem(StoreText.get("restoreOperation.phucHoiTuKhong", source, safety), e);
        }
    }

    private void putBack(Path safety, Exception cause) {
        try {
            Map<String, Long> expected = VerifiedCopy.check(safety, null);
            int rc = ((SQLiteConnection) live).getDatabase().restore("main", safety.toString(), null);
            if (rc != 0) {
                throw new SQLException(StoreText.get("restoreOperation.sqlite3BackupDatLai", rc), null, rc);
            }
            checkReplaced(live, file, expected);
        } catch (SQLException | RuntimeException e) {
            e.addSuppressed(cause);
            LOG.error("Không đặt lại được bản an toàn {}", safety, e);
            throw problem(StoreText.get("restoreOperation.phucHoiKhongThanh", safety), e);
        }
    }

    /** The replaced database is whole, holds what was staged and opens at the current schema. */
    static void checkReplaced(Connection live, Path file, Map<String, Long> expected) throws SQLException {
        try (var s = live.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
            if (!rs.next() || !"ok".equals(rs.getString(1))) {
                throw new VerifiedCopy.CopyMismatch(StoreText.get("restoreOperation.kiemTraToanVen"));
            }
        }
        Map<String, Long> found = VerifiedCopy.rowCounts(live);
        if (!found.equals(expected)) {
            throw new VerifiedCopy.CopyMismatch(StoreText.get("restoreOperation.soDongSauKhi"));
        }
        if (!Database.isCurrent(file)) {
            throw new VerifiedCopy.CopyMismatch(StoreText.get("restoreOperation.coSoDuLieu"));
        }
    }

    private StoreException problem(String what, Exception e) {
        if (e instanceof StoreException se && se.getMessage().startsWith("Tệp")) {
            return se;
        }
        String advice = StorageProblem.of(e, file).map(p -> " " + p.advice()).orElse("");
        return new StoreException(what + advice, e);
    }
}
