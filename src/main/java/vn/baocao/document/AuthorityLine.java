package vn.baocao.document;

import vn.baocao.document.text.DocumentText;

/** One authority line of the signature block, e.g. TM. + "ỦY BAN NHÂN DÂN". */
public record AuthorityLine(AuthorityMode mode, String title) {
    public AuthorityLine {
        if (mode == null) {
            throw new IllegalArgumentException(DocumentText.get("authorityLine.thieuQuyenHanKy"));
        }
        title = TextNormalizer.nfc(title == null ? "" : title.strip());
    }

    public String format() {
        return mode.prefix() + " " + title;
    }
}
