package vn.baocao.files;

/**
 * How a file BaoCao writes is named in a message ("tệp báo cáo lỗi") and which programs may hold it open ("Excel…"), for
 * the sentence of a {@link FileWriteException}.
 */
public record OutputKind(String what, String openIn) {
    /** A rendered Word or PDF document. */
    public static final OutputKind DOCUMENT = new OutputKind(FileText.get("outputKind.tep"), FileText.get("outputKind.wordTrinhDocPdf"));
    /** A document file (JSON). */
    public static final OutputKind DOCUMENT_FILE = new OutputKind(FileText.get("outputKind.tepVanBan"), FileText.get("outputKind.trinhSoanThao"));
    /** The error report of an import. */
    public static final OutputKind PROBLEM_REPORT = new OutputKind(FileText.get("outputKind.tepBaoCaoLoi"), "Excel…");
    /** The data-entry template. */
    public static final OutputKind ENTRY_TEMPLATE = new OutputKind(FileText.get("outputKind.tepBieuNhap"), "Excel…");
    /** The support bundle (log, versions, settings). */
    public static final OutputKind SUPPORT_BUNDLE = new OutputKind(FileText.get("outputKind.tepThongTinHo"), FileText.get("outputKind.trinhNen"));
    /** A signed PDF. */
    public static final OutputKind SIGNED_PDF = new OutputKind(FileText.get("outputKind.tepDaKy"), FileText.get("outputKind.trinhDocPdf"));
}
