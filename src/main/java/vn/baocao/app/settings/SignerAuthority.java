package vn.baocao.app.settings;

/** What a signer writes before the title under ND30: TM., KT., Q., TL. or nothing. */
public enum SignerAuthority {
    NONE(""), TM("TM."), KT("KT."), Q("Q."), TL("TL.");

    private final String prefix;

    SignerAuthority(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
