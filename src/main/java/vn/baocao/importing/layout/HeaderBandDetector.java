package vn.baocao.importing.layout;

import java.util.regex.Pattern;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.MergedRegion;
import vn.baocao.importing.table.SheetTable;

/**
 * Finds the header band of an indicator sheet (spec excel-import.md §2.5):
 * <ol>
 *   <li>the anchor is the first row (within the first {@value #SEARCH_ROWS}) with a "STT" label and a name label
 *       ("Chỉ tiêu", "Nội dung"), or else with at least two recognised column labels;</li>
 *   <li>the band grows down over merged regions that start in it, and over following rows that look like
 *       header rows (text only, no STT and no name), up to {@value #MAX_HEADER_ROWS} rows;</li>
 *   <li>a column-number row ("A B C 1 2 3", "(1) (2)", or -1, -2 ... that Excel made of "(1)") right under the band
 *       ends it and is not data.</li>
 * </ol>
 */
final class HeaderBandDetector {
    static final int SEARCH_ROWS = 30;
    static final int MAX_HEADER_ROWS = 4;
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?-?([A-Za-z]|\\d{1,2})\\)?$");

    private HeaderBandDetector() {
    }

    static HeaderBand detect(SheetTable sheet) {
        return detect(sheet, 0);
    }

    /** The header band of the first table starting at or below {@code fromRow}. */
    static HeaderBand detect(SheetTable sheet, int fromRow) {
        int anchor = findAnchor(sheet, fromRow);
        if (anchor < 0) {
            return HeaderBand.none(fromRow);
        }
        int last = anchor;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (MergedRegion region : sheet.mergedRegions()) {
                if (region.firstRow() >= anchor && region.firstRow() <= last && region.lastRow() > last
                        && region.lastRow() < anchor + MAX_HEADER_ROWS && region.width() < sheet.columnCount()) {
                    last = region.lastRow();
                    grown = true;
                }
            }
            if (last + 1 < anchor + MAX_HEADER_ROWS && looksLikeHeaderContinuation(sheet, anchor, last + 1)) {
                last++;
                grown = true;
            }
        }
        Integer columnNumbers = isColumnNumberRow(sheet, last + 1) ? last + 1 : null;
        int dataStart = columnNumbers != null ? columnNumbers + 1 : last + 1;
        return new HeaderBand(anchor, last, columnNumbers, dataStart);
    }

    /** Whether a row has both a "STT" and a name label: the first row of a (further) table's header. */
    static boolean isStrongAnchor(SheetTable sheet, int row) {
        return anchorStrength(sheet, row) == 2;
    }

    /** 2 for STT and name labels, 1 for two recognised labels or STT alone, else 0. */
    private static int anchorStrength(SheetTable sheet, int r) {
        int recognised = 0;
        boolean stt = false;
        boolean name = false;
        for (int c = 0; c < sheet.columnCount(); c++) {
            CellData cell = sheet.cell(r, c);
            if (cell.isCoveredByMerge() || cell.isBlank() || cell.hasNumber()) {
                continue; // labels are text; a data row's numbers need no folding
            }
            ColumnRole role = ColumnRoleClassifier.classifyLabel(cell.text());
            if (role != null) {
                recognised++;
                stt |= role == ColumnRole.STT;
                name |= role == ColumnRole.NAME;
            }
        }
        return stt && name ? 2 : recognised >= 2 || stt ? 1 : 0;
    }

    private static int findAnchor(SheetTable sheet, int fromRow) {
        int limit = Math.min(sheet.rowCount(), fromRow + SEARCH_ROWS);
        int fallback = -1;
        for (int r = fromRow; r < limit; r++) {
            int strength = anchorStrength(sheet, r);
            if (strength == 2) {
                return r;
            }
            if (strength == 1 && fallback < 0) {
                fallback = r;
            }
        }
        return fallback;
    }

    /** A row under the anchor that holds only short labels in value columns, no STT and no name. */
    private static boolean looksLikeHeaderContinuation(SheetTable sheet, int anchor, int row) {
        if (row >= sheet.rowCount() || sheet.isRowBlank(row) || isColumnNumberRow(sheet, row)) {
            return false;
        }
        int labels = 0;
        for (int c = 0; c < sheet.columnCount(); c++) {
            CellData cell = sheet.cell(row, c);
            if (cell.isCoveredByMerge() || cell.isBlank()) {
                continue;
            }
            ColumnRole above = ColumnRoleClassifier.classifyLabel(sheet.displayedCell(anchor, c).text());
            if (cell.hasNumber() || above == ColumnRole.STT || above == ColumnRole.NAME
                    || SttToken.parse(cell.text()) != null) {
                return false;
            }
            labels++;
        }
        return labels > 0;
    }

    static boolean isColumnNumberRow(SheetTable sheet, int row) {
        if (row >= sheet.rowCount()) {
            return false;
        }
        int tokens = 0;
        for (int c = 0; c < sheet.columnCount(); c++) {
            CellData cell = sheet.cell(row, c);
            if (cell.isCoveredByMerge() || cell.isBlank()) {
                continue;
            }
            String text = cell.text().trim();
            if (cell.hasNumber()) {
                double v = Math.abs(cell.number());
                if (v != Math.rint(v) || v > 99) {
                    return false;
                }
            } else if (!COLUMN_NUMBER.matcher(text).matches() && !ColumnRoleClassifier.isFormulaLabel(text)) {
                return false;
            }
            tokens++;
        }
        return tokens >= 3;
    }
}
