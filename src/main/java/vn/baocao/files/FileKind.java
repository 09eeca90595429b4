package vn.baocao.files;

/**
 * How a written file is named in a message ("tệp báo cáo lỗi") and which programs may hold it open ("Excel…"), for
 * the sentence of a {@link FileWriteException}.
 */
public record FileKind(String what, String openIn) {
    /** A rendered Word or PDF document. */
    public static final FileKind DOCUMENT = new FileKind("tệp", "Word, trình đọc PDF…");
    /** A document file (JSON). */
    public static final FileKind DOCUMENT_FILE = new FileKind("tệp văn bản", "trình soạn thảo");
    /** The error report of an import. */
    public static final FileKind PROBLEM_REPORT = new FileKind("tệp báo cáo lỗi", "Excel…");
    /** The data-entry template. */
    public static final FileKind ENTRY_TEMPLATE = new FileKind("tệp biểu nhập", "Excel…");
}
