package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Block;
import vn.baocao.document.FootnoteRef;
import vn.baocao.document.Heading;
import vn.baocao.document.Inline;
import vn.baocao.document.Paragraph;
import vn.baocao.document.TextRun;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.check.Glyph;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;

/** The PDF text, extracted with PDFBox, is NFC and says exactly what the model says. */
class PdfTextTest {
    static List<String> seeds() {
        return SeedFixtures.NAMES;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void extractedTextIsNfcAndMatchesTheModel(String name) throws Exception {
        AdministrativeDocument doc = SeedFixtures.load(name);
        byte[] pdf = new PdfRenderer().toBytes(doc);
        String all;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            all = new PDFTextStripper().getText(d);
        }
        assertThat(Normalizer.isNormalized(all, Normalizer.Form.NFC)).isTrue();
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        // running text at body size (no page numbers in the top margin, no footnotes, no recipients)
        String body = compact(glyphs.stream().filter(g -> g.size() >= 12.5f && g.y() > 56)
                .sorted(java.util.Comparator.comparingInt(Glyph::page)).map(Glyph::text).collect(Collectors.joining()));
        String small = compact(glyphs.stream().filter(g -> g.size() < 12.5f).map(Glyph::text).collect(Collectors.joining()));
        // footnote text alone (a note continued on the next page has that page's markers between its parts)
        float noteSize = (float) DocumentLayout.forProfile(doc.profile()).style(Element.FOOTNOTE).sizePt();
        String notes = compact(glyphs.stream().filter(g -> Math.abs(g.size() - noteSize) < 0.05f).map(Glyph::text)
                .collect(Collectors.joining()));
        String everything = compact(all);
        assertThat(everything).contains(compact(doc.number().format()), compact(doc.placeAndDate().format()),
                compact(doc.signature().signerName()));
        for (String r : doc.printedRecipients()) {
            assertThat(small).contains(compact(r));
        }
        for (Block b : doc.body()) {
            List<Inline> parts = b instanceof Paragraph p ? p.text().parts() : b instanceof Heading h ? h.text().parts() : List.of();
            for (Inline part : parts) {
                if (part instanceof TextRun run) {
                    assertThat(body).as("%s: body text", name).contains(compact(run.text()));
                } else if (part instanceof FootnoteRef ref) {
                    assertThat(notes).as("%s: footnote text", name).contains(compact(ref.text()));
                }
            }
        }
    }

    static String compact(String s) {
        return s.replaceAll("[\\s\\u00a0]+", "");
    }
}
