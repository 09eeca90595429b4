package vn.baocao.document;

import vn.baocao.document.text.DocumentText;

/**
 * The kinds of administrative document the application compiles, with the type name printed as the
 * title (tên loại) and the abbreviation used in the ký hiệu (ND30 Phụ lục III, part I).
 * A Công văn has neither: its summary is printed as "V/v …" under the number.
 */
public enum DocumentType {
    BAO_CAO(DocumentText.get("documentType.baoCao"), "BC"),
    KE_HOACH(DocumentText.get("documentType.keHoach"), "KH"),
    THONG_BAO(DocumentText.get("documentType.thongBao"), "TB"),
    TO_TRINH(DocumentText.get("documentType.toTrinh"), "TTr"),
    HUONG_DAN(DocumentText.get("documentType.huongDan"), "HD"),
    CONG_VAN(null, null);

    private final String title;
    private final String abbreviation;

    DocumentType(String title, String abbreviation) {
        this.title = title;
        this.abbreviation = abbreviation;
    }

    /** The upper-case type name printed above the summary, or null for a Công văn. */
    public String title() {
        return title;
    }

    /** The abbreviation used in the ký hiệu (BC, KH, TB…), or null for a Công văn. */
    public String abbreviation() {
        return abbreviation;
    }

    public boolean hasTitle() {
        return title != null;
    }
}
