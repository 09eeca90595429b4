package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;

/** Adding, renaming and merging areas; every refusal names the code and changes nothing. */
class AreaEditorTest {
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("a.db"));
        db.inTransaction(c -> {
            AreaEditor e = new AreaEditor(c);
            e.adopt("01141");
            e.add("NAMDAN_CU", "Nấm Dẩn (cũ)", AreaLevel.XA, "08", null, null, null);
            e.add("CHANUA_CU", "Chế Là (cũ)", AreaLevel.XA, "08", null, null, null);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Area> areas() {
        return db.read(c -> new AreaRepository(c).all());
    }

    private void refused(SqlWork<?> work, String message) {
        List<Area> before = areas();
        assertThatThrownBy(() -> db.inTransaction(work)).isInstanceOf(StoreException.class).hasMessageContaining(message);
        assertThat(areas()).isEqualTo(before);
    }

    @Test
    void villagesGoUnderTheCommune() {
        Area t = db.inTransaction(c -> new AreaEditor(c).add("01141.T01", "Nấm Dẩn", AreaLevel.THON, "01141", "bản", null, null));
        assertThat(t.parentCode()).isEqualTo("01141");
        assertThat(db.<String>read(c -> new AreaRepository(c).typeLabel(t))).isEqualTo("bản");
        refused(c -> new AreaEditor(c).add("01141.T01", "Khác", AreaLevel.THON, "01141", null, null, null),
                "Mã địa bàn \"01141.T01\" đã có (thôn Nấm Dẩn)");
        refused(c -> new AreaEditor(c).add("T9", "Khác", AreaLevel.THON, "NOPE", null, null, null), "Không có địa bàn mã \"NOPE\"");
        refused(c -> new AreaEditor(c).add("T9", "Khác", AreaLevel.THON, "08", null, null, null), "Địa bàn mã \"T9\" (thôn) không thể thuộc tỉnh");
        refused(c -> new AreaEditor(c).add("T9", "Khác", AreaLevel.THON, null, null, null, null), "cần địa bàn cấp trên");
        refused(c -> new AreaEditor(c).add("01108", "Xín Mần", AreaLevel.XA, "08", null, null, null), "baocao areas use 01108");
    }

    @Test
    void aRenameKeepsCodeAndRemembersTheOldName() {
        db.inTransaction(c -> new AreaEditor(c).rename("NAMDAN_CU", "Nấm Dẩn cũ", LocalDate.of(2020, 1, 1)));
        assertThat(db.read(c -> new AreaRepository(c).find("NAMDAN_CU")).orElseThrow().name()).isEqualTo("Nấm Dẩn cũ");
        assertThat(db.<List<String>>read(c -> new AreaRepository(c).formerNames("NAMDAN_CU"))).containsExactly("Nấm Dẩn (cũ) (đến 31/12/2019)");
        refused(c -> new AreaEditor(c).rename("KHONG_CO", "X", null), "Không có địa bàn mã \"KHONG_CO\"");
    }

    @Test
    void aMergerEndsTheFormerUnitsAndLinksThem() {
        db.inTransaction(c -> new AreaEditor(c).merge("01141", List.of("NAMDAN_CU", "CHANUA_CU"), JULY));
        AreaRepository.Merger first = db.read(c -> new AreaRepository(c).predecessors("01141")).get(0);
        assertThat(db.<List<AreaRepository.Merger>>read(c -> new AreaRepository(c).predecessors("01141"))).extracting(m -> m.former().code())
                .containsExactlyInAnyOrder("NAMDAN_CU", "CHANUA_CU");
        assertThat(first.on()).isEqualTo(JULY);
        assertThat(db.read(c -> new AreaRepository(c).find("NAMDAN_CU")).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(db.read(c -> new AreaRepository(c).find("01141")).orElseThrow().validFrom()).isEqualTo(JULY);
    }

    @Test
    void badMergersAreRefusedNamingTheCode() {
        refused(c -> new AreaEditor(c).merge("01141", List.of("NAMDAN_CU", "KHONG_CO"), JULY), "Không có địa bàn mã \"KHONG_CO\"");
        refused(c -> new AreaEditor(c).merge("01141", List.of("NAMDAN_CU", "NAMDAN_CU"), JULY), "\"NAMDAN_CU\" được ghi hai lần");
        refused(c -> new AreaEditor(c).merge("01141", List.of("01141"), JULY), "\"01141\" không thể hợp thành chính nó");
        db.inTransaction(c -> new AreaEditor(c).merge("01141", List.of("NAMDAN_CU"), JULY));
        refused(c -> new AreaEditor(c).merge("NAMDAN_CU", List.of("01141"), LocalDate.of(2026, 1, 1)), "vòng lặp");
    }

    @Test
    void aMergerDateInsideAPeriodWithFiguresOnBothSidesIsRefused() {
        db.inTransaction(c -> {
            ObservationRepository o = new ObservationRepository(c);
            o.save(Observation.of("LD01", "01141", Period.parse("2025"), new BigDecimal("300")), null);
            o.save(Observation.of("LD01", "CHANUA_CU", Period.parse("2025"), new BigDecimal("120")), null);
            return null;
        });
        refused(c -> new AreaEditor(c).merge("01141", List.of("NAMDAN_CU", "CHANUA_CU"), JULY),
                "Ngày sáp nhập 01/07/2025 nằm giữa năm 2025 (kỳ 2025), kỳ đã có số liệu của cả 01141 và CHANUA_CU");
        // At the start of a period nothing is counted twice.
        db.inTransaction(c -> new AreaEditor(c).merge("01141", List.of("NAMDAN_CU", "CHANUA_CU"), LocalDate.of(2025, 1, 1)));
    }
}
