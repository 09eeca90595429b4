package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;

class LockAndReadOnlyTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenThroughASymbolicLinkIsRefused() throws Exception {
        Path real = dir.resolve("thật/baocao.db");
        Files.createDirectories(real.getParent());
        Path link = dir.resolve("lối tắt.db");
        try (Database db = Database.open(real)) {
            Files.createSymbolicLink(link, real);
            assertThatThrownBy(() -> Database.open(link)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("đang được một cửa sổ BaoCao khác sử dụng");
            Path folderLink = dir.resolve("thư mục tắt");
            Files.createSymbolicLink(folderLink, real.getParent());
            assertThatThrownBy(() -> Database.open(folderLink.resolve("baocao.db"))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("đang được một cửa sổ BaoCao khác sử dụng");
            assertThat(db.file()).isEqualTo(real.toRealPath());
        }
        try (Database viaLink = Database.open(link)) {
            assertThat(viaLink.file()).isEqualTo(real.toRealPath());
        }
    }

    @Test
    void aDatabaseOnReadOnlyMediaOpensForReadingAndRefusesWritesWithTheReason() throws Exception {
        try (SmallDisk usb = SmallDisk.mount(dir.resolve("usb"), "4m")) {
            Path file = usb.folder().resolve("Dữ liệu xã/baocao.db");
            try (Database db = Database.open(file)) {
                DemoDataset.load(db);
            }
            usb.readOnly();
            try (Database db = Database.open(file)) {
                assertThat(db.isReadOnly()).isTrue();
                int count = db.read(c -> new CatalogRepository(c).count());
                assertThat(count).isGreaterThanOrEqualTo(78);
                long figures = db.read(c -> VerifiedCopy.rowCounts(c).get("observation"));
                assertThat(figures).isPositive();
                assertThatThrownBy(() -> db.inTransaction(c -> new ObservationRepository(c).save(
                        Observation.of("LD01", "XINMAN", Period.year(2030), BigDecimal.ONE), null)))
                        .isInstanceOf(StoreException.class).hasMessageContaining("chế độ chỉ đọc")
                        .hasMessageContaining("chép tệp sang một thư mục ghi được");
                Path copy = dir.resolve("ban-sao.db");
                db.backupTo(copy);
                assertThat(VerifiedCopy.check(copy, null).get("observation")).isEqualTo(figures);
                assertThat(AutoBackups.of(db).dailyIfDue(java.time.LocalDate.now())).isEmpty();
            }
        }
    }

    @Test
    void leftoversOfAKilledRestoreAndBackupAreSweptOnTheNextOpen() throws Exception {
        Path file = dir.resolve("baocao.db");
        try (Database db = Database.open(file)) {
            db.backupTo(dir.resolve("sao-luu/x.db"));
        }
        Path staging = dir.resolve(".baocao.db-phuc-hoi-123.tmp");
        Path stagingJournal = dir.resolve(".baocao.db-phuc-hoi-123.tmp-journal");
        Path backupTemp = dir.resolve("sao-luu/.hang-ngay-20260101-000000.db-99.tmp");
        Path someoneElses = dir.resolve("ghi-chu.tmp");
        for (Path p : new Path[] {staging, stagingJournal, backupTemp, someoneElses}) {
            Files.writeString(p, "x");
        }
        try (Database db = Database.open(file)) {
            assertThat(staging).doesNotExist();
            assertThat(stagingJournal).doesNotExist();
            assertThat(backupTemp).doesNotExist();
            assertThat(someoneElses).exists();
        }
    }

    @Test
    void aDatabaseHeldByAnotherProgramIsToldAsBusyInVietnamese() throws Exception {
        Path file = dir.resolve("baocao.db");
        try (Database db = Database.open(file);
             java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = other.createStatement()) {
            db.inTransaction(c -> {
                new AreaRepository(c).save(new vn.baocao.domain.Area("H1", "Huyện Một", vn.baocao.domain.AreaLevel.HUYEN,
                        null, null, null));
                return null;
            });
            s.execute("BEGIN EXCLUSIVE"); // a backup or antivirus program holding the file
            assertThatThrownBy(() -> db.inTransaction(c -> new ObservationRepository(c).save(
                    Observation.of("LD01", "H1", Period.year(2023), BigDecimal.ONE), null)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("đang bị một chương trình khác giữ")
                    .hasMessageNotContaining("SQLITE_BUSY");
            s.execute("ROLLBACK");
        }
    }
}
