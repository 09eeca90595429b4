package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.IssuingBody;

/** The shipped list of administrative units, its search, and updating it from a newer file. */
class OfficialListTest {
    private static final String HEADER = "ma_tinh,ten_tinh,loai_tinh,ma_xa,ten_xa,loai_xa\n";

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHoldsThe34ProvincesAnd3321Communes() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            List<AdminUnit> all = db.read(c -> new OfficialUnits(c).all());
            assertThat(all.stream().filter(AdminUnit::isProvince)).hasSize(34);
            assertThat(all.stream().filter(u -> !u.isProvince())).hasSize(3321);
            assertThat(all.stream().filter(u -> u.type().equals("Phường"))).hasSize(697);
            assertThat(all.stream().filter(u -> u.type().equals("Đặc khu"))).hasSize(13);
            assertThat(db.<List<vn.baocao.domain.Area>>read(c -> new AreaRepository(c).all())).as("the list is not the clerk's areas").isEmpty();
        }
    }

    @Test
    void foldedNamesAndCodesFindTheUnit() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            List<AdminUnit> found = db.read(c -> new OfficialUnits(c).search("nam dan", 10));
            assertThat(found.get(0).code()).isEqualTo("01141");
            assertThat(found.get(0).nameWithType()).isEqualTo("xã Nấm Dẩn");
            assertThat(found.get(0).provinceWithType()).isEqualTo("tỉnh Tuyên Quang");
            assertThat(found).extracting(AdminUnit::code).contains("17935"); // xã Nam Đàn, Nghệ An
            assertThat(db.<List<AdminUnit>>read(c -> new OfficialUnits(c).search("01141", 10))).extracting(AdminUnit::name).containsExactly("Nấm Dẩn");
            assertThat(db.<List<AdminUnit>>read(c -> new OfficialUnits(c).search("phuong ba dinh", 10))).extracting(AdminUnit::code).containsExactly("00004");
            assertThat(db.<List<AdminUnit>>read(c -> new OfficialUnits(c).search("100%_", 10))).isEmpty();
        }
    }

    @Test
    void aFileOfTheWrongShapeIsRefusedNamingTheRowAndNothingChanges() throws IOException {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            db.inTransaction(c -> new UnitChoice(c).use("01141", null));
            assertRefused(db, "ma_tinh,ten_tinh,ma_xa,ten_xa\n08,Tuyên Quang,01141,Nấm Dẩn\n", "dòng 1: tiêu đề cột");
            assertRefused(db, HEADER + "08,Tuyên Quang,Tỉnh,01141,Nấm Dẩn,Xã\n08,Tuyên Quang,Tỉnh,1142,Bạch Đích,Xã\n",
                    "dòng 3: mã xã \"1142\" phải gồm 5 chữ số");
            assertRefused(db, HEADER + "08,Tuyên Quang,Tỉnh,01141,Nấm Dẩn,Huyện\n", "dòng 2: loại xã \"Huyện\" không hợp lệ");
            assertRefused(db, HEADER + "08,Tuyên Quang,Tỉnh,01141,Nấm Dẩn,Xã\n08,Hà Giang,Tỉnh,01108,Xín Mần,Xã\n",
                    "dòng 3: tỉnh mã 08 ghi là \"Tỉnh Hà Giang\"");
            assertRefused(db, HEADER + "08,Tuyên Quang,Tỉnh,01141,Nấm Dẩn,Xã\n08,Tuyên Quang,Tỉnh,01141,Nấm Dẩn,Xã\n",
                    "dòng 3: mã xã 01141 đã có ở dòng 2");
            assertRefused(db, HEADER + "08,Tuyên Quang,Tỉnh,01141,Xã\n", "dòng 2: có 5 cột, cần 6");
            assertThat(db.<Integer>read(c -> new OfficialUnits(c).count())).isEqualTo(3355);
        }
    }

    private void assertRefused(Database db, String csv, String message) throws IOException {
        Path file = dir.resolve("moi.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OfficialListUpdate.apply(db, file, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(StoreException.class).hasMessageContaining("moi.csv").hasMessageContaining(message);
    }

    @Test
    void aRenamedUnitKeepsItsCodeAndFiguresAndTheLetterheadFollowsTheNewName() throws IOException {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            db.inTransaction(c -> new UnitChoice(c).use("01141", "UBND"));
            db.inTransaction(c -> new ObservationRepository(c).save(vn.baocao.domain.Observation.of("LD01", "01141",
                    vn.baocao.domain.Period.parse("2025"), new java.math.BigDecimal("320")), null));
            String shipped = new String(OfficialListTest.class.getResourceAsStream(OfficialListFile.SHIPPED).readAllBytes(),
                    StandardCharsets.UTF_8);
            String newer = shipped.replace("01141,Nấm Dẩn,Xã", "01141,Nấm Dẩn,Phường")
                    .replace("01108,Xín Mần,Xã", "01108,Xín Mần Mới,Xã");
            Path file = dir.resolve("don-vi-2026.csv");
            Files.writeString(file, newer, StandardCharsets.UTF_8);
            OfficialListUpdate.Summary s = OfficialListUpdate.apply(db, file, LocalDate.of(2026, 3, 1));
            assertThat(s.total()).isEqualTo(3355);
            assertThat(s.renamed()).containsExactlyInAnyOrder("01141: Xã Nấm Dẩn → Phường Nấm Dẩn", "01108: Xã Xín Mần → Xã Xín Mần Mới");
            UnitChoice.Mine mine = db.read(c -> new UnitChoice(c).current().orElseThrow());
            assertThat(mine.header().issuingLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG NẤM DẨN");
            assertThat(db.<List<vn.baocao.domain.Observation>>read(c -> new ObservationRepository(c).history("LD01", "01141"))).hasSize(1);

            String renamed = newer.replace("01141,Nấm Dẩn,Phường", "01141,Nấm Dẩn Mới,Phường");
            Files.writeString(file, renamed, StandardCharsets.UTF_8);
            s = OfficialListUpdate.apply(db, file, LocalDate.of(2026, 6, 1));
            assertThat(s.areasRenamed()).containsExactly("01141: Nấm Dẩn → Nấm Dẩn Mới");
            mine = db.read(c -> new UnitChoice(c).current().orElseThrow());
            assertThat(mine.area().code()).isEqualTo("01141");
            assertThat(mine.header().issuingLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG NẤM DẨN MỚI");
            assertThat(mine.header().place()).isEqualTo("Nấm Dẩn Mới");
            assertThat(db.<List<String>>read(c -> new AreaRepository(c).formerNames("01141"))).containsExactly("Nấm Dẩn (đến 31/05/2026)");
            assertThat(db.<List<vn.baocao.domain.Observation>>read(c -> new ObservationRepository(c).history("LD01", "01141"))).hasSize(1);
        }
    }

    @Test
    void theChosenBodyIsRemembered() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            db.inTransaction(c -> new UnitChoice(c).use("01141", "Phòng Kinh tế"));
            UnitChoice.Mine mine = db.read(c -> new UnitChoice(c).current().orElseThrow());
            assertThat(mine.header().body()).isEqualTo(IssuingBody.PHONG_KINH_TE);
            assertThat(mine.header().parentLines()).containsExactly("UBND XÃ NẤM DẨN");
            assertThat(mine.area().parentCode()).isEqualTo("08");
            assertThatThrownBy(() -> db.inTransaction(c -> new UnitChoice(c).use("99999", null)))
                    .hasMessageContaining("Không có đơn vị mã \"99999\"");
        }
    }
}
