package vn.baocao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.check.Glyph;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;

/** Tables, landscape sections and appendices (not in the seeds) through both renderers. */
class FullModelRenderTest {
    final AdministrativeDocument doc = vn.baocao.document.DocumentJsonSample.sample();

    @Test
    void pdfHasLandscapePagesAndRestartsNumbersInTheAppendix() throws Exception {
        byte[] pdf = new PdfRenderer().toBytes(doc);
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        assertThat(glyphs.stream().anyMatch(g -> g.pageWidth() > g.pageHeight())).isTrue();
        int pages = PdfGlyphs.pages(pdf);
        List<TextLine> numbers = PdfGlyphs.lines(glyphs, g -> g.y() < 50 && !g.text().isBlank());
        // the appendix starts on the last page: its own page 1, so no number there
        assertThat(numbers.stream().filter(l -> l.page() == pages)).isEmpty();
        assertThat(PdfGlyphs.lines(glyphs, g -> g.page() == pages).get(0).text()).isEqualTo("Phụ lục I");
        // the table header row is bold
        assertThat(PdfGlyphs.lines(glyphs, g -> true).stream().filter(l -> l.text().startsWith("STT")).findFirst()
                .orElseThrow().allBold()).isTrue();
    }

    @Test
    void docxHasLandscapeSectionRepeatedHeaderAndRestartedNumbering() throws Exception {
        byte[] bytes = new DocxRenderer().toBytes(doc);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String xml = d.getDocument().xmlText();
            assertThat(xml).contains("w:orient=\"landscape\"", "<w:tblHeader", "w:start=\"1\"");
            assertThat(d.getTables()).hasSize(4); // header, data, footer, appendix data
        }
    }
}
