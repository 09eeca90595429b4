package vn.baocao.importing.table;

import java.util.Arrays;

/**
 * The qualified references of one sheet's cells ("'Tổng hợp'!D5"), the very text of
 * {@link CellReferences#qualified}, made from each column's prefix ("'Tổng hợp'!D"), kept once made. The preview
 * names every one of a sheet's 100 000 cells, mostly before the JIT has compiled it: a prefix and the row number
 * joined by {@link String#concat} cost far less there than a string concatenation through method handles, and
 * give exactly sized strings (a StringBuilder is widened and copied for a sheet name outside Latin-1).
 */
public final class SheetCellNames {
    private static final int MAX_COLUMNS = 16_384;
    private final String sheetRef;
    private String[] prefixes = new String[64];

    /** @param sheetRef the sheet's name as a reference shows it, quoted when needed ("'Tổng hợp'") */
    public SheetCellNames(String sheetRef) {
        this.sheetRef = sheetRef;
    }

    /** "'Tổng hợp'!B10" for row 9, column 1. */
    public String of(int row, int column) {
        if (column < 0 || column >= MAX_COLUMNS) {
            return CellReferences.qualified(sheetRef, row, column);
        }
        return prefix(column).concat(CellReferences.rowLabel(row));
    }

    private String prefix(int column) {
        if (column >= prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, Math.min(MAX_COLUMNS, Math.max(column + 1, 2 * prefixes.length)));
        }
        String prefix = prefixes[column];
        if (prefix == null) {
            prefix = CellReferences.columnPrefix(sheetRef, column);
            prefixes[column] = prefix;
        }
        return prefix;
    }
}
