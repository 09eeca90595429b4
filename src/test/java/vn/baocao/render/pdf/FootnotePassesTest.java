package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.SizeProfile;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Measure;

/**
 * The passes that settle the footnotes are laid out without being drawn, reading where the markers fell from the
 * layout, and share the footnotes' sizes and the passes already laid out (issue 17). This must give the PDF that
 * drawing and measuring every pass afresh gave: the same lines at the same places, and never the fallback that lays
 * the document out again.
 */
class FootnotePassesTest {
    static Stream<Arguments> seeds() {
        return Stream.concat(SeedFixtures.NAMES.stream().map(n -> Arguments.of(n, SizeProfile.P14)),
                Stream.of(Arguments.of("004", SizeProfile.P13), Arguments.of("003", SizeProfile.P13)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seeds")
    void layoutOnlyPassesGiveThePdfOfDrawnPasses(String name, SizeProfile profile) throws Exception {
        AdministrativeDocument d = SeedFixtures.load(name);
        AdministrativeDocument doc = new AdministrativeDocument(d.type(), profile, d.letterhead(), d.number(),
                d.placeAndDate(), d.summary(), d.legalBases(), d.addressees(), d.body(), d.recipients(), d.signature(),
                d.appendices());
        assertSameAsDrawingEveryPass(doc, DocumentLayout.forProfile(profile));
    }

    /** The usual way gives the PDF of every pass laid out from page 1 and drawn, without falling back to either. */
    private static void assertSameAsDrawingEveryPass(AdministrativeDocument doc, DocumentLayout layout) throws Exception {
        PdfRenderer renderer = new PdfRenderer();
        int redrawnBefore = PdfRenderer.redrawnCount();
        int fallbacksBefore = PdfRenderer.wholePassFallbackCount();

        byte[] fast = renderer.toBytes(doc, layout);
        byte[] drawn = renderer.toBytesDrawingEveryPass(doc, layout);

        assertThat(PdfRenderer.redrawnCount()).as("fell back to drawing every pass").isEqualTo(redrawnBefore);
        assertThat(PdfRenderer.wholePassFallbackCount()).as("fell back to whole passes").isEqualTo(fallbacksBefore);
        assertThat(PdfGlyphs.pages(fast)).isEqualTo(PdfGlyphs.pages(drawn));
        assertThat(lines(fast)).isEqualTo(lines(drawn));
    }

    /** Seed 004's 27 footnotes on pages of other heights: other pages flip, other notes continue. */
    static Stream<Arguments> otherPages() {
        return Stream.of(Arguments.of(15.0, 20.0), Arguments.of(17.0, 20.0), Arguments.of(24.0, 20.0),
                Arguments.of(20.0, 16.0), Arguments.of(20.0, 26.0), Arguments.of(28.0, 28.0));
    }

    @ParameterizedTest(name = "bottom {0} mm, top {1} mm")
    @MethodSource("otherPages")
    void sharedMeasuresAndPassesGiveThePdfOfFreshPasses(double bottomMm, double topMm) throws Exception {
        AdministrativeDocument doc = SeedFixtures.load("004");
        DocumentLayout layout = DocumentLayout.forProfile(doc.profile())
                .with(Measure.MARGIN_BOTTOM_MM, bottomMm).with(Measure.MARGIN_TOP_MM, topMm);
        assertSameAsDrawingEveryPass(doc, layout);
    }

    /**
     * Seed 004 has 16 settling rounds (pages that flip between reserves take four): a round lays out only the page it
     * decides and the next, where laying each round out to the end took 143 pages in 12 passes; now 86 in 23,
     * counting the page a pass goes on from and the page it stops on. Same PDF (the tests above compare with the old
     * way; this one with the whole passes, which are also the fallback).
     */
    @Test
    void eachRoundLaysOutOnlyThePagesItDecides() throws Exception {
        AdministrativeDocument doc = SeedFixtures.load("004");
        DocumentLayout layout = DocumentLayout.forProfile(doc.profile());
        PdfRenderer renderer = new PdfRenderer();
        int fallbacksBefore = PdfRenderer.wholePassFallbackCount();

        int before = PdfRenderer.laidOutPageCount();
        byte[] whole = renderer.toBytesLayingEachPassToTheEnd(doc, layout);
        int wholePages = PdfRenderer.laidOutPageCount() - before;
        before = PdfRenderer.laidOutPageCount();
        int passesBefore = PdfRenderer.laidOutPassCount();
        byte[] partial = renderer.toBytes(doc, layout);
        int pages = PdfRenderer.laidOutPageCount() - before;

        assertThat(PdfRenderer.wholePassFallbackCount()).as("fell back to whole passes").isEqualTo(fallbacksBefore);
        assertThat(lines(partial)).isEqualTo(lines(whole));
        assertThat(wholePages).isGreaterThanOrEqualTo(130);
        assertThat(pages).isLessThanOrEqualTo(95).isLessThan(wholePages * 2 / 3);
        assertThat(PdfRenderer.laidOutPassCount() - passesBefore).isLessThanOrEqualTo(25);
    }

    private static String lines(byte[] pdf) throws Exception {
        StringBuilder out = new StringBuilder();
        for (TextLine l : PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> true)) {
            out.append(l.page()).append(' ').append(l.y()).append(' ').append(l.left()).append(' ')
                    .append(l.text()).append('\n');
        }
        return out.toString();
    }
}
