package vn.baocao.importing.excel;

/** What a file is, judged by its content (its first bytes and container structure), never by its name. */
public enum FileKind {
    EMPTY,
    /** BIFF8 .xls in an OLE2 container (may still be RC4/XOR encrypted inside). */
    XLS,
    /** An OLE2 container holding an encrypted OOXML package: .xlsx with a password to open. */
    ENCRYPTED_OOXML,
    XLSX,
    STRICT_OOXML,
    /** Excel 2.x–95 (BIFF2–BIFF5). */
    OLD_EXCEL,
    CSV,
    HTML,
    XML_SPREADSHEET_2003,
    /** Word, PowerPoint, PDF, a zip of something else, an image ... */
    OTHER
}
