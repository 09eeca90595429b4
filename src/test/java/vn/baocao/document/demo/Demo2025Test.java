package vn.baocao.document.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Paragraph;
import vn.baocao.document.compose.ComposedReport;
import vn.baocao.document.compose.ReportService;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.DerivedFigure;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.store.AssessmentService;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;

/** The 2025 demo: assessing 2025 against 2024 uses the former communes' figures, aggregated by kind and marked. */
class Demo2025Test {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final List<String> FORMER = List.of("MAU.NAMDAN_CU", "MAU.XINCHAI", "MAU.NACHI");

    @TempDir
    Path dir;
    Database db;
    Demo2025.Summary summary;

    @BeforeEach
    void load() {
        db = Database.open(dir.resolve("demo.db"));
        summary = Demo2025.load(db, TODAY);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Observation> former2024(String code) {
        return db.read(c -> new ObservationRepository(c).find(FORMER, List.of(Period.year(2024)))).stream()
                .filter(o -> o.indicatorCode().equals(code)).toList();
    }

    private IndicatorEvaluation row(AssessmentService.Result r, String code) {
        return r.rows().stream().filter(x -> x.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void monthlyFiguresRunFromJanuary2024ToTheLastFullMonth() {
        assertThat(summary.lastMonth()).isEqualTo(java.time.YearMonth.of(2026, 2));
        List<Observation> before = db.read(c -> new ObservationRepository(c).find(FORMER, List.of(Period.month(2024, 1))));
        assertThat(before).extracting(Observation::areaCode).contains("MAU.NAMDAN_CU", "MAU.XINCHAI", "MAU.NACHI");
        assertThat(db.<List<Observation>>read(c -> new ObservationRepository(c).find(List.of("01141"), List.of(Period.month(2026, 2))))).isNotEmpty();
        assertThat(db.<List<Observation>>read(c -> new ObservationRepository(c).find(List.of("01141"), List.of(Period.month(2026, 3))))).isEmpty();
        assertThat(db.<List<Observation>>read(c -> new ObservationRepository(c).find(FORMER, List.of(Period.month(2025, 7))))).isEmpty();
        assertThat(before).allMatch(o -> o.source().contains("dữ liệu mẫu"));
    }

    @Test
    void lastYearOfTheNewCommuneIsTheFormerCommunesAggregateForAFlowAStockAndARate() {
        AssessmentService.Result r = new AssessmentService(db).assess("01141", Period.year(2025), Issuer.NQ_HDND,
                AssessmentOptions.defaults());
        BigDecimal flow = former2024("LD01").stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stock = former2024("BH02").stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal num = former2024("BH01").stream().map(Observation::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal den = former2024("BH01").stream().map(Observation::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(former2024("LD01")).hasSize(3);

        assertThat(row(r, "LD01").previous().value()).isEqualByComparingTo(flow);
        assertThat(row(r, "BH02").previous().value()).isEqualByComparingTo(stock);
        BigDecimal rate = num.multiply(BigDecimal.valueOf(100)).divide(den, 2, java.math.RoundingMode.HALF_UP);
        assertThat(row(r, "BH01").previous().value()).isEqualByComparingTo(rate);
        assertThat(row(r, "BH01").previous().numerator()).isEqualByComparingTo(num);
        // The unweighted mean of the three rates would differ: the rate really is recomputed.
        BigDecimal mean = former2024("BH01").stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
        assertThat(mean).isNotEqualByComparingTo(rate);

        for (String code : List.of("LD01", "BH02", "BH01")) {
            assertThat(DerivedFigure.isDerived(row(r, code).previous())).as(code).isTrue();
            DerivedFigure d = r.derived(code, Period.year(2024)).orElseThrow();
            assertThat(d.derived()).isTrue();
            assertThat(d.formerNames()).containsExactly("Nà Chì (mẫu)", "Nấm Dẩn cũ (mẫu)", "Xín Chải (mẫu)");
            assertThat(row(r, code).change()).as(code).isNotNull();
        }
        assertThat(row(r, "LD01").previous().note())
                .isEqualTo("số liệu năm 2024 là tổng của các xã Nà Chì (mẫu), Nấm Dẩn cũ (mẫu), Xín Chải (mẫu) trước sắp xếp");
        assertThat(DerivedFigure.isDerived(row(r, "LD01").actual())).as("2025 is the new commune's own").isFalse();
    }

    @Test
    void loadingTwiceChangesNothing() {
        Demo2025.Summary again = Demo2025.load(db, TODAY);
        assertThat(again).isEqualTo(summary);
        assertThat(new ReportService(db).list()).hasSize(1);
    }

    @Test
    void theStoredAnnualReportSaysItIsSampleDataAndCarriesTheCommunesLetterhead() {
        ReportService reports = new ReportService(db);
        ComposedReport composed = reports.compose(summary.reportId());
        AdministrativeDocument doc = composed.document();
        assertThat(reports.require(summary.reportId()).name()).contains("dữ liệu mẫu");
        assertThat(doc.letterhead().issuingAgency()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN");
        assertThat(doc.placeAndDate().place()).isEqualTo("Nấm Dẩn");
        assertThat(((Paragraph) doc.body().get(0)).text().plainText()).startsWith("Dữ liệu mẫu:");
        // The comparison with 2024 footnotes where its figure comes from.
        assertThat(vn.baocao.document.DocumentFiles.toJson(doc))
                .contains("[^Số liệu năm 2024 là tổng của các xã Nà Chì (mẫu), Nấm Dẩn cũ (mẫu), Xín Chải (mẫu) trước sắp xếp.]");
        assertThat(composed.review()).anyMatch(i -> i.key().equals("TRUOC_SAP_XEP:LD01:2024")
                && i.message().contains("là tổng của các xã Nà Chì (mẫu), Nấm Dẩn cũ (mẫu), Xín Chải (mẫu) trước sắp xếp"));
    }

    @Test
    void aFigureStoredOnTheNewCommuneWinsAndItsDifferenceFromTheSumIsAReviewItem() {
        BigDecimal sum = former2024("LD01").stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal own = sum.add(BigDecimal.TEN);
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD01", "01141", Period.year(2024), own), null));
        AssessmentService.Result r = new AssessmentService(db).assess("01141", Period.year(2025), Issuer.NQ_HDND,
                AssessmentOptions.defaults());
        assertThat(row(r, "LD01").previous().value()).isEqualByComparingTo(own);
        assertThat(DerivedFigure.isDerived(row(r, "LD01").previous())).isFalse();
        assertThat(r.derived("LD01", Period.year(2024)).orElseThrow().differs()).isTrue();
        ComposedReport composed = new ReportService(db).compose(summary.reportId());
        assertThat(composed.review()).anyMatch(i -> i.key().equals("TRUOC_SAP_XEP_KHAC:LD01:2024")
                && i.message().contains("khác số tổng hợp từ Nà Chì (mẫu), Nấm Dẩn cũ (mẫu), Xín Chải (mẫu) trước sắp xếp"));
    }
}
