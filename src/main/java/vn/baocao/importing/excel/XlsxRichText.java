package vn.baocao.importing.excel;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import vn.baocao.importing.encoding.TextRun;

/**
 * A string from the shared-strings table or an inline string, as POI's {@link XSSFRichTextString} would present
 * it: the decoded text, the run starts counted on the stored run texts, and each run's font name.
 *
 * @param text      what {@code getString()} returns: {@code _xHHHH_} escapes decoded, may be {@code null} (no
 *                  {@code <t>})
 * @param runStarts start of each run, counted on the stored texts; empty when the string has no runs
 * @param runFonts  font name of each run: {@code null} when the run has no properties (so the cell font
 *                  applies), else the {@code rFont} value or POI's default font name
 */
record XlsxRichText(String text, int[] runStarts, String[] runFonts) {
    private static final int[] NO_STARTS = new int[0];
    private static final String[] NO_FONTS = new String[0];
    static final XlsxRichText EMPTY = plain("");

    /** A string without runs, as {@code new XSSFRichTextString(stored)} gives it. */
    static XlsxRichText plain(String stored) {
        return new XlsxRichText(decode(stored), NO_STARTS, NO_FONTS);
    }

    /** The runs for {@link vn.baocao.importing.encoding.VietnameseTextConverter}, like {@code PoiCellReader}. */
    List<TextRun> runs(String cellFont) {
        return RichTextRuns.split(text, runStarts.length, i -> runStarts[i], this::runFont, cellFont);
    }

    private String runFont(int run) {
        String name = runFonts[run];
        return name == null || name.isBlank() ? null : name;
    }

    /** POI's {@code _xHHHH_} decoding; done by POI itself, since such escapes are rare. */
    static String decode(String stored) {
        if (stored == null || !stored.contains("_x")) {
            return stored;
        }
        return new XSSFRichTextString(stored).getString();
    }
}
