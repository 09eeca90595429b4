package vn.baocao.importing.table;

/** A1-style references for zero-based row and column indexes. */
public final class CellReferences {
    private CellReferences() {
    }

    /** Letters of the columns asked for so far (16 384 at most in a sheet); racy but harmless: strings are final. */
    private static final String[] LETTERS = new String[16_384];

    /** "A" for 0, "Z" for 25, "AA" for 26. */
    public static String columnLetters(int column) {
        if (column >= 0 && column < LETTERS.length) {
            String letters = LETTERS[column];
            if (letters == null) {
                letters = letters(column);
                LETTERS[column] = letters;
            }
            return letters;
        }
        return letters(column);
    }

    private static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    /** "B10" for row 9, column 1. */
    public static String of(int row, int column) {
        return columnLetters(column) + (row + 1);
    }

    /** "'Tổng hợp'!B10" for a sheet's quoted name, row 9, column 1: how a cell is named to the clerk. */
    public static String qualified(String sheetRef, int row, int column) {
        return columnPrefix(sheetRef, column).concat(rowLabel(row));
    }

    /** "'Tổng hợp'!B": a qualified reference up to its row ({@link SheetCellNames} keeps one per column). */
    static String columnPrefix(String sheetRef, int column) {
        return sheetRef.concat("!").concat(columnLetters(column));
    }

    /** "10" for row 9 (zero-based). */
    static String rowLabel(int row) {
        return Integer.toString(row + 1);
    }
}
