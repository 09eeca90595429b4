package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentType;
import vn.baocao.document.demo.Demo2025;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.docx.DocxLayoutTest;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfLayoutTest;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.store.Database;
import vn.baocao.store.SettingsRepository;
import vn.baocao.store.StoredReport;
import vn.baocao.store.UnitChoice;

/**
 * The Công văn, Thông báo and Kế hoạch as the clerk of the 2025 commune (xã Nấm Dẩn, tỉnh Tuyên Quang) and of the
 * Xín Mần demo (huyện, tỉnh Hà Giang) gets them: the text read back from the PDF and the Word file, and the ND30
 * layout checks of both.
 */
class OtherDocumentTypesTest {
    static final Path OUT = Path.of("target", "report-out", "other-types");
    @TempDir
    static Path dir;
    static Database commune;
    static Database district;

    @BeforeAll
    static void data() throws Exception {
        commune = Database.open(dir.resolve("commune.db"));
        Demo2025.load(commune, LocalDate.of(2025, 10, 15));
        commune.inTransaction(c -> new UnitChoice(c).use(Demo2025.COMMUNE, null));
        java.nio.file.Files.createDirectories(dir.resolve("d"));
        district = DemoReports.demoDatabase(dir.resolve("d"));
        java.nio.file.Files.createDirectories(OUT);
    }

    // ---- Công văn ------------------------------------------------------------------------------

    @Test
    void aLetterOfTheCommuneGoesToItsProvinceAndItsNoiNhanStartsWithNhuTren() throws Exception {
        Rendered cv = render(commune, "cong-van", Demo2025.COMMUNE, Period.nineMonths(2025), null);
        assertThat(cv.pdfText()).contains("Kính gửi: Ủy ban nhân dân tỉnh Tuyên Quang.").doesNotContain("cấp trên");
        assertThat(cv.docxText()).contains("Kính gửi: Ủy ban nhân dân tỉnh Tuyên Quang.").doesNotContain("cấp trên");
        // Nơi nhận: "Như trên" first; the province is the Kính gửi, so it is not listed again
        assertThat(cv.recipients()).first().isEqualTo("- Như trên;");
        assertThat(cv.recipients()).last().isEqualTo("- Lưu: VT.");
        assertThat(cv.recipients()).noneMatch(l -> l.contains("Tuyên Quang"));
        assertThat(cv.docxText()).contains("- Như trên;");
    }

    @Test
    void theLettersVvStandsUnderTheNumberInTheLeftColumnWithoutAFullStop() throws Exception {
        Rendered cv = render(commune, "cong-van", Demo2025.COMMUNE, Period.nineMonths(2025), null);
        List<TextLine> page1 = cv.lines().stream().filter(l -> l.page() == 1).toList();
        TextLine number = page1.stream().filter(l -> l.text().startsWith("Số:")).findFirst().orElseThrow();
        TextLine vv = page1.stream().filter(l -> l.text().startsWith("V/v ")).findFirst().orElseThrow();
        // ND30 ô 5b: under the Số, centred in the left column (6 cm of a 16 cm text width), regular, no full stop
        assertThat(vv.y()).isGreaterThan(number.y());
        assertThat(vv.right()).isLessThan(number.left() + 200);
        assertThat(vv.allBold()).isFalse();
        assertThat(cv.document().letterSummary()).startsWith("V/v báo cáo kết quả thực hiện các chỉ tiêu được giao 9 tháng năm 2025")
                .doesNotEndWith(".");
        assertThat(cv.document().number().format()).endsWith("/UBND-VX");
    }

    @Test
    void aLetterOfAnAreaWithoutAKnownSuperiorAsksForItInsteadOfGuessing() {
        // the Xín Mần district's province is stored; its top area (the province itself) has none above it
        ReportService service = new ReportService(district);
        StoredReport draft = service.draft("cong-van", "HAGIANG", Period.year(2023), Issuer.NQ_HDND, List.of(), null);
        ComposedReport composed = service.compose(draft);
        assertThat(composed.document().addressees()).containsExactly("[Ghi cơ quan nhận văn bản]");
        assertThat(composed.review()).anyMatch(i -> i.key().equals("KINH_GUI") && i.message().contains("Kính gửi"));
    }

    @Test
    void aLetterOfTheDistrictGoesToItsProvinceFromTheAreaTree() throws Exception {
        Rendered cv = render(district, "cong-van", "XINMAN", Period.year(2023), null);
        assertThat(cv.pdfText()).contains("Kính gửi: Ủy ban nhân dân tỉnh Hà Giang.");
        assertThat(cv.review()).noneMatch(i -> i.key().equals("KINH_GUI"));
    }

    @Test
    void nơiNhanSavedInCaiDatForTheTypeAreUsedAndTheCommandLineMayNameTheAddressee() throws Exception {
        commune.inTransaction(c -> {
            new SettingsRepository(c).put(OfficeRecipients.KEY_PREFIX + DocumentType.CONG_VAN.name(),
                    "Như trên\nSở Tài chính tỉnh Tuyên Quang\nLưu: VT, VP");
            return null;
        });
        try {
            Rendered cv = render(commune, "cong-van", Demo2025.COMMUNE, Period.nineMonths(2025),
                    s -> s.withAddressees(List.of("Sở Tài chính tỉnh Tuyên Quang", "Sở Nội vụ tỉnh Tuyên Quang")));
            assertThat(cv.recipients()).containsExactly("- Như trên;", "- Sở Tài chính tỉnh Tuyên Quang;", "- Lưu: VT, VP.");
            assertThat(cv.pdfText()).contains("Kính gửi:", "- Sở Tài chính tỉnh Tuyên Quang;", "- Sở Nội vụ tỉnh Tuyên Quang.");
        } finally {
            commune.inTransaction(c -> {
                new SettingsRepository(c).put(OfficeRecipients.KEY_PREFIX + DocumentType.CONG_VAN.name(), "");
                return null;
            });
        }
    }

    // ---- Thông báo -----------------------------------------------------------------------------

    @Test
    void aNoticeOfTheCommuneSpeaksAsItsCommitteeWithItsOwnBodyAndNoiNhan() throws Exception {
        Rendered tb = render(commune, "thong-bao", Demo2025.COMMUNE, Period.nineMonths(2025), null);
        for (String text : List.of(tb.pdfText(), tb.docxText())) {
            assertThat(text).contains("THÔNG BÁO", "Kết quả thực hiện các chỉ tiêu được giao 9 tháng năm 2025",
                    "Ủy ban nhân dân xã Nấm Dẩn thông báo như sau:", "1. Kết quả thực hiện các chỉ tiêu", "2. Yêu cầu",
                    "Ủy ban nhân dân xã Nấm Dẩn thông báo để các cơ quan, đơn vị biết, thực hiện./.")
                    // the figures are told, not an empty list
                    .contains("Số người tham gia bảo hiểm y tế đạt 11.552 người");
        }
        assertThat(tb.document().number().format()).endsWith("/TB-UBND");
        assertThat(tb.recipients()).containsExactly("- UBND tỉnh Tuyên Quang (b/c);", "- Thường trực Đảng ủy xã;",
                "- Thường trực HĐND xã;", "- Các cơ quan, đơn vị liên quan;", "- Lưu: VT.");
    }

    @Test
    void aNoticeOfThePeoplesCouncilIsNumberedAndWordedAsTheCouncil() throws Exception {
        commune.inTransaction(c -> new UnitChoice(c).use(Demo2025.COMMUNE, "HDND"));
        try {
            Rendered tb = render(commune, "thong-bao", Demo2025.COMMUNE, Period.nineMonths(2025), null);
            assertThat(tb.document().number().format()).endsWith("/TB-HĐND");
            assertThat(tb.document().letterhead().issuingAgency()).containsExactly("HỘI ĐỒNG NHÂN DÂN", "XÃ NẤM DẨN");
            assertThat(tb.pdfText()).contains("Hội đồng nhân dân xã Nấm Dẩn thông báo như sau:")
                    .doesNotContain("Ủy ban nhân dân xã Nấm Dẩn thông báo");
        } finally {
            commune.inTransaction(c -> new UnitChoice(c).use(Demo2025.COMMUNE, null));
        }
    }

    // ---- Kế hoạch ------------------------------------------------------------------------------

    @Test
    void aPlanForNextYearTablesItsTargetsOnlyAndIsDatedAsAPlan() throws Exception {
        Rendered kh = render(district, "ke-hoach", "XINMAN", Period.year(2024), null);
        for (String text : List.of(kh.pdfText(), kh.docxText())) {
            assertThat(text).contains("KẾ HOẠCH", "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024",
                    "Căn cứ kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023",
                    "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024", "Số lượt khách du lịch", "110.000")
                    .doesNotContain("Không đạt", "Ước thực hiện", "% kế hoạch");
        }
        assertThat(kh.document().placeAndDate().year()).isEqualTo(2024);
        vn.baocao.document.Table table = kh.document().appendices().get(0).blocks().stream()
                .filter(b -> b instanceof vn.baocao.document.Table).map(b -> (vn.baocao.document.Table) b).findFirst().orElseThrow();
        String header = table.headerRows().stream().flatMap(List::stream).map(vn.baocao.document.RichText::plainText)
                .collect(Collectors.joining(" | "));
        assertThat(header).contains("Kế hoạch năm 2024").doesNotContain("Thực hiện", "Đánh giá", "Cùng kỳ");
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.stream().map(vn.baocao.document.RichText::plainText))
                .doesNotContain("Đạt", "Không đạt", "Vượt"));
        // a plan has no results yet: the review does not ask for them
        assertThat(kh.review()).noneMatch(i -> i.key().startsWith("THIEU_THUC_HIEN:") || i.key().startsWith("THIEU_CUNG_KY:"));
    }

    @Test
    void aQuarterPlanIsDrawnUpOnThePreviousQuarter() throws Exception {
        Rendered kh = render(district, "ke-hoach", "XINMAN", Period.quarter(2024, 2), null);
        assertThat(kh.pdfText()).contains("Căn cứ kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I năm 2024")
                .contains("Kế hoạch thực hiện nhiệm vụ quý II năm 2024");
    }

    // ---- helpers -------------------------------------------------------------------------------

    /**
     * @param lines     the PDF's lines, whole
     * @param leftLines the lines of the left column only (left of the footer's split), where Nơi nhận stands
     */
    record Rendered(AdministrativeDocument document, List<ReviewItem> review, List<TextLine> lines, List<TextLine> leftLines,
                    String docxText) {
        String pdfText() {
            return lines.stream().map(TextLine::text).collect(Collectors.joining(" "));
        }

        /** The Nơi nhận lines of the PDF (the left footer column, after "Nơi nhận:"). */
        List<String> recipients() {
            List<TextLine> all = leftLines;
            int at = 0;
            while (at < all.size() && !all.get(at).text().startsWith("Nơi nhận:")) {
                at++;
            }
            TextLine label = all.get(at);
            return all.stream().filter(l -> l.page() == label.page() && l.y() > label.y() && l.left() < label.left() + 5
                    && l.text().startsWith("- ")).map(TextLine::text).toList();
        }
    }

    static Rendered render(Database db, String template, String area, Period period,
                           java.util.function.UnaryOperator<ReportSettings> change) throws Exception {
        ReportService service = new ReportService(db);
        StoredReport draft = service.draft(template, area, period, Issuer.NQ_HDND, List.of(), null);
        ReportSettings settings = ReportSettings.fromJson(draft.settingsJson()).withSigner("Lò Văn Minh");
        draft = draft.withSettings((change == null ? settings : change.apply(settings)).toJson());
        ComposedReport composed = service.compose(draft);
        AdministrativeDocument doc = composed.document();
        byte[] pdf = new PdfRenderer().toBytes(doc);
        byte[] docx = new DocxRenderer().toBytes(doc);
        String name = template + "-" + area + "-" + period.code();
        java.nio.file.Files.write(OUT.resolve(name + ".pdf"), pdf);
        java.nio.file.Files.write(OUT.resolve(name + ".docx"), docx);
        PdfLayoutTest.checkMargins(name, pdf);
        // the seeds' checks (page numbers, header, footer) hold for the document itself; an appendix numbers its
        // own pages, so they run on the document without it (as EveryPeriodReportTest does)
        AdministrativeDocument main = new AdministrativeDocument(doc.type(), doc.profile(), doc.letterhead(), doc.number(),
                doc.placeAndDate(), doc.summary(), doc.legalBases(), doc.addressees(), doc.body(), doc.recipients(),
                doc.signature(), List.of());
        PdfLayoutTest.checkDocument(name, main, doc.appendices().isEmpty() ? pdf : new PdfRenderer().toBytes(main));
        DocxLayoutTest.checkDocument(name, main, doc.appendices().isEmpty() ? docx : new DocxRenderer().toBytes(main));
        DocxLayoutTest.checkSameAsPoi(name + " with its appendices", doc);
        // the footer's left column is read apart, so that Nơi nhận lines are not joined to the signer's
        float split = (float) vn.baocao.render.layout.Units.mmToPt(30) + (float) vn.baocao.render.layout.Units.cmToPt(6);
        var glyphs = PdfGlyphs.read(pdf);
        List<TextLine> lines = PdfGlyphs.lines(glyphs, g -> !g.text().isBlank());
        List<TextLine> left = PdfGlyphs.lines(glyphs, g -> !g.text().isBlank() && g.x() < split);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return new Rendered(doc, composed.review(), lines, left, x.getText());
        }
    }
}
