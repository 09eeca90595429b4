package vn.baocao.render.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import vn.baocao.render.text.RenderText;

/**
 * Measures the width of a line of text in the document face, so that rule lengths are decided once
 * here (not by each renderer). Uses the same font files as the PDF renderer.
 */
public final class TextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);
    private static final ConcurrentHashMap<Integer, Font> FONTS = new ConcurrentHashMap<>();

    private TextMeasure() {
    }

    /** The advance width of {@code text} in points. */
    public static double widthPt(String text, double sizePt, boolean bold, boolean italic) {
        Font base = FONTS.computeIfAbsent((bold ? 1 : 0) + (italic ? 2 : 0), k -> load(bold, italic));
        return base.deriveFont((float) sizePt).getStringBounds(text, CONTEXT).getWidth();
    }

    private static Font load(boolean bold, boolean italic) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(FontFiles.get().face(bold, italic)));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException(RenderText.get("textMeasure.khongDocDuocPhong"), e);
        }
    }
}
