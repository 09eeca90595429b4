package vn.baocao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * Text pasted from Word with characters that print nothing (a line separator, a vertical tab, a byte order mark) and
 * Word's Symbol-font bullet: the PDF used to fail ("Embedded fonts shall define all glyphs", the clerk got no file),
 * and the Word file showed "?" for the vertical tab.
 */
class PastedTextRenderTest {
    private static final String PASTED = "\uF0B7\tBước một\u2028dòng hai\u000Bngắt\uFEFF mềm.";

    @Test
    void thePdfIsMadeAndSaysTheText() throws Exception {
        byte[] pdf = new PdfRenderer().toBytes(document());
        String text;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(d);
        }
        assertThat(text.replaceAll("\\s+", " ")).contains("• Bước một dòng hai ngắt mềm.");
    }

    @Test
    void theWordFileHasNoQuestionMarkForAnUnprintableCharacter() throws Exception {
        String xml = DocxPart.documentXml(new DocxRenderer().toBytes(document()));
        assertThat(xml).contains("dòng hai ngắt mềm.");
        assertThat(xml.substring(xml.indexOf("<w:body>"))).doesNotContain("?");
    }

    private static AdministrativeDocument document() {
        return DocumentBuilder.of(DocumentType.THONG_BAO)
                .agency(List.of(), List.of("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN"))
                .number(3, "TB-UBND")
                .placeAndDate("Nấm Dẩn", LocalDate.of(2026, 4, 9))
                .summary("Văn bản dán từ Word")
                .paragraph(PASTED)
                .recipients("Lưu: VT")
                .build();
    }

}
