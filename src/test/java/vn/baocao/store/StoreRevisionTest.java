package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;

/** Every way of writing the file moves {@link Database#revision()}; reading does not. */
class StoreRevisionTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void create() {
        file = dir.resolve("baocao.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> {
                new AreaRepository(c).save(new Area("H1", "Huyện Một", AreaLevel.HUYEN, null, null, null));
                return null;
            });
        }
    }

    @Test
    void readingLeavesTheRevisionWhereItWas() {
        try (Database db = Database.open(file)) {
            StoreRevision before = db.revision();
            db.read(c -> new CatalogRepository(c).indicators());
            db.read(c -> new ObservationRepository(c).find(List.of("H1"), List.of(Period.year(2023))));
            db.read(c -> new SettingsRepository(c).get("khong.co"));
            StoreRevision inside = db.read(c -> db.revision());
            assertThat(inside).isEqualTo(before);
            assertThat(db.revision()).isEqualTo(before);
        }
    }

    @Test
    void aSavedFigureAnEditedCatalogOrAreaOrSettingMovesIt() {
        try (Database db = Database.open(file)) {
            StoreRevision r0 = db.revision();
            db.inTransaction(c -> new ObservationRepository(c).save(
                    Observation.of("LD01", "H1", Period.year(2023), new BigDecimal("2278")), null));
            StoreRevision r1 = db.revision();
            db.inTransaction(c -> {
                new CatalogRepository(c).deactivate("DS01");
                return null;
            });
            StoreRevision r2 = db.revision();
            db.inTransaction(c -> {
                new AreaRepository(c).save(new Area("H1", "Huyện Một Mới", AreaLevel.HUYEN, null, null, null));
                return null;
            });
            StoreRevision r3 = db.revision();
            db.inTransaction(c -> {
                new SettingsRepository(c).put("import.mapping.x", "{}");
                return null;
            });
            assertThat(List.of(r0, r1, r2, r3, db.revision())).doesNotHaveDuplicates();
            // and by the row count alone, as a write outside this object's transactions would be seen
            assertThat(r1.rowChanges()).isGreaterThan(r0.rowChanges());
            assertThat(r3.rowChanges()).isGreaterThan(r2.rowChanges());
        }
    }

    @Test
    void aTransactionThatWroteNothingOrWasRolledBackStillMovesIt() {
        try (Database db = Database.open(file)) {
            StoreRevision r0 = db.revision();
            db.inTransaction(c -> null);
            StoreRevision r1 = db.revision();
            assertThatThrownBy(() -> db.inTransaction(c -> {
                new SettingsRepository(c).put("a", "b");
                throw new StoreException("thử");
            })).hasMessage("thử");
            java.util.Optional<String> kept = db.read(c -> new SettingsRepository(c).get("a"));
            assertThat(kept).isEmpty();
            assertThat(List.of(r0, r1, db.revision())).doesNotHaveDuplicates();
        }
    }

    @Test
    void rowsOrTablesWrittenOutsideATransactionMoveIt() {
        try (Database db = Database.open(file)) {
            StoreRevision r0 = db.revision();
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE area SET name = 'Huyện Khác' WHERE code = 'H1'");
                }
            });
            StoreRevision r1 = db.revision();
            assertThat(r1.transactions()).isEqualTo(r0.transactions());
            assertThat(r1.rowChanges()).isGreaterThan(r0.rowChanges());
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("CREATE TABLE ghi_chu_rieng (x TEXT)");
                }
            });
            StoreRevision r2 = db.revision();
            assertThat(r2.schemaVersion()).isNotEqualTo(r1.schemaVersion());
            assertThat(r2).isNotEqualTo(r1);
        }
    }

    @Test
    void aWriteByAnotherConnectionMovesIt() throws Exception {
        try (Database db = Database.open(file)) {
            StoreRevision r0 = db.revision();
            try (Connection other = DriverManager.getConnection(Database.url(file), Database.config().toProperties());
                 Statement s = other.createStatement()) {
                s.executeUpdate("UPDATE area SET name = 'Huyện Khác' WHERE code = 'H1'");
            }
            StoreRevision r1 = db.revision();
            assertThat(r1.dataVersion()).isNotEqualTo(r0.dataVersion());
            assertThat(r1.transactions()).isEqualTo(r0.transactions());
            assertThat(r1.rowChanges()).isEqualTo(r0.rowChanges());
        }
    }

    @Test
    void theBackupMadeBeforeAnImportLeavesItWhereItWas() {
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> new ObservationRepository(c).save(
                    Observation.of("LD01", "H1", Period.year(2023), new BigDecimal("2278")), null));
            StoreRevision before = db.revision();
            AutoBackups.of(db).before(AutoBackups.BEFORE_IMPORT); // between an import's preview and its commit
            assertThat(db.revision()).isEqualTo(before);
        }
    }

    @Test
    void aRestoreMovesIt() {
        Path backup = dir.resolve("sao-luu.db");
        try (Database db = Database.open(file)) {
            db.backupTo(backup);
            StoreRevision r0 = db.revision();
            db.restoreFrom(backup);
            assertThat(db.revision()).isNotEqualTo(r0);
        }
    }
}
