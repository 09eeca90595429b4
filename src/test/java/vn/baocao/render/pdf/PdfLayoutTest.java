package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.check.Glyph;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Units;

/** Reads each seed's PDF back with PDFBox and checks the ND30 layout: page, margins, blocks, sizes, weights. */
public class PdfLayoutTest {
    static final float LEFT = (float) Units.mmToPt(DocumentLayout.MARGINS.leftMm());
    static final float RIGHT = (float) Units.mmToPt(DocumentLayout.MARGINS.rightMm());
    static final float TOP = (float) Units.mmToPt(DocumentLayout.MARGINS.topMm());
    static final float BOTTOM = (float) Units.mmToPt(DocumentLayout.MARGINS.bottomMm());
    static final float HEADER_LEFT_CENTRE = LEFT + (float) Units.cmToPt(DocumentLayout.HEADER_LEFT_CM / 2);
    static final float HEADER_RIGHT_CENTRE = LEFT + (float) Units.cmToPt(DocumentLayout.HEADER_LEFT_CM + DocumentLayout.HEADER_RIGHT_CM / 2);
    static final float FOOTER_RIGHT_CENTRE = LEFT + (float) Units.cmToPt(DocumentLayout.FOOTER_LEFT_CM + DocumentLayout.FOOTER_RIGHT_CM / 2);
    static final float TEXT_CENTRE = LEFT + (float) Units.cmToPt(8.0);
    static final float COLUMN_SPLIT = LEFT + (float) Units.cmToPt(DocumentLayout.HEADER_LEFT_CM);

    static List<String> seeds() {
        return SeedFixtures.NAMES;
    }

    static java.util.Map<String, byte[]> pdfs = new java.util.concurrent.ConcurrentHashMap<>();
    /** Documents other than the seeds whose PDF is checked ({@link #checkDocument}). */
    static java.util.Map<String, AdministrativeDocument> others = new java.util.concurrent.ConcurrentHashMap<>();

    static AdministrativeDocument doc(String name) throws java.io.IOException {
        AdministrativeDocument d = others.get(name);
        return d != null ? d : SeedFixtures.load(name);
    }

    /** The margin and font checks on any PDF, appendices included (they number their own pages). */
    public static void checkMargins(String name, byte[] pdf) throws Exception {
        pdfs.put(name, pdf);
        try {
            new PdfLayoutTest().a4PagesAndTextInsideMargins(name);
        } finally {
            pdfs.remove(name);
        }
    }

    /** Runs every check of this class on another document and its PDF (the composed reports' tests use it). */
    public static void checkDocument(String name, AdministrativeDocument document, byte[] pdf) throws Exception {
        others.put(name, document);
        pdfs.put(name, pdf);
        try {
            PdfLayoutTest t = new PdfLayoutTest();
            t.a4PagesAndTextInsideMargins(name);
            t.pageNumbersCentredInTopMarginFromPageTwo(name);
            t.headerBlocksAtTheirSizesWeightsAndColumns(name);
            t.signatureAndRecipientsInTheFooterColumns(name);
        } finally {
            others.remove(name);
            pdfs.remove(name);
        }
    }

    @BeforeAll
    static void render() throws Exception {
        for (String name : SeedFixtures.NAMES) {
            pdfs.put(name, new PdfRenderer().toBytes(SeedFixtures.load(name)));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void a4PagesAndTextInsideMargins(String name) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdfs.get(name));
        for (Glyph g : glyphs) {
            if (g.text().isBlank() || g.text().equals("\u00a0")) {
                continue; // an invisible space a line ends with is not text in the margin
            }
            assertThat(Math.min(g.pageWidth(), g.pageHeight())).isCloseTo(595.3f, within(1f));
            assertThat(Math.max(g.pageWidth(), g.pageHeight())).isCloseTo(841.9f, within(1f));
            assertThat(g.x()).as("left margin, %s p%d '%s'", name, g.page(), g.text()).isGreaterThanOrEqualTo(LEFT - 0.5f);
            assertThat(g.x() + g.width()).as("right margin, %s p%d", name, g.page())
                    .isLessThanOrEqualTo(g.pageWidth() - RIGHT + 0.5f);
            assertThat(g.y()).as("bottom margin, %s p%d", name, g.page()).isLessThanOrEqualTo(g.pageHeight() - BOTTOM + 1f);
        }
        assertThat(PdfGlyphs.notEmbeddedFonts(pdfs.get(name))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pageNumbersCentredInTopMarginFromPageTwo(String name) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdfs.get(name));
        List<TextLine> top = PdfGlyphs.lines(glyphs, g -> g.y() < TOP - 2 && !g.text().isBlank());
        int pages = PdfGlyphs.pages(pdfs.get(name));
        assertThat(top.stream().filter(l -> l.page() == 1)).as("no number on page 1").isEmpty();
        for (int p = 2; p <= pages; p++) {
            int page = p;
            List<TextLine> onPage = top.stream().filter(l -> l.page() == page).toList();
            assertThat(onPage).hasSize(1);
            assertThat(onPage.get(0).text()).isEqualTo(String.valueOf(p));
            assertThat(onPage.get(0).centre()).isCloseTo(TEXT_CENTRE, within(3f));
            assertThat(onPage.get(0).size()).isCloseTo(14f, within(0.1f));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void headerBlocksAtTheirSizesWeightsAndColumns(String name) throws Exception {
        AdministrativeDocument doc = doc(name);
        DocumentLayout layout = DocumentLayout.forProfile(doc.profile());
        List<Glyph> glyphs = PdfGlyphs.read(pdfs.get(name));
        List<Glyph> page1 = glyphs.stream().filter(g -> g.page() == 1).toList();
        List<TextLine> left = PdfGlyphs.lines(page1, g -> g.x() < COLUMN_SPLIT);
        List<TextLine> right = PdfGlyphs.lines(page1, g -> g.x() >= COLUMN_SPLIT - 1);
        List<TextLine> full = PdfGlyphs.lines(page1, g -> true);

        TextLine qh = find(right, DocumentLayout.NATIONAL_TITLE_TEXT);
        check(qh, layout, Element.NATIONAL_TITLE, HEADER_RIGHT_CENTRE);
        check(find(right, DocumentLayout.MOTTO_TEXT), layout, Element.MOTTO, HEADER_RIGHT_CENTRE);
        for (String agency : doc.letterhead().issuingAgency()) {
            check(find(left, agency), layout, Element.AGENCY, HEADER_LEFT_CENTRE);
        }
        TextLine number = left.stream().filter(l -> l.text().startsWith("Số:")).findFirst().orElseThrow();
        check(number, layout, Element.NUMBER, HEADER_LEFT_CENTRE);
        assertThat(number.compact()).isEqualTo(doc.number().format().replaceAll("\\s", ""));
        TextLine date = right.stream().filter(l -> l.text().startsWith(doc.placeAndDate().place() + ", ngày")).findFirst().orElseThrow();
        check(date, layout, Element.PLACE_DATE, HEADER_RIGHT_CENTRE);
        assertThat(Math.abs(date.y() - number.y())).as("Số level with the date").isLessThan(3f);
        assertThat(qh.y()).isLessThan(number.y());

        if (doc.type().hasTitle()) {
            TextLine type = find(full, doc.type().title());
            check(type, layout, Element.TYPE_NAME, TEXT_CENTRE);
            TextLine summary = full.get(full.indexOf(type) + 1);
            check(summary, layout, Element.SUMMARY, TEXT_CENTRE);
            assertThat(doc.summary().replaceAll("\\s", "")).startsWith(summary.compact());
        } else {
            TextLine vv = left.stream().filter(l -> l.text().startsWith("V/v")).findFirst().orElseThrow();
            check(vv, layout, Element.LETTER_SUMMARY, HEADER_LEFT_CENTRE);
            assertThat(vv.y()).isGreaterThan(number.y());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void signatureAndRecipientsInTheFooterColumns(String name) throws Exception {
        AdministrativeDocument doc = doc(name);
        DocumentLayout layout = DocumentLayout.forProfile(doc.profile());
        List<Glyph> glyphs = PdfGlyphs.read(pdfs.get(name));
        int last = PdfGlyphs.pages(pdfs.get(name));
        List<Glyph> lastPage = glyphs.stream().filter(g -> g.page() == last || g.page() == last - 1).toList();
        List<TextLine> left = PdfGlyphs.lines(lastPage, g -> g.x() < COLUMN_SPLIT);
        List<TextLine> right = PdfGlyphs.lines(lastPage, g -> g.x() >= COLUMN_SPLIT - 1);

        TextLine label = find(left, DocumentLayout.RECIPIENTS_LABEL_TEXT);
        assertThat(label.size()).isCloseTo(12f, within(0.1f));
        assertThat(label.allBold() && label.allItalic()).as("Nơi nhận bold italic").isTrue();
        assertThat(label.left()).isCloseTo(LEFT, within(1f));
        List<String> printed = doc.printedRecipients();
        TextLine firstRecipient = left.get(left.indexOf(label) + 1);
        assertThat(firstRecipient.size()).isCloseTo(11f, within(0.1f));
        assertThat(firstRecipient.left()).isCloseTo(LEFT, within(1f));
        assertThat(printed.get(0).replaceAll("\\s", "")).startsWith(firstRecipient.compact());

        List<String> titles = doc.signature().titleLines();
        TextLine firstTitle = find(right, titles.get(0));
        check(firstTitle, layout, Element.SIGNATURE_TITLE, FOOTER_RIGHT_CENTRE);
        assertThat(Math.abs(firstTitle.y() - label.y())).as("first title level with Nơi nhận").isLessThan(4f);
        TextLine signer = find(right, doc.signature().signerName());
        check(signer, layout, Element.SIGNER_NAME, FOOTER_RIGHT_CENTRE);
        assertThat(signer.y() - firstTitle.y()).as("space for the signature")
                .isGreaterThan((float) DocumentLayout.SIGNATURE_GAP_PT);
    }

    static TextLine find(List<TextLine> lines, String text) {
        String want = text.replaceAll("\\s", "");
        return lines.stream().filter(l -> l.compact().equals(want)).findFirst()
                .orElseThrow(() -> new AssertionError("line not found: " + text + " in " + lines.stream().map(TextLine::text).toList()));
    }

    static void check(TextLine line, DocumentLayout layout, Element element, float centre) {
        var style = layout.style(element);
        assertThat(line.size()).as("size of %s '%s'", element, line.text()).isCloseTo((float) style.sizePt(), within(0.1f));
        if (style.bold()) {
            assertThat(line.allBold()).as("bold %s", element).isTrue();
        } else {
            assertThat(line.noneBold()).as("regular %s", element).isTrue();
        }
        assertThat(line.allItalic()).as("italic %s", element).isEqualTo(style.italic());
        assertThat(line.centre()).as("centre of %s '%s'", element, line.text()).isCloseTo(centre, within(3f));
    }
}
