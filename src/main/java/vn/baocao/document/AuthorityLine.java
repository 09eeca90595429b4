package vn.baocao.document;

/** One authority line of the signature block, e.g. TM. + "ỦY BAN NHÂN DÂN". */
public record AuthorityLine(AuthorityMode mode, String title) {
    public AuthorityLine {
        if (mode == null) {
            throw new IllegalArgumentException("Thiếu quyền hạn ký (TM., KT., Q., TL., TUQ.).");
        }
        title = TextNormalizer.nfc(title == null ? "" : title.strip());
    }

    public String format() {
        return mode.prefix() + " " + title;
    }
}
