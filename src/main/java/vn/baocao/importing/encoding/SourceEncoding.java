package vn.baocao.importing.encoding;

import vn.baocao.importing.text.ImportText;

/** How a piece of text was stored before it was converted to Unicode NFC. */
public enum SourceEncoding {
    /** Already proper Unicode NFC: left untouched. */
    UNICODE,
    /** Unicode, but decomposed (NFD or UniKey's "Unicode tổ hợp"): only normalised to NFC. */
    UNICODE_DECOMPOSED,
    TCVN3,
    VNI,
    VIQR,
    /** Runs of one cell came in different legacy encodings. */
    MIXED;

    public boolean isLegacy() {
        return this == TCVN3 || this == VNI || this == VIQR || this == MIXED;
    }

    /** The Vietnamese name shown to the user in the import preview. */
    public String displayName() {
        return switch (this) {
            case UNICODE -> "Unicode";
            case UNICODE_DECOMPOSED -> ImportText.get("sourceEncoding.unicodeToHop");
            case TCVN3 -> "TCVN3 (ABC)";
            case VNI -> "VNI";
            case VIQR -> "VIQR";
            case MIXED -> ImportText.get("sourceEncoding.nhieuBangMa");
        };
    }
}
