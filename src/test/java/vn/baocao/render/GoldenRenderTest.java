package vn.baocao.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.SizeProfile;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * Every seed, in both size profiles, rendered to PDF and Word and compared with the output recorded under
 * src/test/resources/golden/render (issue 17: a faster renderer must not move a figure, a line or a page).
 *
 * <p>The PDF is compared as PDFBox reads it back: the page count, each page's size, and every line's text with the
 * position of its baseline and left end to a tenth of a point. The Word file is compared part by part: a digest of
 * every XML part (the creation date of docProps/core.xml left out) and, to make a difference readable, the text of
 * its paragraphs with the page and section breaks.
 *
 * <p>A change that is meant to move the layout records the goldens again:
 * {@code mvn -B -o test -Dtest=GoldenRenderTest -Dbaocao.golden.update=true}, and the diff of the golden files shows
 * what moved. The goldens are set in Liberation Serif (the bundled face); a machine with Times New Roman skips them.
 */
class GoldenRenderTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/render");
    private static final boolean UPDATE = Boolean.getBoolean("baocao.golden.update");

    static Stream<Arguments> seeds() {
        return SeedFixtures.NAMES.stream()
                .flatMap(name -> Stream.of(SizeProfile.P14, SizeProfile.P13).map(p -> Arguments.of(name, p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seeds")
    void pdfIsUnchanged(String name, SizeProfile profile) throws Exception {
        assumeFalse(FontFiles.get().isTimesNewRoman(), "the goldens are set in Liberation Serif");
        byte[] pdf = new PdfRenderer().toBytes(inProfile(SeedFixtures.load(name), profile));
        compare(name + "-" + profile + ".pdf.txt", pdfText(pdf));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seeds")
    void docxIsUnchanged(String name, SizeProfile profile) throws Exception {
        byte[] docx = new DocxRenderer().toBytes(inProfile(SeedFixtures.load(name), profile));
        compare(name + "-" + profile + ".docx.txt", docxText(docx));
    }

    private static void compare(String file, String actual) throws IOException {
        Path golden = GOLDEN.resolve(file);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file (record with -Dbaocao.golden.update=true)").exists();
        assertThat(actual).as(file).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static AdministrativeDocument inProfile(AdministrativeDocument d, SizeProfile profile) {
        return new AdministrativeDocument(d.type(), profile, d.letterhead(), d.number(), d.placeAndDate(), d.summary(),
                d.legalBases(), d.addressees(), d.body(), d.recipients(), d.signature(), d.appendices());
    }

    /** Page count, then per page its size and every line: baseline y, left x, text. */
    static String pdfText(byte[] pdf) throws IOException {
        List<TextLine> lines = PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> true);
        int pages = PdfGlyphs.pages(pdf);
        StringBuilder out = new StringBuilder("pages ").append(pages).append('\n');
        int page = 0;
        for (TextLine line : lines) {
            while (page < line.page()) {
                page++;
                var g = line.glyphs().get(0);
                out.append("=== page ").append(page);
                if (page == line.page()) {
                    out.append(' ').append(Math.round(g.pageWidth())).append('x').append(Math.round(g.pageHeight()));
                }
                out.append('\n');
            }
            out.append(String.format(Locale.ROOT, "%7.1f %6.1f  %s%n", line.y(), line.left(), line.text()));
        }
        return out.toString();
    }

    private static final Pattern TEXT = Pattern.compile(
            "<w:t(?: [^>]*)?>([^<]*)</w:t>|</w:p>|<w:br w:type=\"page\"/>|<w:sectPr|<w:footnoteReference w:id=\"(\\d+)\"/>");
    private static final Pattern CORE_DATES = Pattern.compile("<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\\1>");

    /** A digest of every part, then the paragraphs of the body and of the footnotes. */
    static String docxText(byte[] docx) throws Exception {
        TreeMap<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        StringBuilder out = new StringBuilder();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (var part : parts.entrySet()) {
            String content = part.getKey().equals("docProps/core.xml")
                    ? CORE_DATES.matcher(part.getValue()).replaceAll("") : part.getValue();
            out.append("part ").append(part.getKey()).append(' ')
                    .append(HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)))).append('\n');
        }
        for (String part : List.of("word/document.xml", "word/footnotes.xml")) {
            out.append("=== ").append(part).append('\n').append(paragraphs(parts.getOrDefault(part, "")));
        }
        return out.toString();
    }

    private static String paragraphs(String xml) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        List<String> lines = new ArrayList<>();
        Matcher m = TEXT.matcher(xml);
        while (m.find()) {
            String hit = m.group();
            if (m.group(1) != null) {
                para.append(m.group(1));
            } else if (m.group(2) != null) {
                para.append('[').append(m.group(2)).append(']');
            } else if (hit.equals("</w:p>")) {
                lines.add(para.toString());
                para.setLength(0);
            } else if (hit.startsWith("<w:br")) {
                para.append("<page break>");
            } else {
                lines.add("<section>");
            }
        }
        for (String l : lines) {
            out.append(l).append('\n');
        }
        return out.toString();
    }
}
