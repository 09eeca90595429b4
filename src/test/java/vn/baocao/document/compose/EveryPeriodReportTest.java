package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.Block;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.Paragraph;
import vn.baocao.document.Table;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;
import vn.baocao.domain.Target;
import vn.baocao.render.docx.DocxLayoutTest;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfLayoutTest;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.StoredReport;
import vn.baocao.store.TargetRepository;

/**
 * Every shipped template × {the Xín Mần district, the commune Chí Cà} × {month, quarter, 6 tháng, 9 tháng, year}, with
 * only monthly figures stored below the year (three communes, 2022 and 2023): each document tells the figures of its
 * span (lũy kế from the months), never says "không có chỉ tiêu nào", tells no sentence twice, and passes the ND30
 * layout checks of the PDF and the Word file.
 */
class EveryPeriodReportTest {
    /** The communes with monthly figures and their factor: a commune's LD01 of month m is m × factor. */
    static final Map<String, Integer> COMMUNES = Map.of("XINMAN.CHICA", 2, "XINMAN.NAMDAN", 1, "XINMAN.BANDIU", 3);
    static final String COMMUNE = "XINMAN.CHICA";
    static final List<Period> PERIODS = List.of(Period.month(2023, 5), Period.quarter(2023, 2), Period.firstHalf(2023),
            Period.nineMonths(2023), Period.year(2023));

    static final Path OUT = Path.of("target", "report-out", "every-period");
    @TempDir
    static Path dir;
    static Database db;
    static ReportService service;

    @BeforeAll
    static void data() {
        db = DemoReports.demoDatabase(dir);
        service = new ReportService(db);
        db.inTransaction(c -> {
            ObservationRepository obs = new ObservationRepository(c);
            for (var e : COMMUNES.entrySet()) {
                for (int year = 2022; year <= 2023; year++) {
                    for (int m = 1; m <= 12; m++) {
                        Period month = Period.month(year, m);
                        int k = e.getValue() + (year == 2022 ? 1 : 0);
                        obs.save(Observation.of("LD01", e.getKey(), month, BigDecimal.valueOf((long) m * k)), null);
                        BigDecimal num = BigDecimal.valueOf(40 + m);
                        BigDecimal den = BigDecimal.valueOf(100);
                        obs.save(new Observation("LD04", e.getKey(), month, ObservationKind.THUC_HIEN, num.multiply(BigDecimal.valueOf(100)).divide(den, 20, java.math.RoundingMode.DOWN),
                                Qualifier.NONE, num, den, null, null, null, null, "manual"), null);
                        obs.save(Observation.of("BH02", e.getKey(), month, BigDecimal.valueOf(1000L * k + m)), null);
                    }
                }
            }
            TargetRepository targets = new TargetRepository(c);
            targets.save(new Target("LD01", COMMUNE, Period.year(2023), Issuer.NQ_HDND, Comparator.GE, new BigDecimal("100"), null, null),
                    "Nghị quyết số 12/NQ-HĐND ngày 20/12/2022 của Hội đồng nhân dân xã Chí Cà", null);
            targets.save(new Target("LD04", COMMUNE, Period.year(2023), Issuer.NQ_HDND, Comparator.GE, new BigDecimal("45"), null, null), null);
            targets.save(new Target("BH02", COMMUNE, Period.year(2023), Issuer.NQ_HDND, Comparator.GE, new BigDecimal("2100"), null, null), null);
            targets.save(new Target("LD01", COMMUNE, Period.year(2024), Issuer.NQ_HDND, Comparator.GE, new BigDecimal("180"), null, null), null);
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (String template : ReportTemplates.shipped().keySet()) {
            for (String area : List.of("XINMAN", COMMUNE)) {
                for (Period p : PERIODS) {
                    out.add(Arguments.of(template, area, p));
                }
            }
        }
        return out.stream();
    }

    /** The LD01 figure a report of the span must tell: the months summed (the district's year is its own figure). */
    static String expectedJobs(String area, Period p) {
        if (area.equals("XINMAN") && p.type() == vn.baocao.domain.PeriodType.YEAR) {
            return "2.278";
        }
        int first = p.cumulative() ? 1 : p.start().getMonthValue();
        int months = 0;
        for (int m = first; m <= p.end().getMonthValue(); m++) {
            months += m;
        }
        int factor = area.equals(COMMUNE) ? COMMUNES.get(COMMUNE) : COMMUNES.values().stream().mapToInt(Integer::intValue).sum();
        return String.valueOf(months * factor);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void everyReportTellsItsSpansFiguresOnceInTheNd30Layout(String template, String area, Period period) throws Exception {
        StoredReport draft = service.draft(template, area, period, Issuer.NQ_HDND, List.of(), null);
        draft = draft.withSettings(ReportSettings.fromJson(draft.settingsJson()).withSigner("Vũ Thị Hòa").toJson());
        ComposedReport report = service.compose(draft);
        AdministrativeDocument doc = report.document();
        List<String> paragraphs = paragraphs(doc);
        String all = String.join("\n", paragraphs) + "\n" + String.join("\n", tableCells(doc));

        assertThat(doc.body()).isNotEmpty();
        assertThat(all).doesNotContain("không có chỉ tiêu nào").doesNotContain("{{").doesNotContain("}}");
        if (template.equals("ke-hoach")) {
            assertThat(all).as("the plan's targets").contains(area.equals(COMMUNE) ? "100" : "3.500");
            assertThat(String.join("\n", tableCells(doc))).doesNotContain("Thực hiện");
        } else {
            assertThat(all).as("LD01 of %s", period).contains(" " + expectedJobs(area, period) + " lao động");
        }
        assertThat(duplicateSentences(paragraphs)).as("sentences told twice").isEmpty();
        assertThat(repeatedFootnotes(doc)).as("footnotes printed twice").isEmpty();

        String name = template + "-" + area + "-" + period.code();
        byte[] pdf = new PdfRenderer().toBytes(doc);
        java.nio.file.Files.createDirectories(OUT);
        java.nio.file.Files.write(OUT.resolve(name + ".pdf"), pdf);
        PdfLayoutTest.checkMargins(name, pdf);
        // The seeds' checks (page numbers from page 2, header, footer) hold for the document itself; an appendix
        // numbers its own pages, so they run on the document without it.
        AdministrativeDocument main = new AdministrativeDocument(doc.type(), doc.profile(), doc.letterhead(), doc.number(),
                doc.placeAndDate(), doc.summary(), doc.legalBases(), doc.addressees(), doc.body(), doc.recipients(),
                doc.signature(), List.of());
        PdfLayoutTest.checkDocument(name, main, new PdfRenderer().toBytes(main));
        DocxLayoutTest.checkDocument(name, main, new DocxRenderer().toBytes(main));
    }

    @Test
    void aCommuneQuarterIsTheMonthsSummedAndComparedWithTheSameQuarterLastYear() {
        ComposedReport r = service.compose(service.draft("bao-cao-quy", COMMUNE, Period.quarter(2023, 2), Issuer.NQ_HDND, List.of(), null));
        String text = String.join("\n", paragraphs(r.document()));
        // 2 × (4 + 5 + 6) = 30 this year, 3 × 15 = 45 last year; the year's plan (100) is named as the year's.
        assertThat(text).contains("- Số lao động được giải quyết việc làm (tạo việc làm mới) đạt 30 lao động, so với kế hoạch năm "
                + "(Nghị quyết) đạt 30%, so với cùng kỳ năm trước giảm 15 lao động (giảm 33,33%).");
        // A rate over the quarter: Σ numerators / Σ denominators = (44 + 45 + 46) / 300 = 45%.
        assertThat(text).contains("Tỷ lệ lao động qua đào tạo đạt 45%");
        // A stock over the quarter: the last month's figure.
        assertThat(text).contains("Số người tham gia bảo hiểm y tế đạt 2.006 người");
        assertThat(r.review()).anySatisfy(i -> assertThat(i.key()).isEqualTo("LUY_KE:LD01"));
        assertThat(text).contains("Thực hiện Nghị quyết số 12/NQ-HĐND ngày 20/12/2022 của Hội đồng nhân dân xã Chí Cà.");
    }

    @Test
    void theClerkMayProRateAFlowsYearPlan() {
        StoredReport draft = service.draft("bao-cao-6-thang", COMMUNE, Period.firstHalf(2023), Issuer.NQ_HDND, List.of(), null);
        draft = draft.withSettings(ReportSettings.fromJson(draft.settingsJson()).withProRata(true).toJson());
        String text = String.join("\n", paragraphs(service.compose(draft).document()));
        // 2 × 21 = 42 against 6/12 of 100 = 50.
        assertThat(text).contains("đạt 42 lao động, so với kế hoạch theo tiến độ (Nghị quyết) đạt 84%");
    }

    @Test
    void aMissingMonthIsNamedNotSilentlyLeftOut() {
        db.inTransaction(c -> new ObservationRepository(c).delete("LD01", "XINMAN.CHICA", Period.month(2023, 8), ObservationKind.THUC_HIEN, null));
        try {
            ComposedReport r = service.compose(service.draft("bao-cao-9-thang", COMMUNE, Period.nineMonths(2023), Issuer.NQ_HDND,
                    List.of(), null));
            assertThat(r.review()).filteredOn(i -> i.key().equals("LUY_KE:LD01")).singleElement()
                    .satisfies(i -> assertThat(i.message()).contains("Thiếu số liệu tháng 8 năm 2023"));
        } finally {
            db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD01", "XINMAN.CHICA", Period.month(2023, 8),
                    BigDecimal.valueOf(16)), null));
        }
    }

    /** The paragraphs' printed text (headings are titles, not sentences: a sector is named in I and again in III). */
    static List<String> paragraphs(AdministrativeDocument doc) {
        List<String> out = new ArrayList<>();
        collect(doc.body(), out);
        for (Appendix a : doc.appendices()) {
            collect(a.blocks(), out);
        }
        return out;
    }

    private static void collect(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(p.printedText().replace('\u00a0', ' '));
            } else if (b instanceof LandscapeSection s) {
                collect(s.blocks(), out);
            }
        }
    }

    static List<String> tableCells(AdministrativeDocument doc) {
        List<String> out = new ArrayList<>();
        List<Block> blocks = new ArrayList<>(doc.body());
        doc.appendices().forEach(a -> blocks.addAll(a.blocks()));
        for (Block b : blocks) {
            List<Block> inner = b instanceof LandscapeSection s ? s.blocks() : List.of(b);
            for (Block x : inner) {
                if (x instanceof Table t) {
                    t.headerRows().forEach(r -> r.forEach(c -> out.add(c.plainText())));
                    t.rows().forEach(r -> r.forEach(c -> out.add(c.plainText().replace('\u00a0', ' '))));
                }
            }
        }
        return out;
    }

    /** The footnote texts printed more than once in the document (body, tables and appendices). */
    static List<String> repeatedFootnotes(AdministrativeDocument doc) {
        Map<String, Integer> seen = new HashMap<>();
        List<Block> blocks = new ArrayList<>(doc.body());
        doc.appendices().forEach(a -> blocks.addAll(a.blocks()));
        for (Block b : blocks) {
            List<Block> inner = b instanceof LandscapeSection s ? s.blocks() : List.of(b);
            for (Block x : inner) {
                if (x instanceof Paragraph p) {
                    p.text().footnotes().forEach(f -> seen.merge(f.text(), 1, Integer::sum));
                } else if (x instanceof Table t) {
                    t.rows().forEach(r -> r.forEach(c -> c.footnotes().forEach(f -> seen.merge(f.text(), 1, Integer::sum))));
                }
            }
        }
        return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    /** The sentences of the paragraphs that occur more than once. */
    static List<String> duplicateSentences(List<String> paragraphs) {
        Map<String, Integer> seen = new HashMap<>();
        for (String p : paragraphs) {
            for (String s : SENTENCE_END.split(p.replaceFirst("^[-+*] ", ""))) {
                String t = s.strip();
                if (t.length() > 12) {
                    seen.merge(t, 1, Integer::sum);
                }
            }
        }
        return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
