package vn.baocao.importing.table;

import vn.baocao.importing.text.ImportText;

/** A merged block of cells, zero-based and inclusive; its value lives in the top-left cell. */
public record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    public MergedRegion {
        if (firstRow > lastRow || firstColumn > lastColumn || firstRow < 0 || firstColumn < 0) {
            throw new IllegalArgumentException(ImportText.get("mergedRegion.vungGopOKhong"));
        }
    }

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    public boolean isTopLeft(int row, int column) {
        return row == firstRow && column == firstColumn;
    }

    public int width() {
        return lastColumn - firstColumn + 1;
    }

    public int height() {
        return lastRow - firstRow + 1;
    }

    /** "E5:G5". */
    public String reference() {
        return CellReferences.of(firstRow, firstColumn) + ":" + CellReferences.of(lastRow, lastColumn);
    }
}
