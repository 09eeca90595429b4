package vn.baocao.importing.layout;

/** Where the header band is: rows first..last (zero-based), the optional column-number row, first data row. */
record HeaderBand(int firstRow, int lastRow, Integer columnNumberRow, int dataStartRow) {
    static HeaderBand none(int dataStartRow) {
        return new HeaderBand(-1, -1, null, dataStartRow);
    }
}
