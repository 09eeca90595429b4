package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.RichText;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.document.TableColumn.CellAlignment;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;

/**
 * Keep-with-next in the PDF: a Biểu's group row ("I  Nhóm …") and a band heading ("* Các chỉ tiêu …") are never the
 * last thing on a page. The document is rendered again and again with one more line of text above the table, so
 * that the page break falls on every row of it in turn.
 */
class PdfKeepWithNextTest {
    private static final int GROUPS = 9;
    private static final int MEMBERS = 3;
    /** Enough extra lines to move the page break over a whole group (a group row and its members). */
    private static final int SHIFTS = 10;

    @Test
    void aGroupRowIsNeverLastOnItsPage() throws Exception {
        for (int filler = 0; filler < SHIFTS; filler++) {
            Map<Integer, String> last = lastTableLineOfEachPage(render(filler, true));
            assertThat(last.values()).as("last table line of each page, %d lines above the table", filler)
                    .noneMatch(line -> line.contains("NHÓM"));
        }
    }

    /** The same sweep without the keep strands a group row: the test above would see it. */
    @Test
    void withoutTheKeepAGroupRowIsStranded() throws Exception {
        boolean stranded = false;
        for (int filler = 0; filler < SHIFTS && !stranded; filler++) {
            stranded = lastTableLineOfEachPage(render(filler, false)).values().stream()
                    .anyMatch(line -> line.contains("NHÓM"));
        }
        assertThat(stranded).isTrue();
    }

    @Test
    void keptRowsAreDrawnWhereTheyWouldBeWithoutTheKeep() throws Exception {
        // the whole table on page 1: no break, so the kept runs must measure exactly as the rows alone
        List<TextLine> kept = PdfGlyphs.lines(PdfGlyphs.read(render(-30, true)), g -> !g.text().isBlank());
        List<TextLine> plain = PdfGlyphs.lines(PdfGlyphs.read(render(-30, false)), g -> !g.text().isBlank());
        List<String> keptLines = positions(kept, 1);
        assertThat(keptLines).anyMatch(l -> l.contains("NHÓM 5")).isEqualTo(positions(plain, 1));
    }

    @Test
    void aBandHeadingIsNeverLastOnItsPage() throws Exception {
        for (int filler = 0; filler < 40; filler += 1) {
            DocumentBuilder b = start();
            for (int i = 0; i < filler; i++) {
                b.paragraph("Dòng thêm " + i + ".");
            }
            for (int band = 1; band <= 6; band++) {
                b.heading(HeadingLevel.DECIMAL, "*", "Các chỉ tiêu BĂNG " + band + " (02 chỉ tiêu)");
                b.dash("Chỉ tiêu thứ nhất của băng " + band + " đạt 100% kế hoạch, so với cùng kỳ năm trước tăng 5%.");
                b.dash("Chỉ tiêu thứ hai của băng " + band + " đạt 98% kế hoạch.");
            }
            byte[] pdf = new PdfRenderer().toBytes(b.build());
            List<TextLine> lines = PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> !g.text().isBlank() && g.y() > 60);
            Map<Integer, String> lastOfPage = new TreeMap<>();
            lines.forEach(l -> lastOfPage.put(l.page(), l.text()));
            lastOfPage.remove(PdfGlyphs.pages(pdf));
            assertThat(lastOfPage.values()).as("last line of each page, %d lines before the bands", filler)
                    .noneMatch(line -> line.contains("BĂNG") && line.startsWith("*"));
        }
    }

    private static List<String> positions(List<TextLine> lines, int page) {
        return lines.stream().filter(l -> l.page() == page)
                .map(l -> String.format("%.1f %.1f %s", l.left(), l.y(), l.text())).toList();
    }

    /** The last line of the table on each page but the table's last (page numbers are at the top, above 60 pt). */
    private static Map<Integer, String> lastTableLineOfEachPage(byte[] pdf) throws Exception {
        Map<Integer, String> out = new TreeMap<>();
        for (TextLine line : PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> !g.text().isBlank() && g.y() > 60)) {
            if (line.text().contains("NHÓM") || line.text().contains("Chỉ tiêu")) {
                out.put(line.page(), line.text());
            }
        }
        out.remove(PdfGlyphs.pages(pdf));
        return out;
    }

    /** With {@code 30 + filler} lines of text above the table. */
    private static byte[] render(int filler, boolean keep) {
        DocumentBuilder b = start();
        // fill most of page 1 so that the table breaks onto page 2
        for (int i = 0; i < 30 + filler; i++) {
            b.paragraph("Dòng thêm " + i + ".");
        }
        b.block(table(keep));
        return new PdfRenderer().toBytes(b.build());
    }

    private static Table table(boolean keep) {
        List<TableColumn> columns = List.of(new TableColumn(0.7, CellAlignment.CENTER),
                new TableColumn(5, CellAlignment.LEFT), new TableColumn(1.2, CellAlignment.CENTER),
                new TableColumn(1.5, CellAlignment.RIGHT));
        List<List<RichText>> rows = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (int g = 1; g <= GROUPS; g++) {
            groups.add(rows.size());
            rows.add(cells(roman(g), "NHÓM " + g, "", ""));
            for (int m = 1; m <= MEMBERS; m++) {
                rows.add(cells(String.valueOf(m), "Chỉ tiêu " + g + "." + m, "%", "100"));
            }
        }
        return new Table(columns, List.of(cells("STT", "Tên chỉ tiêu", "ĐVT", "Kế hoạch")), rows,
                keep ? groups : List.of());
    }

    private static String roman(int n) {
        return new String[] {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}[n - 1];
    }

    private static List<RichText> cells(String... texts) {
        return java.util.Arrays.stream(texts).map(RichText::plain).toList();
    }

    private static DocumentBuilder start() {
        return DocumentBuilder.of(DocumentType.BAO_CAO)
                .agency(List.of(), List.of("ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN"))
                .number(1, "UBND")
                .placeAndDate("Xín Mần", LocalDate.of(2024, 1, 5))
                .summary("Thử giữ dòng");
    }
}
