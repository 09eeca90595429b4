package vn.baocao.importing.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import vn.baocao.importing.encoding.TextRun;

/**
 * Splits a rich string into runs the same way for the usermodel and the streaming reader: text before the first
 * run, and runs without a font, use the cell font. Run starts are clamped to the text, because POI counts them
 * on the stored (still {@code _xHHHH_}-escaped) run texts while the text itself is decoded.
 */
final class RichTextRuns {
    private RichTextRuns() {
    }

    /**
     * @param text     the whole string ({@code null} reads as "")
     * @param count    number of formatting runs
     * @param start    start index of run i
     * @param runFont  font name of run i, or {@code null} for "the cell font"
     * @param cellFont the cell's font name (may be {@code null})
     */
    static List<TextRun> split(String text, int count, IntUnaryOperator start, IntFunction<String> runFont,
            String cellFont) {
        if (count == 0 || text == null) {
            return List.of(new TextRun(text == null ? "" : text, cellFont));
        }
        List<TextRun> runs = new ArrayList<>();
        int firstStart = Math.min(start.applyAsInt(0), text.length());
        if (firstStart > 0) {
            runs.add(new TextRun(text.substring(0, firstStart), cellFont));
        }
        for (int i = 0; i < count; i++) {
            int from = Math.min(start.applyAsInt(i), text.length());
            int end = i + 1 < count ? Math.min(start.applyAsInt(i + 1), text.length()) : text.length();
            if (end > from) {
                String font = runFont.apply(i);
                runs.add(new TextRun(text.substring(from, end), font == null ? cellFont : font));
            }
        }
        return runs;
    }
}
