package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.Paragraph;
import vn.baocao.document.Table;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;
import vn.baocao.domain.Target;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.StoredReport;
import vn.baocao.store.TargetRepository;

/** A district report computed from three communes' figures (catalog indicators LD01: a flow, LD04: a rate). */
class DistrictReportTest {
    static final Period Y = Period.year(2023);
    @TempDir
    Path dir;
    Database db;
    ReportService service;

    @BeforeEach
    void data() {
        db = Database.open(dir.resolve("d.db"));
        service = new ReportService(db);
        db.inTransaction(c -> {
            AreaRepository areas = new AreaRepository(c);
            areas.save(new Area("H", "Thử Nghiệm", AreaLevel.HUYEN, null, null, null));
            areas.save(new Area("H.A", "An Bình", AreaLevel.XA, "H", null, null));
            areas.save(new Area("H.B", "Bắc Sơn", AreaLevel.XA, "H", null, null));
            areas.save(new Area("H.C", "Cao Lộc", AreaLevel.XA, "H", null, null));
            ObservationRepository obs = new ObservationRepository(c);
            obs.save(Observation.of("LD01", "H.A", Y, new BigDecimal("120")), null);
            obs.save(Observation.of("LD01", "H.B", Y, new BigDecimal("80")), null);
            obs.save(Observation.of("LD01", "H.C", Y, new BigDecimal("5")), null);
            obs.save(Observation.of("LD01", "H.A", Y.previousYear(), new BigDecimal("100")), null);
            obs.save(Observation.of("LD01", "H.B", Y.previousYear(), new BigDecimal("100")), null);
            obs.save(Observation.of("LD01", "H.C", Y.previousYear(), new BigDecimal("0")), null);
            obs.save(rate("H.A", "60", "100"), null);
            obs.save(rate("H.B", "30", "100"), null);
            obs.save(rate("H.C", "90", "200"), null);
            TargetRepository targets = new TargetRepository(c);
            targets.save(new Target("LD01", "H", Y, Issuer.NQ_HDND, Comparator.GE, new BigDecimal("250"), null, null), null);
            targets.save(new Target("LD04", "H", Y, Issuer.NQ_HDND, Comparator.GE, new BigDecimal("45"), null, null), null);
            return null;
        });
    }

    static Observation rate(String area, String num, String den) {
        BigDecimal value = new BigDecimal(num).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(den));
        return new Observation("LD04", area, Y, ObservationKind.THUC_HIEN, value, Qualifier.NONE, new BigDecimal(num),
                new BigDecimal(den), null, null, null, null, "manual");
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<String> paragraphs(ComposedReport r) {
        return r.document().body().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).printedText().replace('\u00a0', ' ')).toList();
    }

    @Test
    void theDistrictFiguresAreTheCommunesSummedByKindWithFootnotes() {
        StoredReport report = service.create("bao-cao-nam", "H", Y, Issuer.NQ_HDND, List.of(), null);
        assertThat(report.indicatorCodes()).containsExactly("LD01", "LD04");
        ComposedReport r = service.compose(report);
        assertThat(paragraphs(r)).anySatisfy(t -> assertThat(t).startsWith(
                "Tổng số chỉ tiêu Nghị quyết HĐND huyện giao 2 chỉ tiêu, trong đó có 01/02 chỉ tiêu đạt từ 100% trở lên chiếm 50%; "
                        + "01 chỉ tiêu chưa đạt 100% chiếm 50%, gồm: (1). Số lao động được giải quyết việc làm (tạo việc làm mới) đạt 82% kế hoạch."));
        // a flow is summed (120 + 80 + 5 = 205; last year 200), a rate recomputed from its parts (180 / 400 = 45%)
        assertThat(paragraphs(r)).contains("- Tỷ lệ lao động qua đào tạo đạt 45% (180/400), so với Nghị quyết đạt 100%.",
                "- Số lao động được giải quyết việc làm (tạo việc làm mới) đạt 205 lao động, so với Nghị quyết đạt 82%, "
                        + "so với cùng kỳ năm trước tăng 5 lao động (tăng 2,5%).");
        Paragraph jobs = r.document().body().stream().filter(b -> b instanceof Paragraph p && p.printedText().contains("đạt 205 lao động"))
                .map(b -> (Paragraph) b).findFirst().orElseThrow();
        assertThat(jobs.text().footnotes()).singleElement().satisfies(f -> assertThat(f.text())
                .isEqualTo("Trong đó: xã An Bình: 120 lao động; xã Bắc Sơn: 80 lao động; xã Cao Lộc: 05 lao động."));
        assertThat(r.review()).extracting(ReviewItem::key).contains("TU_XA:LD01", "TU_XA:LD04");
    }

    @Test
    void aDistrictFigureEnteredDirectlyIsComparedWithItsCommunes() {
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD01", "H", Y, new BigDecimal("200")), null));
        StoredReport report = service.create("bao-cao-nam", "H", Y, Issuer.NQ_HDND, List.of(), null);
        ComposedReport own = service.compose(report);
        assertThat(paragraphs(own)).anyMatch(t -> t.contains("đạt 200 lao động"));
        assertThat(own.review()).filteredOn(i -> i.key().equals("TONG_XA:LD01")).singleElement().satisfies(i -> assertThat(i.message())
                .contains("số của huyện Thử Nghiệm nhập trực tiếp là 200 lao động, tổng các xã là 205 lao động (03/03 xã có số liệu); "
                        + "báo cáo dùng số nhập trực tiếp."));
        ReportSettings sum = ReportSettings.fromJson(report.settingsJson()).withChoices(null, null, FigureSource.COMMUNE_SUM);
        ComposedReport summed = service.compose(report.withSettings(sum.toJson()));
        assertThat(paragraphs(summed)).anyMatch(t -> t.contains("đạt 205 lao động"));
        assertThat(summed.review()).anySatisfy(i -> assertThat(i.message()).endsWith("báo cáo dùng tổng các xã."));
    }

    @Test
    void theBreakdownCanBeATableAndFootnotesCanBeTurnedOff() {
        StoredReport report = service.create("thong-bao", "H", Y, Issuer.NQ_HDND, List.of(), null);
        String body = report.bodyJson().replace("\"text\" : \"{{#chi_tieu_giao}}\"", "\"text\" : \"{{#theo_xa:LD01}}\"");
        ReportSettings noNotes = ReportSettings.fromJson(report.settingsJson()).withChoices(null, BreakdownMode.NONE, null);
        ComposedReport r = service.compose(report.withBody(body).withSettings(noNotes.toJson()));
        Table t = r.document().body().stream().filter(b -> b instanceof Table).map(b -> (Table) b).findFirst().orElseThrow();
        assertThat(t.rows()).extracting(row -> row.get(1).plainText() + " " + row.get(2).plainText())
                .containsExactly("xã An Bình 120", "xã Bắc Sơn 80", "xã Cao Lộc 5");
        assertThat(r.document().allFootnotes()).isEmpty();
    }
}
