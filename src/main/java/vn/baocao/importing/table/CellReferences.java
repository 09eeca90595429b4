package vn.baocao.importing.table;

/** A1-style references for zero-based row and column indexes. */
public final class CellReferences {
    private CellReferences() {
    }

    /** "A" for 0, "Z" for 25, "AA" for 26. */
    public static String columnLetters(int column) {
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
}
