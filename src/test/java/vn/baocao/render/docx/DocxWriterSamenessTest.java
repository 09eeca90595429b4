package vn.baocao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.AuthorityLine;
import vn.baocao.document.AuthorityMode;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentJsonSample;
import vn.baocao.document.DocumentType;
import vn.baocao.document.FootnoteRef;
import vn.baocao.document.Heading;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.Inline;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.ListMarker;
import vn.baocao.document.PageBreak;
import vn.baocao.document.Paragraph;
import vn.baocao.document.RichText;
import vn.baocao.document.Signature;
import vn.baocao.document.SizeProfile;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.document.TextRun;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.layout.DocumentLayout;

/**
 * BaoCao's own Word writer ({@link DocxRenderer}) writes every part byte for byte as POI's XWPF model wrote it
 * ({@link PoiWordDocumentWriter}, kept here as the reference): the seeds in both size profiles, the model's every
 * block (tables with repeated headers and kept rows, landscape sections, appendices, page breaks), each document
 * type, and text with every character a clerk could paste (XML's special characters, control characters, tabs,
 * leading and trailing spaces, Vietnamese, surrogate pairs). Only the creation date in docProps/core.xml differs,
 * and docProps/app.xml names BaoCao as the application where POI named itself.
 * The composed reports' tests check their documents through {@link #assertSameAsPoi} as well.
 */
class DocxWriterSamenessTest {
    private static final Pattern CORE_DATES = Pattern.compile("<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\\1>");

    static Stream<Arguments> seeds() {
        return SeedFixtures.NAMES.stream()
                .flatMap(name -> Stream.of(SizeProfile.P14, SizeProfile.P13).map(p -> Arguments.of(name, p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seeds")
    void seedsAreWrittenAsPoiWroteThem(String name, SizeProfile profile) throws Exception {
        assertSameAsPoi(name + " " + profile, inProfile(SeedFixtures.load(name), profile));
    }

    @Test
    void everyBlockOfTheModelIsWrittenAsPoiWroteIt() throws Exception {
        for (SizeProfile profile : SizeProfile.values()) {
            assertSameAsPoi("sample " + profile, inProfile(DocumentJsonSample.sample(), profile));
        }
    }

    @Test
    void everyDocumentTypeAndShape() throws Exception {
        for (DocumentType type : DocumentType.values()) {
            for (boolean full : new boolean[] {true, false}) {
                assertSameAsPoi(type + (full ? " full" : " bare"), shapes(type, full, "Văn bản"));
            }
            // nothing optional: no parent agency, no number yet, no summary, no body, no recipients, no signature
            DocumentBuilder empty = DocumentBuilder.of(type).agency(List.of(), List.of(""))
                    .placeAndDate("Chí Cà", LocalDate.of(2024, 3, 7));
            empty = type == DocumentType.CONG_VAN ? empty.letterNumber(null, "UBND", "VP") : empty.number(null, "UBND");
            assertSameAsPoi(type + " empty", empty.build());
        }
    }

    @Test
    void oddTextIsEscapedAsPoiEscapedIt() throws Exception {
        List<String> odd = List.of("a & b < c > d \" e ' f", "x]]>y ]]]> ]> ]]", " đầu cách", "cuối cách ",
                "\ttab đầu", "tab\tgiữa", "tab cuối\t", "dòng\nmới", "về\rđầu", "\u00A0cách cứng\u00A0",
                "\u001Fđiều khiển\u0001", "\u0008\u000B\u000C", "\u2028\u2029", "\u0085NEL", "\u3000ý\u3000",
                "😀 ngoài BMP 𝔸", "\uFFFE\uFFFF\uFFFD", "\uFEFFBOM", "Xi\u0301n Ma\u0302\u0300n", "   ", "&amp;", "<w:t>");
        for (String text : odd) {
            assertSameAsPoi(visible(text), shapes(DocumentType.BAO_CAO, true, text));
            assertSameAsPoi(visible(text) + " công văn", shapes(DocumentType.CONG_VAN, true, text));
        }
    }

    /** Every character of the Basic Multilingual Plane, each in a run of its own, in paragraphs, notes and cells. */
    @Test
    void everyCharacterInTextIsWrittenAsPoiWroteIt() throws Exception {
        List<RichText> texts = new ArrayList<>();
        List<Inline> runs = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            // neighbouring runs of one style are joined: alternate the style to keep each character alone
            runs.add(new TextRun(String.valueOf((char) c), c % 2 == 1, c % 4 == 2));
            if (runs.size() == 512) {
                texts.add(RichText.of(runs));
                runs = new ArrayList<>();
            }
        }
        texts.add(RichText.of(runs));
        DocumentBuilder b = base(DocumentType.BAO_CAO, "Mọi ký tự");
        for (RichText t : texts) {
            b.block(new Paragraph(t, ListMarker.NONE));
        }
        StringBuilder all = new StringBuilder();
        for (int c = 1; c <= 0xFFFF; c++) {
            all.append((char) c);
        }
        b.block(new Paragraph(RichText.of(List.of(TextRun.plain("chú thích"), new FootnoteRef(all.toString()))),
                ListMarker.NONE));
        b.block(new Table(List.of(new TableColumn(1, null)), List.of(List.of(RichText.plain("A"))),
                texts.stream().limit(8).map(List::of).toList()));
        assertSameAsPoi("every character", b.build());
    }

    /** The metadata goes into docProps/core.xml, which POI wrote with a different escaping. */
    @Test
    void oddTextInTheFilePropertiesIsEscapedAsPoiEscapedIt() throws Exception {
        StringBuilder all = new StringBuilder();
        for (int c = 1; c <= 0xFFFF; c++) {
            // POI failed on half a surrogate pair (BaoCao writes "?"), so only whole pairs go in
            if (!Character.isSurrogate((char) c)) {
                all.append((char) c);
            }
        }
        all.append("😀");
        assertSameAsPoi("properties", base(DocumentType.BAO_CAO, all.toString()).build());
        assertSameAsPoi("empty summary", base(DocumentType.BAO_CAO, "").build());
    }

    // ---- the comparison -------------------------------------------------------------------

    /** Renders {@code document} with both writers and compares every part, in order, byte for byte. */
    private static final String APP_PART = "docProps/app.xml";

    static void assertSameAsPoi(String name, AdministrativeDocument document) throws IOException {
        DocumentLayout layout = DocumentLayout.forProfile(document.profile());
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        new DocxRenderer().write(document, layout, own);
        Map<String, byte[]> ours = parts(own.toByteArray());
        Map<String, byte[]> poi = parts(PoiWordDocumentWriter.toBytes(document, layout));
        assertThat(List.copyOf(ours.keySet())).as(name + ": parts and their order").isEqualTo(List.copyOf(poi.keySet()));
        // the one part that differs on purpose: the application that wrote the file (POI named itself)
        assertThat(new String(ours.get(APP_PART), StandardCharsets.UTF_8)).as(name + ": " + APP_PART)
                .isEqualTo(new String(poi.get(APP_PART), StandardCharsets.UTF_8)
                        .replace("<Application>Apache POI</Application>", "<Application>BaoCao</Application>"));
        for (String part : poi.keySet()) {
            if (part.equals(APP_PART)) {
                continue;
            }
            String expected = withoutDates(part, poi.get(part));
            String actual = withoutDates(part, ours.get(part));
            if (!expected.equals(actual)) {
                assertThat(actual).as(name + ": " + part + " at " + firstDifference(expected, actual)).isEqualTo(expected);
            }
            if (!part.equals("docProps/core.xml")) {
                assertThat(ours.get(part)).as(name + ": bytes of " + part).isEqualTo(poi.get(part));
            }
        }
    }

    private static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static String withoutDates(String part, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return part.equals("docProps/core.xml") ? CORE_DATES.matcher(text).replaceAll("") : text;
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    // ---- documents ------------------------------------------------------------------------

    private static DocumentBuilder base(DocumentType type, String text) {
        DocumentBuilder b = DocumentBuilder.of(type)
                .agency(List.of("UBND HUYỆN " + text), List.of("ỦY BAN NHÂN DÂN", "XÃ " + text))
                .placeAndDate("Chí Cà", LocalDate.of(2024, 3, 7))
                .summary(text)
                .recipients("Như trên", text, "Lưu: VT")
                .signature(new Signature(List.of(new AuthorityLine(AuthorityMode.TM, "ỦY BAN NHÂN DÂN " + text)),
                        "CHỦ TỊCH", text));
        return type == DocumentType.CONG_VAN ? b.letterNumber(12, "UBND", "VP") : b.number(7, "UBND");
    }

    /** A document of {@code type} with {@code text} in every place text goes; {@code full} adds every block. */
    private static AdministrativeDocument shapes(DocumentType type, boolean full, String text) {
        DocumentBuilder b = base(type, text);
        if (!full) {
            return b.build();
        }
        RichText mixed = RichText.of(List.of(TextRun.plain(text), new TextRun(text, true, false),
                new TextRun(text, false, true), new TextRun(text, true, true), new FootnoteRef(text),
                TextRun.plain("")));
        List<RichText> row = List.of(RichText.plain(text), mixed, RichText.plain(""));
        Table table = new Table(List.of(new TableColumn(1, TableColumn.CellAlignment.CENTER), new TableColumn(5, null),
                new TableColumn(2, TableColumn.CellAlignment.RIGHT)),
                List.of(List.of(RichText.plain("STT"), RichText.plain(text), RichText.bold("Kết quả")), row),
                List.of(row, row, row, row), List.of(0, 2, 3));
        b.legalBasis("Căn cứ " + text, text)
                .addressees(text, "Ủy ban nhân dân huyện")
                .block(new Heading(HeadingLevel.ROMAN, "I.", RichText.plain(text)))
                .block(new Heading(HeadingLevel.ARABIC, "1.", mixed))
                .block(new Heading(HeadingLevel.LETTER, "", mixed))
                .block(new Paragraph(mixed, ListMarker.NONE))
                .block(new Paragraph(mixed, ListMarker.DASH))
                .block(new Paragraph(RichText.plain(""), ListMarker.PLUS))
                .block(table)
                .block(new PageBreak())
                .block(new LandscapeSection(List.of(table, new Paragraph(mixed, ListMarker.NONE))))
                .block(new Paragraph(RichText.of(List.of(new FootnoteRef(text), TextRun.plain(text))), ListMarker.NONE))
                .appendix(new Appendix("Phụ lục " + text, text, "(Kèm theo " + text + ")", true, List.of(table)))
                .appendix(new Appendix(null, text, null, false, List.of(new Paragraph(mixed, ListMarker.NONE))));
        return b.build();
    }

    private static AdministrativeDocument inProfile(AdministrativeDocument d, SizeProfile profile) {
        return new AdministrativeDocument(d.type(), profile, d.letterhead(), d.number(), d.placeAndDate(), d.summary(),
                d.legalBases(), d.addressees(), d.body(), d.recipients(), d.signature(), d.appendices());
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("U+%04X ", c) : (char) c + " "));
        return out.toString();
    }
}
