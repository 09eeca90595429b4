package vn.baocao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.store.text.StoreText;

/**
 * The open local database: one SQLite file, created and upgraded by Flyway, in WAL mode with foreign keys,
 * locked against a second BaoCao process. All access goes through one connection, serialised, since a
 * desktop application has one user and SQLite one writer.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String MIGRATIONS = "classpath:vn/baocao/store/migration";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /**
     * The newest migration's version. Opening a database already at this version skips Flyway, which costs about
     * a second of class-path scanning on a cold start; DatabaseSchemaVersionTest keeps it equal to the migrations.
     */
    static final String SCHEMA_VERSION = "60";

    private final Path file;
    private final DatabaseLock lock;
    private final Connection connection;
    private final ReentrantLock access = new ReentrantLock();
    /** Transactions and restores finished through this object, one part of {@link #revision()}; under {@link #access}. */
    private long transactions;
    private final Path upgradeBackup;
    private final String readOnlyReason;

    private Database(Path file, DatabaseLock lock, Connection connection, Path upgradeBackup, String readOnlyReason) {
        this.readOnlyReason = readOnlyReason;
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.upgradeBackup = upgradeBackup;
    }

    /**
     * Opens (creating if needed) and upgrades the database file. The file is taken by its real path (symbolic links
     * resolved), so that the lock holds however the file is named. A database that cannot be written (read-only
     * medium, folder or file) is opened read-only: reading, assessing and exporting work, writing is refused with
     * the reason ({@link #readOnlyReason()}).
     */
    public static Database open(Path file) {
        Path absolute = realPath(file.toAbsolutePath());
        if (!Files.exists(absolute)) {
            try {
                Files.createDirectories(absolute.getParent());
            } catch (IOException e) {
                throw new StoreException(StoreText.get("database.khongTaoDuocThu", absolute.getParent(), StorageProblem.of(e, absolute.getParent()).map(StorageProblem::advice).orElse("")), e);
            }
        } else {
            checkIsSqlite(absolute);
            if (!Files.isWritable(absolute) || !Files.isWritable(absolute.getParent())) {
                return ReadOnlyOpening.open(absolute);
            }
        }
        DatabaseLock lock = DatabaseLock.acquire(absolute);
        try {
            TempSweeper.sweep(absolute);
            Path backup = isCurrent(absolute) ? null : migrate(absolute);
            Connection connection = connect(absolute);
            return new Database(absolute, lock, connection, backup, null);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The file itself, not a link to it; for a file not yet created, its real folder. */
    static Path realPath(Path absolute) {
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException e) {
            LOG.warn("Không xác định được đường dẫn thật của {}", absolute, e);
        }
        return absolute;
    }

    /** Wraps a connection opened read-only (see {@link ReadOnlyOpening}). */
    static Database readOnly(Path file, Connection connection, String reason) {
        return new Database(file, null, connection, null, reason);
    }

    /** Whether this database can only be read; {@link #readOnlyReason()} says why. */
    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why writing is off (Vietnamese), or null when the database can be written. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /** Whether the file's schema history already ends, successfully, at {@link #SCHEMA_VERSION}. */
    static boolean isCurrent(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(url(file), config().toProperties());
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history "
                     + "WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() && SCHEMA_VERSION.equals(rs.getString(1)) && rs.getBoolean(2);
        } catch (SQLException e) {
            StorageProblem.of(e, file).ifPresent(p -> {
                throw new StoreException(StoreText.get("database.khongMoDuocCo", file, p.advice()), e);
            });
            return false; // no history table yet, or unreadable: let Flyway decide and report
        }
    }

    static void checkIsSqlite(Path file) {
        try {
            if (Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            try (var in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                if (n < head.length || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                    throw new StoreException(StoreText.get("database.tepKhongPhaiCo", file));
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreText.get("database.khongDocDuocTep", file, e.getMessage()), e);
        }
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        return config;
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    private static Connection connect(Path file) {
        try {
            Properties props = config().toProperties();
            Connection c = DriverManager.getConnection(url(file), props);
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("database.khongMoDuocCo2", file, e.getMessage()), e);
        }
    }

    /** Brings the schema up to date; an existing database is copied aside first. Returns that copy, or null. */
    static Path migrate(Path file) {
        Flyway flyway = flyway(file);
        try {
            if (Files.exists(file) && MigrationHistory.failedRows(file) > 0) {
                copyBeforeUpgrade(file, "truoc-sua-lich-su");
                MigrationHistory.removeFailedRows(file);
            }
            MigrationInfo current = flyway.info().current();
            MigrationInfo[] pending = flyway.info().pending();
            Path backup = null;
            if (current != null && pending.length > 0) {
                backup = copyBeforeUpgrade(file, "truoc-nang-cap-v" + current.getVersion().getVersion());
            }
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Đã nâng cấp cơ sở dữ liệu {} lên phiên bản {}", file, result.targetSchemaVersion);
                compactIfMostlyFree(file);
            }
            return backup;
        } catch (org.flywaydb.core.api.FlywayException | SQLException e) {
            LOG.error("Nâng cấp {} thất bại", file, e);
            String why = StorageProblem.of(e, file).map(StorageProblem::advice)
                    .orElse(StoreText.get("database.tepCoTheDo"));
            throw new StoreException(StoreText.get("database.khongNangCapDuoc", file, why), e);
        }
    }

    /**
     * Gives back the space an upgrade left free when it is a large part of the file: V60 rebuilds the figures' table,
     * which leaves the old one's pages free, about doubling a big store's file and each backup of it. VACUUM cannot
     * run inside the upgrade's transaction, so it runs after it; if it fails (a full disk: it needs room for a copy)
     * the file is as the upgrade left it, complete and correct, only larger, so the failure is logged and the
     * opening goes on.
     */
    static void compactIfMostlyFree(Path file) {
        try (Connection c = DriverManager.getConnection(url(file), config().toProperties());
             Statement st = c.createStatement()) {
            long pages = longPragma(st, "page_count");
            long free = longPragma(st, "freelist_count");
            if (free * 4 >= pages && free > 0) {
                st.execute("VACUUM");
                LOG.info("Đã thu gọn {} sau khi nâng cấp: {} trang trống trong {} trang", file, free, pages);
            }
        } catch (SQLException e) {
            LOG.warn("Không thu gọn được {} sau khi nâng cấp; tệp vẫn đầy đủ, chỉ lớn hơn", file, e);
        }
    }

    private static long longPragma(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static Flyway flyway(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl(url(file));
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .validateMigrationNaming(true)
                .load();
    }

    /** A verified copy in "sao-luu/" beside the database, named "{label}-yyyyMMdd-HHmmss.db". */
    private static Path copyBeforeUpgrade(Path file, String label) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = file.resolveSibling("sao-luu").resolve(label + "-" + stamp + ".db");
        // Nothing else has the file open (we hold the lock), so the copy is of a quiet database.
        try (Connection c = DriverManager.getConnection(url(file), config().toProperties())) {
            VerifiedCopy.write(c, target);
            LOG.info("Đã sao lưu cơ sở dữ liệu trước khi sửa đổi: {}", target);
            return target;
        } catch (IOException | SQLException e) {
            LOG.error("Sao lưu trước khi nâng cấp thất bại: {}", target, e);
            throw new StoreException(StoreText.get("database.khongSaoLuuDuoc", target, StorageProblem.of(e, target).map(StorageProblem::advice).orElse("")), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The copy made before this open upgraded an older database, or null when nothing was upgraded. */
    public Path upgradeBackup() {
        return upgradeBackup;
    }

    /**
     * Where the content stands now (see {@link StoreRevision}). Asked inside {@link #inTransaction} work it is read
     * in the transaction's snapshot: a write by another connection after it makes the transaction's own write fail.
     */
    public StoreRevision revision() {
        access.lock();
        try (Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT total_changes(), "
                     + "(SELECT data_version FROM pragma_data_version), (SELECT schema_version FROM pragma_schema_version)")) {
            rs.next();
            return new StoreRevision(transactions, rs.getLong(1), rs.getLong(2), rs.getLong(3));
        } catch (SQLException e) {
            throw failure(StoreText.get("database.khongDocDuocCo"), e);
        } finally {
            access.unlock();
        }
    }

    /** Runs read-only work on the connection. */
    public <T> T read(SqlWork<T> work) {
        access.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(StoreText.get("database.khongDocDuocCo"), e);
        } finally {
            access.unlock();
        }
    }

    /** Runs work as one transaction: all of it is written, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        refuseIfReadOnly();
        access.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw failure(StoreText.get("database.khongGhiDuocVao"), (SQLException) e);
            } finally {
                transactions++;
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    LOG.warn("Không trả được kết nối về chế độ tự ghi", e);
                }
            }
        } catch (SQLException e) {
            throw failure(StoreText.get("database.khongGhiDuocVao"), e);
        } finally {
            access.unlock();
        }
    }

    private void refuseIfReadOnly() {
        if (readOnlyReason != null) {
            throw new StoreException(readOnlyReason);
        }
    }

    /** SQLite has often rolled back already (a full disk ends the transaction); a second error must not hide the first. */
    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback sau lỗi: {}", e.getMessage());
        }
    }

    /** A Vietnamese message for a failed SQL statement: the disk's condition when known, the details in the log. */
    private StoreException failure(String what, SQLException e) {
        LOG.error(what, e);
        String advice = StorageProblem.of(e, file).map(StorageProblem::advice)
                .orElse(StoreText.get("database.chiTietDaDuoc"));
        return new StoreException(what + " " + advice, e);
    }

    /**
     * Copies the live database to a file with SQLite's online backup. The copy is checked (integrity and row
     * counts) before it replaces the file, so an existing backup is only ever replaced by a verified one.
     */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        access.lock();
        try {
            VerifiedCopy.write(connection, absolute);
        } catch (IOException | SQLException e) {
            LOG.error("Sao lưu vào {} thất bại", absolute, e);
            String why = StorageProblem.of(e, absolute).map(StorageProblem::advice)
                    .orElse(e instanceof VerifiedCopy.CopyMismatch ? StoreText.get("database.banSaoKhongDat", e.getMessage())
                            : StoreText.get("database.chiTietDaDuoc2"));
            throw new StoreException(StoreText.get("database.khongSaoLuuDuoc2", absolute, why, (Files.exists(absolute) ? StoreText.get("database.tepSaoLuuCu") : "")), e);
        } finally {
            access.unlock();
        }
    }

    /**
     * Replaces the contents of this database with a backup file (see {@link RestoreOperation}): the file is checked,
     * repaired or upgraded on a copy first; the current data is first kept in a verified
     * "sao-luu/truoc-phuc-hoi-….db" (returned); if the restored database then fails its check the safety copy is put
     * back by itself. On any problem the current data is left as it was.
     */
    public Path restoreFrom(Path source) {
        refuseIfReadOnly();
        access.lock();
        try {
            return new RestoreOperation(file, connection).restore(source.toAbsolutePath());
        } finally {
            transactions++;
            access.unlock();
        }
    }

    /** {@link #restoreFrom} with another check of the replaced database (tests). */
    Path restoreFrom(Path source, RestoreOperation.AfterReplace check) {
        access.lock();
        try {
            return new RestoreOperation(file, connection, check).restore(source.toAbsolutePath());
        } finally {
            transactions++;
            access.unlock();
        }
    }

    /** The newest schema version this BaoCao knows. */
    static String latestVersion(Path file) {
        MigrationInfo[] all = flyway(file).info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    @Override
    public void close() {
        access.lock();
        try {
            if (readOnlyReason == null) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException e) {
                    LOG.warn("Không gộp được nhật ký WAL khi đóng: {}", e.getMessage());
                }
            }
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Lỗi khi đóng cơ sở dữ liệu: {}", e.getMessage());
        } finally {
            access.unlock();
            if (lock != null) {
                lock.close();
            }
        }
    }
}
