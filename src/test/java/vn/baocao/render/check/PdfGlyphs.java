package vn.baocao.render.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads every glyph of a PDF with PDFBox, and groups glyphs into lines. */
public final class PdfGlyphs {
    private PdfGlyphs() {
    }

    public static List<Glyph> read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return read(doc);
        }
    }

    public static List<Glyph> read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return read(doc);
        }
    }

    private static List<Glyph> read(PDDocument doc) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                PDPage page = getCurrentPage();
                String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
                out.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(),
                        t.getWidthDirAdj(), t.getFontSizeInPt(), font,
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return out;
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Names of fonts that are used but not embedded. */
    public static List<String> notEmbeddedFonts(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    if (!f.isEmbedded()) {
                        out.add(f.getName());
                    }
                }
            }
        }
        return out;
    }

    /** Lines of the glyphs matching {@code filter}, top to bottom, left to right. */
    public static List<TextLine> lines(List<Glyph> glyphs, Predicate<Glyph> filter) {
        List<Glyph> sorted = new ArrayList<>(glyphs.stream().filter(filter).toList());
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparing(Glyph::y).thenComparing(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!current.isEmpty()) {
                Glyph first = current.get(0);
                if (first.page() != g.page() || Math.abs(first.y() - g.y()) > 2.5f) {
                    lines.add(finish(current));
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(finish(current));
        }
        return lines;
    }

    private static TextLine finish(List<Glyph> glyphs) {
        List<Glyph> copy = new ArrayList<>(glyphs);
        copy.sort(Comparator.comparing(Glyph::x));
        return new TextLine(copy.get(0).page(), copy);
    }
}
