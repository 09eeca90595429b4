package vn.baocao.importing.table;

/** What a cell holds, as stored in the file (a formula's result has its own kind). */
public enum CellKind {
    TEXT,
    NUMBER,
    BOOLEAN,
    FORMULA,
    ERROR,
    BLANK
}
