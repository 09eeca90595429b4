package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;

/** Backups and restores that check before they claim (issue 12, failures 1–3). */
class BackupRestoreSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aBackupOnAFullDiskFailsInVietnameseAndKeepsTheEarlierGoodBackup() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("usb"), "1m");
             Database db = Database.open(dir.resolve("baocao.db"))) {
            saveArea(db);
            save(db, "1000");
            Path backup = disk.folder().resolve("Sao lưu tháng 3.db");
            db.backupTo(backup);
            byte[] good = Files.readAllBytes(backup);
            DemoDataset.load(db); // the next copy is larger than what is left
            disk.fillLeaving(64 * 1024);

            assertThatThrownBy(() -> db.backupTo(backup)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Ổ đĩa đã đầy").hasMessageContaining("Tệp sao lưu cũ vẫn giữ nguyên")
                    .hasMessageNotContaining("SQLITE");
            assertThat(Files.readAllBytes(backup)).isEqualTo(good);
            assertThat(leftovers(disk.folder())).containsExactlyInAnyOrder("Sao lưu tháng 3.db", "filler.bin");
        }
    }

    @Test
    void aBackupIsCheckedAndHoldsEveryRow() throws Exception {
        Path backup = dir.resolve("ban-sao.db");
        try (Database db = Database.open(dir.resolve("baocao.db"))) {
            saveArea(db);
            save(db, "1000");
            db.backupTo(backup);
            var live = db.read(VerifiedCopy::rowCounts);
            assertThat(VerifiedCopy.check(backup, live)).containsEntry("observation", 1L);
        }
        assertThat(leftovers(dir)).doesNotContain("ban-sao.db-journal", "ban-sao.db-wal");
    }

    @Test
    void aRestoreOnAFullDiskSaysSoAndChangesNothing() throws Exception {
        Path backup = dir.resolve("lon.db");
        try (Database big = Database.open(dir.resolve("lon-goc.db"))) {
            DemoDataset.load(big);
            big.backupTo(backup);
        }
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("data"), "2m")) {
            Path file = disk.folder().resolve("baocao.db");
            try (Database db = Database.open(file)) {
                saveArea(db);
                save(db, "2000");
                disk.fillLeaving(32 * 1024);
                assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(StoreException.class)
                        .hasMessageContaining("Ổ đĩa đã đầy").hasMessageContaining("không thay đổi");
                assertThat(value(db)).isEqualByComparingTo("2000");
            }
            assertThat(leftovers(disk.folder())).allMatch(n -> !n.endsWith(".tmp") && !n.endsWith("-journal"));
        }
    }

    @Test
    void aBackupWithAFailedUpgradeRowIsRepairedOnRestoreAndTheDatabaseStillOpens() throws Exception {
        Path file = dir.resolve("baocao.db");
        Path backup = firstSchemaWithAFailedUpgrade(dir.resolve("lich-su-loi.db"));
        try (Database db = Database.open(file)) {
            saveArea(db);
            save(db, "2000");
            Path safety = db.restoreFrom(backup);
            int areas = db.read(c -> new AreaRepository(c).all().size());
            assertThat(areas).isEqualTo(1);
            int indicators = db.read(c -> new CatalogRepository(c).count());
            assertThat(indicators).as("the upgrade ran again on the restored data").isEqualTo(78);
            assertThat(VerifiedCopy.check(safety, null)).containsEntry("observation", 1L);
        }
        assertThat(failedRows(backup)).as("the clerk's file is not changed").isEqualTo(1);
        try (Database again = Database.open(file)) {
            int failed = again.read(c -> count(c, "SELECT count(*) FROM flyway_schema_history WHERE success = 0"));
            assertThat(failed).isZero();
            assertThat(again.read(c -> new AreaRepository(c).all()).get(0).code()).isEqualTo("H9");
        }
    }

    /** The lock-out of the issue, reproduced on the code before the change: Flyway's "Validate failed" on every open. */
    @Test
    void aBackupWithAFailedRowBelowItsVersionIsRepairedAndEveryLaterOpenWorks() throws Exception {
        Path file = dir.resolve("baocao.db");
        Path backup = dir.resolve("b.db");
        try (Database db = Database.open(file)) {
            saveArea(db);
            save(db, "1000");
            db.backupTo(backup);
            save(db, "2000");
        }
        addFailedHistoryRow(backup, "1.5");
        try (Database db = Database.open(file)) {
            db.restoreFrom(backup);
            assertThat(value(db)).isEqualByComparingTo("1000");
        }
        try (Database again = Database.open(file)) {
            assertThat(value(again)).isEqualByComparingTo("1000");
        }
    }

    @Test
    void aFailedUpgradeRowOfANewerVersionIsRefused() throws Exception {
        Path backup = dir.resolve("moi-hon.db");
        try (Database db = Database.open(dir.resolve("khac.db"))) {
            db.backupTo(backup);
        }
        addFailedHistoryRow(backup, "99");
        try (Database db = Database.open(dir.resolve("baocao.db"))) {
            saveArea(db);
            save(db, "2000");
            assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("phiên bản BaoCao mới hơn");
            assertThat(value(db)).isEqualByComparingTo("2000");
        }
    }

    /** A database of schema 1 whose upgrade to 2 failed and was recorded so (what locked the clerk out). */
    static Path firstSchemaWithAFailedUpgrade(Path file) throws SQLException {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:vn/baocao/store/migration").target("1")
                .load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO area (code, name, level) VALUES ('H9', 'Huyện Chín', 'HUYEN')");
        }
        addFailedHistoryRow(file, "2");
        return file;
    }

    @Test
    void aDatabaseWithAFailedUpgradeRowOpensAfterACopyIsKept() throws Exception {
        Path file = firstSchemaWithAFailedUpgrade(dir.resolve("cu.db"));
        try (Database db = Database.open(file)) {
            int indicators = db.read(c -> new CatalogRepository(c).count());
            assertThat(indicators).isEqualTo(78);
            assertThat(db.read(c -> new AreaRepository(c).all()).get(0).code()).isEqualTo("H9");
        }
        try (Stream<Path> kept = Files.list(dir.resolve("sao-luu"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("truoc-sua-lich-su-"));
        }
    }

    @Test
    void whenTheRestoredDatabaseFailsItsCheckTheSafetyCopyIsPutBackByItself() throws Exception {
        Path file = dir.resolve("baocao.db");
        Path backup = dir.resolve("ban-sao.db");
        try (Database db = Database.open(file)) {
            saveArea(db);
            save(db, "1000");
            db.backupTo(backup);
            save(db, "2000");
            assertThatThrownBy(() -> db.restoreFrom(backup, (live, f, expected) -> {
                throw new SQLException("mở lại không được (giả lập)");
            })).isInstanceOf(StoreException.class).hasMessageContaining("tự động đặt lại");
            assertThat(value(db)).isEqualByComparingTo("2000");
        }
        try (Database again = Database.open(file)) {
            assertThat(value(again)).isEqualByComparingTo("2000");
        }
        assertThat(leftovers(dir)).allMatch(n -> !n.endsWith(".tmp"));
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsReplaced() throws Exception {
        Path file = dir.resolve("baocao.db");
        Path backup = dir.resolve("hong.db");
        try (Database db = Database.open(file)) {
            saveArea(db);
            save(db, "1000");
            db.backupTo(backup);
            save(db, "2000");
        }
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096 * 3; i < bytes.length - 100; i += 4096) {
            java.util.Arrays.fill(bytes, i + 20, i + 90, (byte) 0x5a); // scribble inside later pages
        }
        Files.write(backup, bytes);
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> db.restoreFrom(backup)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("hong.db").hasMessageContaining("không thay đổi");
            assertThat(value(db)).isEqualByComparingTo("2000");
        }
    }

    static void addFailedHistoryRow(Path file, String version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES ((SELECT max(installed_rank) + 1 "
                    + "FROM flyway_schema_history), '" + version + "', 'hong', 'SQL', 'V" + version + "__hong.sql', 0, '', "
                    + "'2025-01-01 00:00:00', 1, 0)");
        }
    }

    private static int failedRows(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return count(c, "SELECT count(*) FROM flyway_schema_history WHERE success = 0");
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private static List<String> leftovers(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void saveArea(Database db) {
        db.inTransaction(c -> {
            new AreaRepository(c).save(new Area("H1", "Huyện Một", AreaLevel.HUYEN, null, null, null));
            return null;
        });
    }

    private static void save(Database db, String value) {
        db.inTransaction(c -> new ObservationRepository(c).save(
                Observation.of("LD01", "H1", Period.year(2023), new BigDecimal(value)), null));
    }

    private static BigDecimal value(Database db) {
        return db.read(c -> new ObservationRepository(c).find("LD01", "H1", Period.year(2023),
                vn.baocao.domain.ObservationKind.THUC_HIEN)).orElseThrow().value();
    }
}
