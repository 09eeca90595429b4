package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.Paragraph;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.store.Database;

/**
 * The wording rules of a Báo cáo, read from the rendered PDF of the demo's reports as the clerk prints them (default
 * indicators, nothing added to the store): the district's annual report 2023 and the commune Chí Cà's, which has no
 * plan of its own. Each sector tells what the store holds for it in the seed's register; nothing is said twice; a
 * lower-is-better figure is "là", never "đạt"; a nil count of something bad reads "không có … nào"; no heading stands
 * over nothing.
 */
class ReportWordingTest {
    @TempDir
    static Path dir;
    static Database db;
    static ReportService service;
    static AdministrativeDocument district;
    static String districtText;
    static AdministrativeDocument commune;
    static ComposedReport communeReport;
    static String communeText;

    @BeforeAll
    static void render() throws Exception {
        db = DemoReports.demoDatabase(dir);
        service = new ReportService(db);
        district = service.compose(service.draft("bao-cao-nam", "XINMAN", Period.year(2023), Issuer.NQ_HDND, List.of(), null)).document();
        districtText = pdfText(district);
        communeReport = service.compose(service.draft("bao-cao-nam", "XINMAN.CHICA", Period.year(2023), Issuer.NQ_HDND, List.of(), null));
        commune = communeReport.document();
        communeText = pdfText(commune);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** The PDF's text as one line: line ends joined, footnote numbers left where they print. */
    static String pdfText(AdministrativeDocument doc) throws Exception {
        byte[] pdf = new PdfRenderer().toBytes(doc);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void everySectorTellsTheOtherFiguresTheStoreHoldsForIt() {
        // Labour: a figure not assigned by the Nghị quyết, with the district's and the province's plans and cùng kỳ.
        assertThat(districtText).contains("Năm 2023, số lao động nông thôn được đào tạo nghề đạt 2.230 người, đạt 117,06% kế hoạch "
                + "huyện giao và 420,75% kế hoạch tỉnh giao, so với cùng kỳ năm trước tăng 1.290 người (tăng 137,23%);");
        assertThat(districtText).contains("số hộ nghèo là 8.632 hộ, so với cùng kỳ năm trước giảm 864 hộ (giảm 9,1%)")
                .contains("tỷ lệ hộ nghèo (đa chiều) là 58,82%").contains("không có vụ tai nạn lao động nào");
        // Insurance: what is below its plan comes after "Tuy nhiên".
        assertThat(districtText).contains("Năm 2023, tổng số thu BHXH, BHYT, BHTN đạt 67.148 triệu đồng, đạt 101,71% kế hoạch giao, "
                + "so với cùng kỳ năm trước tăng 7.416 triệu đồng (tăng 12,42%);")
                .contains("Tuy nhiên, số người tham gia BHXH bắt buộc đạt 2.765 người, đạt 86,46% kế hoạch giao; số người tham gia "
                        + "bảo hiểm thất nghiệp đạt 2.106 người, đạt 74,29% kế hoạch giao.");
        // Health and education: the figures the Nghị quyết did not assign.
        assertThat(districtText).contains("tổng số lượt khám chữa bệnh đạt 82.743 lượt, so với cùng kỳ năm trước giảm 4.465 lượt (giảm 5,12%)")
                .contains("số học viên được xóa mù chữ đạt 675 học viên");
        // A chỉ tiêu giao told in section 2 adds only what section 2 left out: the other bodies' plans.
        assertThat(districtText).contains("số lao động được giải quyết việc làm (tạo việc làm mới) đạt 2.278 lao động, đạt 65,09% kế "
                + "hoạch huyện giao và 150,76% kế hoạch tỉnh giao");
    }

    @Test
    void everySectorOfPartOneHasADataBearingParagraph() {
        Map<String, List<String>> sectors = sectorParagraphs(district);
        assertThat(sectors).hasSize(5);
        sectors.forEach((heading, paragraphs) -> assertThat(String.join(" ", paragraphs)).as(heading).containsPattern("\\d"));
        // Beyond the clerk's opener and the count of chỉ tiêu giao, a narrative with figures.
        sectors.forEach((heading, paragraphs) -> assertThat(paragraphs).as(heading)
                .anySatisfy(p -> assertThat(p).startsWith("Năm 2023, ").containsPattern("\\d")));
    }

    @Test
    void tồnTạiAndPhươngHướngNameTheMissedFiguresWithTheirNumbers() {
        assertThat(districtText).contains("- Chỉ tiêu số người tham gia BHXH bắt buộc mới đạt 2.765 người so với kế hoạch giao 3.198 người (bằng 86,46%).");
        assertThat(districtText).contains("Tập trung khắc phục những chỉ tiêu năm 2023 chưa đạt: số lao động được giải quyết việc làm "
                + "(tạo việc làm mới) đạt 65,09% kế hoạch.");
        assertThat(districtText).contains("Tập trung khắc phục những chỉ tiêu năm 2023 chưa đạt: số người tham gia BHXH tự nguyện đạt "
                + "46,98% kế hoạch; số người tham gia BHXH bắt buộc đạt 86,46% kế hoạch giao;");
    }

    @Test
    void noSentenceIsPrintedTwice() {
        assertThat(duplicates(districtText)).as("district").isEmpty();
        assertThat(duplicates(communeText)).as("commune").isEmpty();
    }

    @Test
    void lowerIsBetterFiguresAreNeverSaidToBeAchieved() {
        for (String text : List.of(districtText, communeText)) {
            assertThat(text).doesNotContainPattern("(?i)tỷ lệ hộ nghèo \\(đa chiều\\) đạt")
                    .doesNotContainPattern("(?i)tỷ lệ tăng dân số tự nhiên đạt")
                    .doesNotContainPattern("(?i)suy dinh dưỡng thể nhẹ cân \\(cân nặng/tuổi\\) đạt")
                    .doesNotContainPattern("(?i)tai nạn lao động (đạt|là) 0")
                    .doesNotContain("đạt 0 ");
        }
    }

    @Test
    void aPercentOfPlanIsNamedAsSuch() {
        // "đạt 50,2%" alone would read as the rate itself: in the summary's list and the focus, a percent of plan
        // is always followed by the plan it is of.
        Matcher m = Pattern.compile("\\(\\d\\)\\. [^;.]*? đạt (\\d+(,\\d+)?%)( [^;.]{0,30})?[;.]").matcher(districtText);
        int seen = 0;
        while (m.find()) {
            seen++;
            assertThat(m.group(3)).as(m.group()).isNotNull().startsWith(" kế hoạch");
        }
        assertThat(seen).isEqualTo(3);
    }

    @Test
    void aCommuneWithoutPlansTellsItsFiguresOnceAndMarksWhatOnlyTheClerkKnows() {
        assertThat(communeText).contains("Số lao động được hỗ trợ đi làm việc ngoài tỉnh theo Nghị quyết 27/2019/NQ-HĐND đạt 62 lao động.")
                .contains("[Ghi những kết quả nổi bật năm 2023.]").contains("[Ghi những tồn tại, hạn chế năm 2023.]")
                .doesNotContain("không có chỉ tiêu nào")
                // no lead-in over a table that has no row (no plan for 2024 is stored for the commune)
                .doesNotContain("Các chỉ tiêu chủ yếu phấn đấu thực hiện:");
        assertThat(communeReport.review()).extracting(ReviewItem::message)
                .anySatisfy(m -> assertThat(m).contains("[Ghi những kết quả nổi bật năm 2023.]"))
                .anySatisfy(m -> assertThat(m).contains("[Ghi những tồn tại, hạn chế năm 2023.]"));
        assertThat(headingsFollowedByNothing(commune)).isEmpty();
        assertThat(headingsFollowedByNothing(district)).isEmpty();
    }

    /** Per sector heading under "3. Kết quả đạt được trên từng lĩnh vực", its paragraphs. */
    static Map<String, List<String>> sectorParagraphs(AdministrativeDocument doc) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        String current = null;
        for (Block b : doc.body()) {
            if (b instanceof Heading h) {
                current = h.level() == HeadingLevel.DECIMAL && h.label().startsWith("3.") ? h.printedText() : null;
                if (current != null) {
                    out.put(current, new ArrayList<>());
                }
            } else if (b instanceof Paragraph p && current != null) {
                out.get(current).add(p.printedText().replace('\u00a0', ' '));
            }
        }
        return out;
    }

    /** Headings of sections I–III directly followed by another heading of the same or a higher level, or by nothing. */
    static List<String> headingsFollowedByNothing(AdministrativeDocument doc) {
        List<String> out = new ArrayList<>();
        List<Block> body = doc.body();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Heading h && h.level() != HeadingLevel.ROMAN) {
                Block next = i + 1 < body.size() ? body.get(i + 1) : null;
                if (next == null || next instanceof Heading n && n.level().ordinal() <= h.level().ordinal()) {
                    out.add(h.printedText());
                }
            }
        }
        return out;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu}|- )");

    /** Sentences of more than 40 characters printed more than once (the letterhead and page numbers are shorter). */
    static List<String> duplicates(String text) {
        Map<String, Integer> seen = new HashMap<>();
        for (String s : SENTENCE_END.split(text)) {
            String t = s.strip().replaceFirst("^- ", "");
            if (t.length() > 40) {
                seen.merge(t, 1, Integer::sum);
            }
        }
        return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
