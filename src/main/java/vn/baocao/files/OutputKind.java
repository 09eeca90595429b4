package vn.baocao.files;

/**
 * How a file BaoCao writes is named in a message ("tệp báo cáo lỗi") and which programs may hold it open ("Excel…"), for
 * the sentence of a {@link FileWriteException}.
 */
public record OutputKind(String what, String openIn) {
    /** A rendered Word or PDF document. */
    public static final OutputKind DOCUMENT = new OutputKind("tệp", "Word, trình đọc PDF…");
    /** A document file (JSON). */
    public static final OutputKind DOCUMENT_FILE = new OutputKind("tệp văn bản", "trình soạn thảo");
    /** The error report of an import. */
    public static final OutputKind PROBLEM_REPORT = new OutputKind("tệp báo cáo lỗi", "Excel…");
    /** The data-entry template. */
    public static final OutputKind ENTRY_TEMPLATE = new OutputKind("tệp biểu nhập", "Excel…");
    /** The support bundle (log, versions, settings). */
    public static final OutputKind SUPPORT_BUNDLE = new OutputKind("tệp thông tin hỗ trợ", "trình nén");
    /** A signed PDF. */
    public static final OutputKind SIGNED_PDF = new OutputKind("tệp đã ký", "trình đọc PDF…");
}
