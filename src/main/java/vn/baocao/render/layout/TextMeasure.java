package vn.baocao.render.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.baocao.render.text.RenderText;

/**
 * Measures the width of a line of text in the document face, so that rule lengths are decided once
 * here (not by each renderer). Uses the same font files as the PDF renderer. The font's own advance widths
 * ({@link TrueTypeAdvances}) measure ordinary text to the same number AWT gives; AWT, whose start costs a cold render
 * ~0,1 s, is asked only for text it lays out itself (complex scripts, combining marks, control characters).
 */
public final class TextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);
    private static final ConcurrentHashMap<Integer, Font> FONTS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Integer, Optional<TrueTypeAdvances>> ADVANCES = new ConcurrentHashMap<>();

    private TextMeasure() {
    }

    /** The advance width of {@code text} in points. */
    public static double widthPt(String text, double sizePt, boolean bold, boolean italic) {
        // AWT hands the font scaler the size in 64ths of a point: a size between two 64ths is AWT's to measure
        if (sizePt * 64 == Math.rint(sizePt * 64) && TrueTypeAdvances.simple(text)) {
            Optional<TrueTypeAdvances> own = ADVANCES.computeIfAbsent((bold ? 1 : 0) + (italic ? 2 : 0),
                    k -> TrueTypeAdvances.read(FontFiles.get().face(bold, italic)));
            if (own.isPresent()) {
                return own.get().widthPt(text, sizePt);
            }
        }
        return awtWidthPt(text, sizePt, bold, italic);
    }

    /** The width AWT gives (the measure before issue 17, and the one for text the font's advances cannot settle). */
    static double awtWidthPt(String text, double sizePt, boolean bold, boolean italic) {
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
