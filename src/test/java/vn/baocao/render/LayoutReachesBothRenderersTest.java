package vn.baocao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.RichText;
import vn.baocao.document.SizeProfile;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.render.check.RenderedSizes;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * One value changed in render.layout reaches the Word file and the PDF without a change to either renderer: the
 * body size (a text style) and the table border (a {@link Measure}), read back with POI and PDFBox.
 */
class LayoutReachesBothRenderersTest {
    static AdministrativeDocument document() {
        DocumentBuilder b = DocumentBuilder.of(DocumentType.BAO_CAO)
                .agency(List.of("UBND TỈNH HÀ GIANG"), List.of("ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN"))
                .number(5, "BC-UBND").placeAndDate("Xín Mần", LocalDate.of(2024, 1, 5))
                .summary("Kết quả thực hiện nhiệm vụ năm 2023")
                .heading(HeadingLevel.ROMAN, "I.", "KẾT QUẢ");
        for (int i = 0; i < 6; i++) {
            b.paragraph("Tổng giá trị sản xuất trên địa bàn ước đạt 2.278 tỷ đồng, tăng 8,5% so với cùng kỳ năm trước; "
                    + "thu nhập bình quân đầu người đạt 32,4 triệu đồng một năm.");
        }
        b.block(new Table(List.of(new TableColumn(1, TableColumn.CellAlignment.CENTER), new TableColumn(5, null)),
                List.of(List.of(RichText.plain("STT"), RichText.plain("Chỉ tiêu"))),
                List.of(List.of(RichText.plain("1"), RichText.plain("Tỷ lệ hộ nghèo")))));
        return b.recipients("Như trên", "Lưu: VT").build();
    }

    static byte[] docx(AdministrativeDocument d, DocumentLayout layout) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer().write(d, layout, out);
        return out.toByteArray();
    }

    @Test
    void aChangedBodySizeIsTheBodySizeOfBothFiles() throws Exception {
        AdministrativeDocument d = document();
        DocumentLayout nd30 = DocumentLayout.forProfile(SizeProfile.P14);
        DocumentLayout changed = nd30.withStyle(Element.BODY, withSize(nd30, Element.BODY, 15.5));

        assertThat(RenderedSizes.wordStyleSizePt(docx(d, nd30), "BodyText")).isEqualTo(14.0);
        assertThat(RenderedSizes.pdfCommonestSizePt(new PdfRenderer().toBytes(d, nd30))).isEqualTo(14.0);
        assertThat(RenderedSizes.wordStyleSizePt(docx(d, changed), "BodyText")).isEqualTo(15.5);
        assertThat(RenderedSizes.pdfCommonestSizePt(new PdfRenderer().toBytes(d, changed))).isEqualTo(15.5);
    }

    @Test
    void aChangedTableBorderIsTheBorderOfBothFiles() throws Exception {
        AdministrativeDocument d = document();
        DocumentLayout nd30 = DocumentLayout.forProfile(SizeProfile.P14);
        DocumentLayout changed = nd30.with(Measure.TABLE_BORDER_PT, 1.5);

        assertThat(RenderedSizes.wordTableBorderPt(docx(d, nd30))).isEqualTo(0.5);
        assertThat(RenderedSizes.pdfLineWidths(new PdfRenderer().toBytes(d, nd30))).doesNotContain(1.5);
        assertThat(RenderedSizes.wordTableBorderPt(docx(d, changed))).isEqualTo(1.5);
        assertThat(RenderedSizes.pdfLineWidths(new PdfRenderer().toBytes(d, changed))).contains(1.5);
    }

    private static vn.baocao.render.layout.TextStyle withSize(DocumentLayout layout, Element e, double size) {
        var s = layout.style(e);
        return new vn.baocao.render.layout.TextStyle(size, s.bold(), s.italic(), s.align(), s.spaceBeforePt(),
                s.spaceAfterPt(), s.lineHeightPt(), s.firstLineIndentCm(), s.leftIndentCm());
    }
}
