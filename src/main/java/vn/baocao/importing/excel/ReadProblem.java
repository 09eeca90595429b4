package vn.baocao.importing.excel;

/** Why a file could not be read; lets the UI react (e.g. ask for a password) without parsing messages. */
public enum ReadProblem {
    FILE_NOT_FOUND,
    EMPTY_FILE,
    PASSWORD_REQUIRED,
    WRONG_PASSWORD,
    STRICT_OOXML,
    OLD_EXCEL_FORMAT,
    NOT_A_SPREADSHEET,
    SUSPECTED_ZIP_BOMB,
    TOO_LARGE,
    CORRUPT
}
