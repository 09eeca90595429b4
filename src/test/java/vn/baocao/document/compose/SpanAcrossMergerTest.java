package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.Paragraph;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.store.AreaEditor;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.StoredReport;
import vn.baocao.store.TargetRepository;

/**
 * A commune formed on 1/7/2025 from two communes: its 9 tháng 2025 is their January to June plus its own July to
 * September (LD01, a flow), compared with their 9 tháng 2024; a month missing makes the figure partial, told as such
 * and never compared.
 */
class SpanAcrossMergerTest {
    static final Period NINE = Period.nineMonths(2025);
    @TempDir
    Path dir;
    Database db;
    ReportService service;

    @BeforeEach
    void data() {
        db = Database.open(dir.resolve("m.db"));
        service = new ReportService(db);
        db.inTransaction(c -> {
            AreaRepository areas = new AreaRepository(c);
            areas.save(new Area("T", "Thử Nghiệm", AreaLevel.TINH, null, null, null));
            areas.save(new Area("T.A", "An Bình", AreaLevel.XA, "T", null, null));
            areas.save(new Area("T.B", "Bắc Sơn", AreaLevel.XA, "T", null, null));
            areas.save(new Area("T.M", "Mới", AreaLevel.XA, "T", null, null));
            new AreaEditor(c).merge("T.M", List.of("T.A", "T.B"), LocalDate.of(2025, 7, 1));
            ObservationRepository obs = new ObservationRepository(c);
            for (int m = 1; m <= 6; m++) {
                obs.save(Observation.of("LD01", "T.A", Period.month(2025, m), new BigDecimal("10")), null);
                obs.save(Observation.of("LD01", "T.B", Period.month(2025, m), new BigDecimal("20")), null);
            }
            for (int m = 7; m <= 9; m++) {
                obs.save(Observation.of("LD01", "T.M", Period.month(2025, m), new BigDecimal("30")), null);
            }
            obs.save(Observation.of("LD01", "T.A", Period.nineMonths(2024), new BigDecimal("100")), null);
            obs.save(Observation.of("LD01", "T.B", Period.nineMonths(2024), new BigDecimal("150")), null);
            new TargetRepository(c).save(new Target("LD01", "T.M", Period.year(2025), Issuer.NQ_HDND, Comparator.GE,
                    new BigDecimal("300"), null, null), null);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    ComposedReport nineMonths() {
        StoredReport report = service.create("cong-van", "T.M", NINE, Issuer.NQ_HDND, List.of(), null);
        return service.compose(report);
    }

    static List<String> paragraphs(ComposedReport r) {
        return r.document().body().stream().filter(b -> b instanceof Paragraph)
                .map(b -> ((Paragraph) b).printedText().replace('\u00a0', ' ')).toList();
    }

    @Test
    void theFormerCommunesMonthsBeforeTheMergerAndTheNewOnesAfterItMakeTheSpan() {
        ComposedReport r = nineMonths();
        // 6 × (10 + 20) + 3 × 30 = 270; last year 100 + 150 = 250; plan 300
        assertThat(paragraphs(r)).anySatisfy(t -> assertThat(t).contains(
                "đạt 270 lao động, so với kế hoạch năm (Nghị quyết) đạt 90%, so với cùng kỳ năm trước tăng 20 lao động (tăng 8%)"));
        assertThat(r.review()).filteredOn(i -> i.key().equals("LUY_KE:LD01")).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(vn.baocao.domain.MismatchFlag.Severity.INFO);
            assertThat(i.message()).contains("9/9 kỳ", "tháng 1, 2, 3, 4, 5, 6 năm 2025 là số của các xã An Bình, Bắc Sơn trước sắp xếp ngày 1/7/2025");
        });
    }

    @Test
    void aMonthStoredOnTheNewCommuneBeforeTheMergerWinsAndIsCountedOnce() {
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD01", "T.M", Period.month(2025, 3), new BigDecimal("33")), null));
        ComposedReport r = nineMonths();
        // March is the new commune's 33, not 30 + 33: 270 - 30 + 33 = 273
        assertThat(paragraphs(r)).anySatisfy(t -> assertThat(t).contains("đạt 273 lao động"));
        assertThat(r.review()).extracting(ReviewItem::key).contains("TRUOC_SAP_XEP_KHAC:LD01:2025-T03");
    }

    @Test
    void aMissingMonthIsToldAsPartialWithoutAChangeOrAPercentOfPlan() {
        db.inTransaction(c -> {
            c.createStatement().executeUpdate("DELETE FROM observation WHERE area_id = (SELECT id FROM area WHERE code = 'T.M')"
                    + " AND period_id = (SELECT id FROM period WHERE code = '2025-T08')");
            return null;
        });
        ComposedReport r = nineMonths();
        String text = String.join("\n", paragraphs(r));
        assertThat(text).contains("đạt 240 lao động (số liệu chỉ gồm tháng 1, 2, 3, 4, 5, 6, 7, 9 năm 2025, chưa đủ 9 tháng năm 2025)")
                .doesNotContain("so với cùng kỳ năm trước", "đạt 80%", "đạt 240 lao động, so với");
        assertThat(r.review()).filteredOn(i -> i.key().equals("LUY_KE:LD01")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("Thiếu số liệu tháng 8 năm 2025"));
    }

    @Test
    void aMonthAFormerCommuneLacksIsLeftOutAndNamed() {
        db.inTransaction(c -> {
            c.createStatement().executeUpdate("DELETE FROM observation WHERE area_id = (SELECT id FROM area WHERE code = 'T.B')"
                    + " AND period_id = (SELECT id FROM period WHERE code = '2025-T02')");
            return null;
        });
        ComposedReport r = nineMonths();
        String text = String.join("\n", paragraphs(r));
        // February would otherwise count An Bình's 10 alone as the whole commune's month
        assertThat(text).contains("đạt 240 lao động (số liệu chỉ gồm tháng 1, 3, 4, 5, 6, 7, 8, 9 năm 2025")
                .doesNotContain("so với cùng kỳ năm trước");
        assertThat(r.review()).extracting(ReviewItem::key).contains("TRUOC_SAP_XEP_THIEU:LD01:2025-T02");
    }

    /** A figure of a field the report has no section for, and that no section hosts, is named as not printed. */
    @Test
    void aFigureNoSectionTellsIsNamedInTheReview() {
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("KT06", "T.M", NINE, new BigDecimal("61.5")), null));
        ComposedReport r = service.compose(service.create("bao-cao-9-thang", "T.M", NINE, Issuer.NQ_HDND, List.of(), null));
        assertThat(String.join("\n", paragraphs(r))).doesNotContain("che phủ rừng");
        assertThat(r.review()).filteredOn(i -> i.key().equals("KHONG_IN:KT06")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("Tỷ lệ che phủ rừng", "không được in"));
        // named in the figure's note, the field that has a section tells it
        db.inTransaction(c -> new ObservationRepository(c).save(new Observation("KT06", "T.M", NINE,
                vn.baocao.domain.ObservationKind.THUC_HIEN, new BigDecimal("61.5"), null, null, null, null, null, null,
                "rừng trồng theo lĩnh vực Lao động", "manual"), null));
        ComposedReport hosted = service.compose(service.create("bao-cao-9-thang", "T.M", NINE, Issuer.NQ_HDND, List.of(), null));
        assertThat(String.join("\n", paragraphs(hosted))).contains("tỷ lệ che phủ rừng đạt 61,5%");
        assertThat(hosted.review()).extracting(ReviewItem::key).doesNotContain("KHONG_IN:KT06");
    }
}
