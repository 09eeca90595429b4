package vn.baocao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.AuthorityLine;
import vn.baocao.document.AuthorityMode;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;
import vn.baocao.document.RichText;
import vn.baocao.document.Signature;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * A body that ends with its table (a Thông báo of a duty roster, then the signature): Nơi nhận and the signature used
 * to stand alone at the top of page 2 when the table filled page 1, in the PDF and in Word alike. The table's last
 * row now goes with them.
 */
class ClosingTableTest {
    @Test
    void noiNhanNeverStartsAPageInThePdf() throws Exception {
        for (int rows = 22; rows < 34; rows++) {
            byte[] pdf = new PdfRenderer().toBytes(roster(rows));
            List<TextLine> lines = PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> !g.text().isBlank());
            TextLine noiNhan = lines.stream().filter(l -> l.text().startsWith("Nơi nhận")).findFirst().orElseThrow();
            assertThat(lines.stream().takeWhile(l -> l != noiNhan)
                    .filter(l -> l.page() == noiNhan.page() && l.text().contains("Cán bộ trực")))
                    .as("table rows above Nơi nhận on its page, %d rows", rows).isNotEmpty();
        }
    }

    @Test
    void theWordFileKeepsTheLastRowAndTheSpacerWithWhatFollows() throws Exception {
        String xml = DocxPart.documentXml(new DocxRenderer().toBytes(roster(28)));
        String lastRow = xml.substring(xml.lastIndexOf("<w:tr>", xml.indexOf("Cán bộ trực ngày 27")),
                xml.indexOf("</w:tr>", xml.indexOf("Cán bộ trực ngày 27")));
        String beforeLast = xml.substring(xml.lastIndexOf("<w:tr>", xml.indexOf("Cán bộ trực ngày 26")),
                xml.indexOf("</w:tr>", xml.indexOf("Cán bộ trực ngày 26")));
        String afterTable = xml.substring(xml.indexOf("</w:tbl>", xml.indexOf("Cán bộ trực ngày 27")));
        assertThat(lastRow).contains("<w:keepNext w:val=\"on\"/>");
        assertThat(beforeLast).doesNotContain("keepNext");
        assertThat(afterTable.substring(0, afterTable.indexOf("</w:p>"))).contains("<w:keepNext w:val=\"on\"/>");
    }

    private static AdministrativeDocument roster(int rows) {
        List<List<RichText>> body = new ArrayList<>();
        for (int i = 1; i < rows; i++) {
            body.add(List.of(RichText.plain(String.valueOf(i)), RichText.plain("Cán bộ trực ngày " + i)));
        }
        Table table = new Table(List.of(new TableColumn(1, TableColumn.CellAlignment.CENTER),
                new TableColumn(5, TableColumn.CellAlignment.LEFT)),
                List.of(List.of(RichText.plain("STT"), RichText.plain("Cán bộ"))), body);
        return DocumentBuilder.of(DocumentType.THONG_BAO)
                .agency(List.of(), List.of("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN"))
                .number(1, "TB-UBND")
                .placeAndDate("Nấm Dẩn", LocalDate.of(2026, 2, 1))
                .summary("Lịch trực Tết Bính Ngọ")
                .paragraph("Lịch trực như sau:")
                .block(table)
                .recipients("Các cán bộ có tên", "Lưu: VT")
                .signature(new Signature(List.of(new AuthorityLine(AuthorityMode.TM, "ỦY BAN NHÂN DÂN")), "CHỦ TỊCH",
                        "Nguyễn Văn An"))
                .build();
    }

}
