package vn.baocao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.Inline;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.Paragraph;
import vn.baocao.document.RichText;
import vn.baocao.document.Table;
import vn.baocao.document.TextRun;
import vn.baocao.render.export.DocumentExport;
import vn.baocao.render.export.ExportTargets;

/**
 * Every seed exported to target/render-out (the files to look at after a change), and every word of its body,
 * tables and appendices found in both files in the document's order: nothing lost, nothing out of place.
 */
class RenderSmokeTest {
    /** Stands for a footnote number in an expected word. */
    private static final String MARK = "\u0000";
    /** A footnote number as the PDF prints it, or as POI's text extractor shows a Word footnote reference. */
    private static final String FOOTNOTE_NUMBER = "(\\d+|\\[footnoteRef:\\d+\\])";

    static List<String> seeds() {
        return SeedFixtures.NAMES;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void rendersEverySeedToTheTargetFolderWithAllItsWords(String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "render-out"));
        AdministrativeDocument doc = SeedFixtures.load(name);
        ExportTargets targets = ExportTargets.both(out, name);
        new DocumentExport().export(doc, targets);

        List<String> words = words(doc);
        assertThat(words).hasSizeGreaterThan(50);
        try (PDDocument pdf = Loader.loadPDF(targets.pdf().toFile())) {
            assertThat(missing(words, split(new PDFTextStripper().getText(pdf)))).as("PDF of %s", name).isEmpty();
        }
        try (InputStream in = Files.newInputStream(targets.docx()); XWPFDocument docx = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(missing(words, split(text.getText()))).as("Word file of %s", name).isEmpty();
        }
    }

    /** The words of the body and the appendices, in order (footnote texts are printed elsewhere on the page). */
    static List<String> words(AdministrativeDocument doc) {
        List<String> out = new ArrayList<>();
        blocks(doc.body(), out);
        for (Appendix a : doc.appendices()) {
            out.addAll(split(a.label() + " " + a.title()));
            blocks(a.blocks(), out);
        }
        return out;
    }

    private static void blocks(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                out.addAll(split(h.label()));
                runs(h.text(), out);
            } else if (b instanceof Paragraph p) {
                out.addAll(split(p.marker().prefix()));
                runs(p.text(), out);
            } else if (b instanceof Table t) {
                t.headerRows().forEach(row -> row.forEach(c -> runs(c, out)));
                t.rows().forEach(row -> row.forEach(c -> runs(c, out)));
            } else if (b instanceof LandscapeSection s) {
                blocks(s.blocks(), out);
            }
        }
    }

    private static void runs(RichText text, List<String> out) {
        StringBuilder s = new StringBuilder();
        for (Inline part : text.parts()) {
            // a footnote mark is printed as a number glued to the word before it
            s.append(part instanceof TextRun run ? run.text() : MARK);
        }
        out.addAll(split(s.toString()));
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[\\s\\u00a0]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Empty when every expected word was found in order, else the first missing word after the words before it. */
    static String missing(List<String> expected, List<String> actual) {
        int i = inOrder(expected, actual);
        return i < 0 ? "" : String.join(" ", expected.subList(Math.max(0, i - 8), i)) + " >>" + expected.get(i) + "<<";
    }

    /**
     * -1 when {@code expected} occurs in {@code actual} in order (other words, such as page numbers and footnotes,
     * may come between), otherwise the index of the first expected word not found. A word broken at the end of a line
     * after a hyphen or a slash is read as the two halves it was printed as.
     */
    static int inOrder(List<String> expected, List<String> actual) {
        int at = 0;
        for (int i = 0; i < expected.size(); i++) {
            java.util.regex.Pattern word = pattern(expected.get(i));
            int found = -1;
            for (; at < actual.size() && found < 0; at++) {
                String a = actual.get(at);
                if (word.matcher(a).matches()) {
                    found = at;
                } else if ((a.endsWith("-") || a.endsWith("/")) && at + 1 < actual.size()
                        && word.matcher(a + actual.get(at + 1)).matches()) {
                    found = ++at;
                }
            }
            if (found < 0) {
                return i;
            }
        }
        return -1;
    }

    private static java.util.regex.Pattern pattern(String word) {
        StringBuilder regex = new StringBuilder();
        String[] parts = word.split(MARK, -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? FOOTNOTE_NUMBER : "").append(java.util.regex.Pattern.quote(parts[i]));
        }
        return java.util.regex.Pattern.compile(regex.toString());
    }
}
