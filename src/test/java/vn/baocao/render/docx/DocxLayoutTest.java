package vn.baocao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.TextStyle;

/** Checks the Word XML of each seed: page, margins, title page, PAGE field, footnotes, fonts and sizes. */
public class DocxLayoutTest {
    static Map<String, Map<String, String>> parts = new java.util.concurrent.ConcurrentHashMap<>();
    static Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
    /** Documents other than the seeds whose Word file is checked ({@link #checkDocument}). */
    static Map<String, AdministrativeDocument> others = new java.util.concurrent.ConcurrentHashMap<>();

    static AdministrativeDocument doc(String name) throws IOException {
        AdministrativeDocument d = others.get(name);
        return d != null ? d : SeedFixtures.load(name);
    }

    /** Runs every check of this class on another document and its .docx (the composed reports' tests use it). */
    public static void checkDocument(String name, AdministrativeDocument document, byte[] docx) throws Exception {
        others.put(name, document);
        files.put(name, docx);
        parts.put(name, unzip(docx));
        try {
            DocxLayoutTest t = new DocxLayoutTest();
            t.pageSetupTitlePageAndHeaderPageField(name);
            t.stylesCarryTheLayoutSizesAndTimesNewRoman(name);
            t.headerTableIsBorderlessWithRulesAsParagraphBorders(name);
            t.footnotesAreRealWordFootnotes(name);
            checkSameAsPoi(name, document);
        } finally {
            others.remove(name);
            files.remove(name);
            parts.remove(name);
        }
    }

    /** The document's Word file is the one POI's model wrote before BaoCao wrote its own (issue 17). */
    public static void checkSameAsPoi(String name, AdministrativeDocument document) throws IOException {
        DocxWriterSamenessTest.assertSameAsPoi(name, document);
    }

    static List<String> seeds() {
        return SeedFixtures.NAMES;
    }

    @BeforeAll
    static void render() throws Exception {
        for (String name : SeedFixtures.NAMES) {
            byte[] bytes = new DocxRenderer().toBytes(SeedFixtures.load(name));
            files.put(name, bytes);
            parts.put(name, unzip(bytes));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pageSetupTitlePageAndHeaderPageField(String name) {
        Map<String, String> p = parts.get(name);
        String doc = p.get("word/document.xml");
        String sect = last(doc, "<w:sectPr>", "</w:sectPr>");
        assertThat(sect).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>");
        assertThat(sect).contains("w:top=\"1134\"", "w:bottom=\"1134\"", "w:left=\"1701\"", "w:right=\"1134\"");
        assertThat(sect).contains("<w:titlePg");
        assertThat(sect).contains("w:type=\"default\"", "w:type=\"first\"");
        String defaultId = attr(sect, "<w:headerReference w:type=\"default\" r:id=\"([^\"]+)\"");
        String firstId = attr(sect, "<w:headerReference w:type=\"first\" r:id=\"([^\"]+)\"");
        String rels = p.get("word/_rels/document.xml.rels");
        String defaultHeader = p.get("word/" + attr(rels, "Id=\"" + defaultId + "\" Target=\"([^\"]+)\""));
        String firstHeader = p.get("word/" + attr(rels, "Id=\"" + firstId + "\" Target=\"([^\"]+)\""));
        assertThat(defaultHeader).contains("w:instr=\" PAGE \"").contains("<w:pStyle w:val=\"Header\"/>");
        assertThat(firstHeader).doesNotContain("PAGE");
        assertThat(p.get("word/styles.xml")).containsPattern("w:styleId=\"Header\">.*?<w:jc w:val=\"center\"/>");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void stylesCarryTheLayoutSizesAndTimesNewRoman(String name) throws Exception {
        AdministrativeDocument d = doc(name);
        DocumentLayout layout = DocumentLayout.forProfile(d.profile());
        String styles = parts.get(name).get("word/styles.xml");
        assertThat(styles).contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"");
        for (Element e : List.of(Element.NATIONAL_TITLE, Element.MOTTO, Element.AGENCY, Element.NUMBER,
                Element.PLACE_DATE, Element.TYPE_NAME, Element.SUMMARY, Element.LETTER_SUMMARY, Element.BODY,
                Element.RECIPIENTS_LABEL, Element.RECIPIENT, Element.SIGNATURE_TITLE, Element.SIGNER_NAME,
                Element.FOOTNOTE, Element.PAGE_NUMBER)) {
            String style = between(styles, "w:styleId=\"" + WordStyleNames.id(e) + "\">", "</w:style>");
            TextStyle s = layout.style(e);
            assertThat(style).as(e.name()).contains("<w:sz w:val=\"" + Math.round(s.sizePt() * 2) + "\"/>");
            assertThat(style).as(e.name()).contains(s.bold() ? "<w:b/>" : "<w:b w:val=\"0\"/>");
            assertThat(style).as(e.name()).contains(s.italic() ? "<w:i/>" : "<w:i w:val=\"0\"/>");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void headerTableIsBorderlessWithRulesAsParagraphBorders(String name) {
        String doc = parts.get(name).get("word/document.xml");
        String table = between(doc, "<w:tbl>", "</w:tbl>");
        assertThat(table).contains("<w:gridCol w:w=\"3402\"/><w:gridCol w:w=\"5669\"/>");
        assertThat(table).contains("<w:top w:val=\"nil\"/>", "<w:insideV w:val=\"nil\"/>");
        assertThat(table).contains("<w:tblLayout w:type=\"fixed\"/>");
        assertThat(count(table, "<w:pBdr><w:bottom w:val=\"single\"")).isEqualTo(2);
        assertThat(doc).doesNotContain("____");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void footnotesAreRealWordFootnotes(String name) throws Exception {
        AdministrativeDocument d = doc(name);
        String doc = parts.get(name).get("word/document.xml");
        int expected = d.allFootnotes().size();
        assertThat(count(doc, "<w:footnoteReference ")).isEqualTo(expected);
        String notes = parts.get(name).get("word/footnotes.xml");
        assertThat(notes).contains("w:type=\"separator\"");
        assertThat(count(notes, "<w:footnoteRef/>")).isEqualTo(expected);
        try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(files.get(name)))) {
            assertThat(reopened.getFootnotes().size()).isEqualTo(expected + 2);
        }
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                out.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static String between(String s, String start, String end) {
        int i = s.indexOf(start);
        assertThat(i).as("missing " + start).isGreaterThanOrEqualTo(0);
        return s.substring(i, s.indexOf(end, i) + end.length());
    }

    static String last(String s, String start, String end) {
        int i = s.lastIndexOf(start);
        return s.substring(i, s.indexOf(end, i) + end.length());
    }

    static String attr(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
