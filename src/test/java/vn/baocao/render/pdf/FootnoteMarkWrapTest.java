package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Block;
import vn.baocao.document.Paragraph;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.check.Glyph;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;

/**
 * A footnote mark stays with the word before it and the punctuation after it, as Word and LibreOffice keep
 * "1,26%)¹." together: a sentence whose end is moved over the end of the line one narrow letter at a time never
 * leaves the full stop, or the mark, alone at the start of the next line.
 */
class FootnoteMarkWrapTest {
    @ParameterizedTest
    @ValueSource(strings = {".", ";", ").", "; số hộ nghèo giảm 864 hộ so với cùng kỳ năm trước."})
    void theMarkAndTheStopAfterItNeverStartALine(String after) throws Exception {
        AdministrativeDocument seed = SeedFixtures.load("003");
        List<Block> body = new ArrayList<>();
        for (int n = 0; n < 48; n++) {
            body.add(Paragraph.of("Số người tham gia bảo hiểm y tế đạt 11.552 người, so với cùng kỳ năm trước trên địa bàn toàn huyện t" + "i".repeat(n)
                    + " tăng 144 người (tăng 1,26%)[^Ghi chú " + n + "]" + after));
        }
        AdministrativeDocument doc = new AdministrativeDocument(seed.type(), seed.profile(), seed.letterhead(), seed.number(),
                seed.placeAndDate(), seed.summary(), seed.legalBases(), seed.addressees(), body, seed.recipients(),
                seed.signature(), List.of());
        float size = (float) DocumentLayout.forProfile(doc.profile()).style(Element.BODY).sizePt();
        List<Glyph> glyphs = PdfGlyphs.read(new PdfRenderer().toBytes(doc));
        List<TextLine> lines = PdfGlyphs.lines(glyphs, g -> Math.abs(g.size() - size) < 0.05f);

        List<String> wrapped = lines.stream().map(TextLine::text).filter(t -> t.startsWith("1,26%)")).toList();
        assertThat(wrapped).as("the sweep moves the sentence's end over the line's end").isNotEmpty();
        assertThat(lines).extracting(TextLine::text).noneMatch(t -> t.matches("^[.;,)].*"));
        // each mark in the text has body text before it on its line (its baseline lies below the mark's)
        float rise = size * 0.33f;
        for (Glyph mark : glyphs) {
            if (mark.size() >= size - 0.05f || !mark.text().matches("\\d")) {
                continue;
            }
            List<TextLine> itsLine = lines.stream().filter(l -> l.page() == mark.page()
                    && Math.abs(l.y() - (mark.y() + rise)) < 2.5f).toList();
            if (itsLine.isEmpty()) {
                continue; // a number in the footnote area
            }
            assertThat(itsLine.get(0).left()).as("mark %s on page %d starts its line", mark.text(), mark.page())
                    .isLessThan(mark.x() - 1);
        }
    }
}
