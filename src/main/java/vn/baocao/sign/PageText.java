package vn.baocao.sign;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of one page as pieces of a line with their boxes (PDF user space, origin at the bottom left). A line of
 * a two-column block ("Nơi nhận" on the left, the signer on the right) splits into pieces where the gap between two
 * glyphs is wider than a few spaces, so each column's text is its own piece.
 */
final class PageText {
    /** One piece of a line: its text and box, in points. */
    record Piece(String text, float left, float right, float bottom, float top) {
        float centreX() {
            return (left + right) / 2;
        }

        boolean matches(String wanted) {
            return squeeze(text).equals(squeeze(wanted));
        }
    }

    private PageText() {
    }

    static List<Piece> of(PDDocument doc, int pageIndex) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(doc);
        float pageHeight = doc.getPage(pageIndex).getMediaBox().getHeight();
        glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<Piece> pieces = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        for (TextPosition g : glyphs) {
            if (!current.isEmpty()) {
                TextPosition last = current.get(current.size() - 1);
                boolean sameLine = Math.abs(g.getYDirAdj() - last.getYDirAdj()) < 2;
                float gap = g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                if (!sameLine || gap > 1.5f * Math.max(last.getFontSizeInPt(), 1)) { // wider than a few spaces
                    pieces.add(piece(current, pageHeight));
                    current.clear();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            pieces.add(piece(current, pageHeight));
        }
        return pieces;
    }

    private static Piece piece(List<TextPosition> glyphs, float pageHeight) {
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float baseline = glyphs.get(0).getYDirAdj();
        float size = 0;
        for (TextPosition g : glyphs) {
            text.append(g.getUnicode());
            left = Math.min(left, g.getXDirAdj());
            right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            size = Math.max(size, g.getFontSizeInPt());
        }
        float base = pageHeight - baseline;
        return new Piece(text.toString().strip(), left, right, base - 0.22f * size, base + 0.72f * size);
    }

    /** Text compared without spaces or case, in one Unicode form. */
    static String squeeze(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
