package vn.baocao.importing.excel;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * The text a Vietnamese Excel shows for a non-date number, identical to {@code PoiCellReader}'s
 * {@code DataFormatter(vi-VN).formatCellValue(cell)}: common formats go through {@link FastNumberFormat}, every
 * other format (and the values the fast path leaves out) through one DataFormatter fed a {@link NumberCellAdapter}.
 * One instance per workbook, like the usermodel path, because DataFormatter caches formats by their string.
 */
final class DisplayedNumbers {
    private final DataFormatter formatter;
    private final boolean date1904;

    DisplayedNumbers(boolean date1904) {
        this.date1904 = date1904;
        this.formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        this.formatter.setUseCachedValuesForFormulaCells(true);
    }

    String format(double value, XlsxStyles.Style style) {
        FastNumberFormat fast = style.fastFormat();
        String text = fast == null ? null : fast.format(value);
        if (text != null) {
            return text;
        }
        return formatter.formatCellValue(
                NumberCellAdapter.cell(value, style.formatIndex, style.formatString, date1904));
    }
}
