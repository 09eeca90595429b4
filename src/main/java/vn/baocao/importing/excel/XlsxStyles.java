package vn.baocao.importing.excel;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What a cell needs from its style (cellXfs entry): number format id and string, font name, whether the format is
 * a date. Read through POI's own {@link StylesTable}/{@link XSSFCellStyle}, so format strings (built-in or custom)
 * and font names are exactly the usermodel's; each style index is resolved once.
 */
final class XlsxStyles {
    /** One resolved style; {@code broken} when POI itself fails on it (the usermodel would report its cells). */
    static final class Style {
        final short formatIndex;
        final String formatString;
        final String fontName;
        /** The cell's font as CellData lists it (one list per style, not per cell). */
        final java.util.List<String> fontNames;
        final boolean dateFormat;
        final boolean broken;
        private FastNumberFormat fast;
        private boolean fastResolved;

        private Style(short formatIndex, String formatString, String fontName, boolean dateFormat, boolean broken) {
            this.formatIndex = formatIndex;
            this.formatString = formatString;
            this.fontName = fontName;
            this.fontNames = fontName == null ? java.util.List.of() : java.util.List.of(fontName);
            this.dateFormat = dateFormat;
            this.broken = broken;
        }

        /** The fast formatter for this style's format, or {@code null}; looked up once per style. */
        FastNumberFormat fastFormat() {
            if (!fastResolved) {
                fast = FastNumberFormat.of(formatString);
                fastResolved = true;
            }
            return fast;
        }
    }

    private static final Style BROKEN = new Style((short) 0, null, null, false, true);

    private final StylesTable table;
    private final Style[] resolved;

    XlsxStyles(StylesTable table) {
        this.table = table;
        this.resolved = new Style[table.getNumCellStyles()];
    }

    boolean isEmpty() {
        return resolved.length == 0;
    }

    /** The style at a cellXfs index, or {@code null} when there is none (POI's getStyleAt gives null too). */
    Style at(int index) {
        if (index < 0 || index >= resolved.length) {
            return null;
        }
        Style style = resolved[index];
        if (style == null) {
            style = resolve(index);
            resolved[index] = style;
        }
        return style;
    }

    private Style resolve(int index) {
        try {
            XSSFCellStyle style = table.getStyleAt(index);
            short formatIndex = style.getDataFormat();
            String formatString = style.getDataFormatString();
            String font = PoiCellReader.fontName(table.getFontAt(style.getFontIndex()));
            boolean date = DateUtil.isADateFormat(new ExcelNumberFormat(formatIndex, formatString));
            return new Style(formatIndex, formatString, font, date, false);
        } catch (RuntimeException e) {
            return BROKEN;
        }
    }
}
