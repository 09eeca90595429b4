package vn.baocao.document;

/** The prefixes of the signature's authority lines (ND30 PL I II.7, spec §4.5). */
public enum AuthorityMode {
    /** On behalf of a collective body: "TM. ỦY BAN NHÂN DÂN". */
    TM("TM."),
    /** A deputy signing for the head: "KT. CHỦ TỊCH". */
    KT("KT."),
    /** Acting head: "Q. CHỦ TỊCH". */
    Q("Q."),
    /** By order: "TL. CHỦ TỊCH". */
    TL("TL."),
    /** By authorisation: "TUQ. CHỦ TỊCH". */
    TUQ("TUQ.");

    private final String prefix;

    AuthorityMode(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
