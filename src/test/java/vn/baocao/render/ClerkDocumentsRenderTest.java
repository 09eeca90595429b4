package vn.baocao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.Block;
import vn.baocao.document.DocumentFiles;
import vn.baocao.document.Heading;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * Documents of the kinds a commune office of 2026 issues, unlike the seeds (src/test/resources/documents: a Công văn
 * to several addressees, a one-paragraph Thông báo, a Kế hoạch with a landscape appendix, a Báo cáo whose table
 * crosses a page, a draft Tờ trình, text pasted from Word…). Each renders to PDF and Word, no heading ends a PDF page,
 * and Nơi nhận never stands at the top of a page without body text above it.
 */
class ClerkDocumentsRenderTest {
    @ParameterizedTest
    @ValueSource(strings = {"01-congvan", "02-thongbao", "03-kehoach", "04-baocao", "05-totrinh-duthao",
            "06-huongdan-paste", "07-congvan-chuky-dautrang", "08-baocao-p13-phuluc", "09-bien", "10-kyhieu-dan",
            "11-bang-kho", "12-thongbao-bang-cuoi"})
    void rendersWithNoHeadingEndingAPageAndNoLoneSignature(String name) throws Exception {
        AdministrativeDocument doc = load(name);
        assertThat(new DocxRenderer().toBytes(doc)).isNotEmpty();
        byte[] pdf = new PdfRenderer().toBytes(doc);
        // body-size text below the page number: not the footnotes, Nơi nhận or a table's small text
        List<TextLine> lines = PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> !g.text().isBlank() && g.y() > 60
                && g.size() >= 12.5f);
        Map<Integer, String> lastOfPage = new TreeMap<>();
        lines.forEach(l -> lastOfPage.put(l.page(), l.text()));
        lastOfPage.remove(PdfGlyphs.pages(pdf));
        for (String heading : headings(doc)) {
            assertThat(lastOfPage.values()).as("last line of each page").noneMatch(l -> l.equals(heading));
        }
        if (!doc.recipients().isEmpty()) {
            List<TextLine> all = PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> !g.text().isBlank());
            TextLine noiNhan = all.stream().filter(l -> l.text().startsWith("Nơi nhận")).findFirst().orElseThrow();
            assertThat(all.stream().takeWhile(l -> l != noiNhan)
                    .filter(l -> l.page() == noiNhan.page() && !l.text().matches("\\d+"))).isNotEmpty();
        }
    }

    private static List<String> headings(AdministrativeDocument doc) {
        List<Block> blocks = new ArrayList<>(doc.body());
        doc.appendices().stream().map(Appendix::blocks).forEach(blocks::addAll);
        return blocks.stream().filter(b -> b instanceof Heading).map(b -> (Heading) b)
                .map(h -> (h.label().isEmpty() ? "" : h.label() + " ") + h.text().plainText()).toList();
    }

    private static AdministrativeDocument load(String name) throws Exception {
        try (InputStream in = ClerkDocumentsRenderTest.class.getResourceAsStream("/documents/" + name + ".json")) {
            return DocumentFiles.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
