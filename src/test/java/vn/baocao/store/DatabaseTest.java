package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void newFileIsCreatedWithTheDefaultCatalogInWalModeWithForeignKeys() {
        Path file = dir.resolve("sub/folder/baocao.db");
        try (Database db = Database.open(file)) {
            assertThat(Files.exists(file)).isTrue();
            int count = db.read(c -> new CatalogRepository(c).count());
            assertThat(count).isEqualTo(78);
            String journal = db.read(c -> pragma(c, "journal_mode"));
            assertThat(journal).isEqualTo("wal");
            String fk = db.read(c -> pragma(c, "foreign_keys"));
            assertThat(fk).isEqualTo("1");
            assertThat(db.upgradeBackup()).isNull();
            var ld01 = db.read(c -> new CatalogRepository(c).require("LD01"));
            assertThat(ld01.name()).isEqualTo("Số lao động được giải quyết việc làm (tạo việc làm mới)");
            assertThat(ld01.direction()).isEqualTo(vn.baocao.domain.Direction.UP);
            assertThat(db.read(c -> new CatalogRepository(c).require("LD06")).decimals()).isEqualTo(2);
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotReloadTheCatalog() {
        Path file = dir.resolve("baocao.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> {
                new CatalogRepository(c).deactivate("DS01");
                return null;
            });
            saveArea(db);
            db.inTransaction(c -> new ObservationRepository(c).save(
                    Observation.of("LD01", "H1", Period.year(2023), new BigDecimal("2278")), null));
        }
        try (Database db = Database.open(file)) {
            int count = db.read(c -> new CatalogRepository(c).count());
            assertThat(count).isEqualTo(77);
            List<Observation> found = db.read(c -> new ObservationRepository(c).find(List.of("H1"), List.of(Period.year(2023))));
            assertThat(found).singleElement().satisfies(o -> assertThat(o.value()).isEqualByComparingTo("2278"));
        }
    }

    @Test
    void aSecondOpenOfTheSameFileIsRefusedWithAClearMessage() {
        Path file = dir.resolve("baocao.db");
        try (Database first = Database.open(file)) {
            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("đang được một cửa sổ BaoCao khác sử dụng");
        }
        try (Database again = Database.open(file)) {
            assertThat(again.file()).isEqualTo(file.toAbsolutePath());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "đây là văn bản, không phải cơ sở dữ liệu");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("không phải cơ sở dữ liệu BaoCao");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void backupThenRestoreBringsBackTheOldValues() {
        Path file = dir.resolve("baocao.db");
        Path backup = dir.resolve("sao-luu/ban-sao.db");
        try (Database db = Database.open(file)) {
            saveArea(db);
            save(db, "1000");
            db.backupTo(backup);
            save(db, "2000");
            assertThat(value(db)).isEqualByComparingTo("2000");
            db.restoreFrom(backup);
            assertThat(value(db)).isEqualByComparingTo("1000");
        }
        assertThat(Files.exists(backup)).isTrue();
        assertThat(Files.exists(dir.resolve("sao-luu/ban-sao.db.tmp"))).isFalse();
    }

    @Test
    void restoringFromAForeignFileIsRefusedAndChangesNothing() throws Exception {
        Path file = dir.resolve("baocao.db");
        Path foreign = dir.resolve("foreign.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE x (a)");
        }
        try (Database db = Database.open(file)) {
            saveArea(db);
            save(db, "1000");
            assertThatThrownBy(() -> db.restoreFrom(foreign)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("không phải bản sao lưu BaoCao");
            assertThatThrownBy(() -> db.restoreFrom(dir.resolve("missing.db"))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Không tìm thấy tệp sao lưu");
            assertThat(value(db)).isEqualByComparingTo("1000");
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

    private static String pragma(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
