package vn.baocao.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.check.Glyph;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Units;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * Converts our .docx with LibreOffice and compares it with our own PDF: the same number of pages,
 * and the header block of page 1 broken into the same lines. On CI (the environment variable CI=true, which .ci/run
 * sets) a missing soffice fails every test; on a developer's machine without LibreOffice they are skipped.
 */
class LibreOfficeComparisonTest {
    static final float COLUMN_SPLIT = (float) Units.mmToPt(DocumentLayout.MARGINS.leftMm())
            + (float) Units.cmToPt(DocumentLayout.HEADER_LEFT_CM);
    /** Seeds whose page count still differs, with the reason. */
    static final java.util.Map<String, String> KNOWN_PAGE_DIFFERENCES = java.util.Map.of();
    @TempDir
    static Path dir;
    static boolean converted;

    static List<String> seeds() {
        return SeedFixtures.NAMES;
    }

    @BeforeAll
    static void convertAll() throws Exception {
        String soffice = findSoffice();
        if (soffice == null) {
            return;
        }
        for (String name : SeedFixtures.NAMES) {
            AdministrativeDocument doc = SeedFixtures.load(name);
            new DocxRenderer().render(doc, dir.resolve(name + ".docx"));
            new PdfRenderer().render(doc, dir.resolve(name + "-ours.pdf"));
        }
        Path profile = dir.resolve("lo-profile");
        ProcessBuilder pb = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("lo").toString());
        for (String name : SeedFixtures.NAMES) {
            pb.command().add(dir.resolve(name + ".docx").toString());
        }
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as("soffice exit code (see soffice.log)").isZero();
        converted = true;
    }

    private static String findSoffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String exe : new String[] {"soffice", "soffice.exe", "libreoffice"}) {
                if (Files.isExecutable(Path.of(dirName, exe))) {
                    return Path.of(dirName, exe).toString();
                }
            }
        }
        return null;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void samePageCount(String name) throws Exception {
        requireConverted();
        byte[] lo = Files.readAllBytes(dir.resolve("lo").resolve(name + ".pdf"));
        byte[] ours = Files.readAllBytes(dir.resolve(name + "-ours.pdf"));
        String known = KNOWN_PAGE_DIFFERENCES.get(name);
        if (known != null) {
            // KNOWN GAP, not a pass: see the reason; remove the entry when the PDF renderer splits long footnotes
            assertThat(PdfGlyphs.pages(ours)).as("pages of %s (%s)", name, known)
                    .isBetween(PdfGlyphs.pages(lo), PdfGlyphs.pages(lo) + 2);
            return;
        }
        assertThat(PdfGlyphs.pages(ours)).as("pages of %s", name).isEqualTo(PdfGlyphs.pages(lo));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sameHeaderLinesOnPageOne(String name) throws Exception {
        requireConverted();
        List<Glyph> lo = PdfGlyphs.read(dir.resolve("lo").resolve(name + ".pdf"));
        List<Glyph> ours = PdfGlyphs.read(dir.resolve(name + "-ours.pdf"));
        for (boolean leftColumn : new boolean[] {true, false}) {
            assertThat(headerLines(lo, leftColumn)).as("%s column of %s", leftColumn ? "left" : "right", name)
                    .isEqualTo(headerLines(ours, leftColumn)).isNotEmpty();
        }
    }

    /**
     * Page 1 starts at the same height: LibreOffice set a blank line of its own before the header table of a document
     * with footnotes (seed 004 began 13 pt lower than in the PDF, and a table crossing page 1 broke a row earlier).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void pageOneStartsAtTheSameHeight(String name) throws Exception {
        requireConverted();
        float lo = firstBaseline(PdfGlyphs.read(dir.resolve("lo").resolve(name + ".pdf")));
        float ours = firstBaseline(PdfGlyphs.read(dir.resolve(name + "-ours.pdf")));
        assertThat(lo).as("first line of page 1 of %s, LibreOffice against the PDF", name)
                .isCloseTo(ours, Offset.offset(4f));
    }

    private static float firstBaseline(List<Glyph> glyphs) {
        return glyphs.stream().filter(g -> g.page() == 1 && !g.text().isBlank()).map(Glyph::y).min(Float::compare)
                .orElseThrow();
    }

    /** Texts of the lines of one header column on page 1, down to the first full-width line. */
    static List<String> headerLines(List<Glyph> glyphs, boolean leftColumn) {
        List<Glyph> page1 = glyphs.stream().filter(g -> g.page() == 1 && !g.text().isBlank()).toList();
        // the header ends at the first glyph that crosses the boundary between the two columns
        float end = page1.stream().filter(g -> g.x() < COLUMN_SPLIT && g.x() + g.width() > COLUMN_SPLIT)
                .map(Glyph::y).min(Float::compare).orElse(Float.MAX_VALUE);
        return PdfGlyphs.lines(page1, g -> g.y() < end - 2 && (g.x() < COLUMN_SPLIT) == leftColumn)
                .stream().map(TextLine::compact).toList();
    }

    /** Fails on CI, skips elsewhere, when LibreOffice is not installed. */
    static void requireConverted() {
        if (!converted && onCi()) {
            throw new AssertionError("soffice (LibreOffice) is required on CI: install libreoffice-writer-nogui");
        }
        assumeTrue(converted, "LibreOffice not installed");
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
