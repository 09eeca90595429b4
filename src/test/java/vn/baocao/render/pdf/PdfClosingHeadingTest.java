package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.baocao.document.AuthorityLine;
import vn.baocao.document.AuthorityMode;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.Signature;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;

/**
 * A heading right before the body's closing paragraph ("III. TỔ CHỨC THỰC HIỆN" and its one paragraph, as a Kế
 * hoạch ends) goes to the next page with that paragraph and the signature, as Word's chained "keep with next" takes
 * it there. The PDF used to leave it alone at the foot of the page. The text above is made one line longer each
 * time, so that the page break falls on every line of the ending in turn.
 */
class PdfClosingHeadingTest {
    private static final String LAST_HEADING = "TỔ CHỨC THỰC HIỆN";

    @Test
    void theLastHeadingNeverEndsAPage() throws Exception {
        for (int filler = 18; filler < 34; filler++) {
            byte[] pdf = render(filler);
            assertThat(lastLineOfEachPage(pdf).values()).as("last line of each page, %d lines above", filler)
                    .noneMatch(line -> line.contains(LAST_HEADING));
        }
    }

    @Test
    void theHeadingStaysOnThePageOfItsParagraph() throws Exception {
        for (int filler = 18; filler < 34; filler++) {
            List<TextLine> lines = PdfGlyphs.lines(PdfGlyphs.read(render(filler)), g -> !g.text().isBlank());
            TextLine heading = lines.stream().filter(l -> l.text().contains(LAST_HEADING)).findFirst().orElseThrow();
            TextLine closing = lines.stream().filter(l -> l.text().startsWith("Văn phòng")).findFirst().orElseThrow();
            assertThat(heading.page()).as("%d lines above", filler).isEqualTo(closing.page());
        }
    }

    private static Map<Integer, String> lastLineOfEachPage(byte[] pdf) throws Exception {
        Map<Integer, String> last = new TreeMap<>();
        // page numbers sit above 60 pt from the top
        PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> !g.text().isBlank() && g.y() > 60)
                .forEach(l -> last.put(l.page(), l.text()));
        last.remove(PdfGlyphs.pages(pdf));
        return last;
    }

    private static byte[] render(int filler) {
        DocumentBuilder b = DocumentBuilder.of(DocumentType.KE_HOACH)
                .agency(List.of("UBND TỈNH TUYÊN QUANG"), List.of("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN"))
                .number(32, "KH-UBND")
                .placeAndDate("Nấm Dẩn", LocalDate.of(2026, 1, 20))
                .summary("Thực hiện chuyển đổi số năm 2026");
        for (int i = 0; i < filler; i++) {
            b.paragraph("Dòng thêm " + i + ".");
        }
        b.heading(HeadingLevel.ROMAN, "III.", LAST_HEADING);
        b.paragraph("Văn phòng HĐND và UBND xã là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả báo cáo"
                + " UBND tỉnh trước ngày 15/12/2026./.");
        b.recipients("UBND tỉnh (b/c)", "Các cơ quan, đơn vị", "Lưu: VT");
        b.signature(new Signature(List.of(new AuthorityLine(AuthorityMode.Q, "CHỦ TỊCH")), "PHÓ CHỦ TỊCH",
                "Lù Văn Dũng"));
        return new PdfRenderer().toBytes(b.build());
    }
}
