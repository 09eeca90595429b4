package vn.baocao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    static final String SCHEMA_VERSION = "21";

    private final Path file;
    private final DatabaseLock lock;
    private final Connection connection;
    private final ReentrantLock access = new ReentrantLock();
    private final Path upgradeBackup;

    private Database(Path file, DatabaseLock lock, Connection connection, Path upgradeBackup) {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.upgradeBackup = upgradeBackup;
    }

    /** Opens (creating if needed) and upgrades the database file. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException("Không tạo được thư mục dữ liệu " + absolute.getParent() + ": " + e.getMessage(), e);
        }
        if (Files.exists(absolute)) {
            checkIsSqlite(absolute);
        }
        DatabaseLock lock = DatabaseLock.acquire(absolute);
        try {
            Path backup = isCurrent(absolute) ? null : migrate(absolute);
            Connection connection = connect(absolute);
            return new Database(absolute, lock, connection, backup);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Whether the file's schema history already ends, successfully, at {@link #SCHEMA_VERSION}. */
    private static boolean isCurrent(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(url(file), config().toProperties());
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history "
                     + "WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() && SCHEMA_VERSION.equals(rs.getString(1)) && rs.getBoolean(2);
        } catch (SQLException e) {
            return false; // no history table yet, or unreadable: let Flyway decide and report
        }
    }

    private static void checkIsSqlite(Path file) {
        try {
            if (Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            try (var in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                if (n < head.length || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                    throw new StoreException("Tệp " + file + " không phải cơ sở dữ liệu BaoCao (không phải tệp SQLite).");
                }
            }
        } catch (IOException e) {
            throw new StoreException("Không đọc được tệp " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        return config;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    private static Connection connect(Path file) {
        try {
            Properties props = config().toProperties();
            Connection c = DriverManager.getConnection(url(file), props);
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            throw new StoreException("Không mở được cơ sở dữ liệu " + file + ": " + e.getMessage(), e);
        }
    }

    /** Brings the schema up to date; an existing database is copied aside first. Returns that copy, or null. */
    private static Path migrate(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl(url(file));
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .validateMigrationNaming(true)
                .load();
        try {
            MigrationInfo current = flyway.info().current();
            MigrationInfo[] pending = flyway.info().pending();
            Path backup = null;
            if (current != null && pending.length > 0) {
                backup = copyBeforeUpgrade(file, current.getVersion().getVersion());
            }
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Đã nâng cấp cơ sở dữ liệu {} lên phiên bản {}", file, result.targetSchemaVersion);
            }
            return backup;
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new StoreException("Không nâng cấp được cơ sở dữ liệu " + file
                    + ". Tệp có thể do một phiên bản BaoCao mới hơn tạo ra, hoặc đã hỏng. Chi tiết: " + e.getMessage(), e);
        }
    }

    private static Path copyBeforeUpgrade(Path file, String version) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path folder = file.resolveSibling("sao-luu");
        Path target = folder.resolve("truoc-nang-cap-v" + version + "-" + stamp + ".db");
        try {
            Files.createDirectories(folder);
            // Nothing else has the file open (we hold the lock), so a checkpointed copy is consistent.
            try (Connection c = DriverManager.getConnection(url(file), config().toProperties());
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            LOG.info("Đã sao lưu cơ sở dữ liệu trước khi nâng cấp: {}", target);
            return target;
        } catch (IOException | SQLException e) {
            throw new StoreException("Không sao lưu được cơ sở dữ liệu trước khi nâng cấp (" + target + "): "
                    + e.getMessage() + ". Chưa có gì bị thay đổi.", e);
        }
    }

    public Path file() {
        return file;
    }

    /** The copy made before this open upgraded an older database, or null when nothing was upgraded. */
    public Path upgradeBackup() {
        return upgradeBackup;
    }

    /** Runs read-only work on the connection. */
    public <T> T read(SqlWork<T> work) {
        access.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Lỗi khi đọc cơ sở dữ liệu: " + e.getMessage(), e);
        } finally {
            access.unlock();
        }
    }

    /** Runs work as one transaction: all of it is written, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        access.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (e instanceof StoreException se) {
                    throw se;
                }
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new StoreException("Lỗi khi ghi cơ sở dữ liệu, không có thay đổi nào được lưu: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Lỗi khi ghi cơ sở dữ liệu: " + e.getMessage(), e);
        } finally {
            access.unlock();
        }
    }

    /** Copies the live database to a file with SQLite's online backup; the file appears only when complete. */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        access.lock();
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(temp);
            ((SQLiteConnection) connection).getDatabase().backup("main", temp.toString(), null);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort
            }
            throw new StoreException("Không sao lưu được vào " + absolute + ": " + e.getMessage(), e);
        } finally {
            access.unlock();
        }
    }

    /**
     * Replaces the contents of this database with a backup file. The file is checked first (a BaoCao database,
     * not from a newer version); on any problem nothing changes. The current data is first copied to
     * "sao-luu/truoc-phuc-hoi-….db" beside the database (returned), and the schema is upgraded afterwards if
     * the backup is older.
     */
    public Path restoreFrom(Path source) {
        Path absolute = source.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException("Không tìm thấy tệp sao lưu " + absolute + ".");
        }
        checkIsSqlite(absolute);
        BackupCheck.verify(absolute, this::latestVersion);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path safety = file.resolveSibling("sao-luu").resolve("truoc-phuc-hoi-" + stamp + ".db");
        backupTo(safety);
        access.lock();
        try {
            ((SQLiteConnection) connection).getDatabase().restore("main", absolute.toString(), null);
        } catch (SQLException e) {
            throw new StoreException("Không phục hồi được từ " + absolute + ": " + e.getMessage()
                    + ". Dữ liệu hiện tại không thay đổi.", e);
        } finally {
            access.unlock();
        }
        migrateOpen();
        return safety;
    }

    private String latestVersion() {
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl(url(file));
        MigrationInfo[] all = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    private void migrateOpen() {
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl(url(file));
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
    }

    @Override
    public void close() {
        access.lock();
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                LOG.warn("Không gộp được nhật ký WAL khi đóng: {}", e.getMessage());
            }
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Lỗi khi đóng cơ sở dữ liệu: {}", e.getMessage());
        } finally {
            access.unlock();
            lock.close();
        }
    }
}
