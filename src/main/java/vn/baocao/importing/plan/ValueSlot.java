package vn.baocao.importing.plan;

import vn.baocao.domain.Issuer;
import vn.baocao.domain.ObservationKind;
import vn.baocao.importing.text.ImportText;

/** Where a value column's figures go: an observation of some kind, or a plan target of some issuer. */
public record ValueSlot(ObservationKind kind, Issuer issuer) {
    public ValueSlot {
        if ((kind == null) == (issuer == null)) {
            throw new IllegalArgumentException("exactly one of kind and issuer");
        }
    }

    public static ValueSlot observation(ObservationKind kind) {
        return new ValueSlot(kind, null);
    }

    public static ValueSlot target(Issuer issuer) {
        return new ValueSlot(null, issuer);
    }

    public boolean isTarget() {
        return issuer != null;
    }

    /** The discriminator stored in the row: kind or issuer name. */
    public String discriminator() {
        return isTarget() ? issuer.name() : kind.name();
    }

    /** Short code as used in answers and template codes: TH, UOC, SO_BO, CHINH_THUC, KH:NQ_HDND. */
    public String code() {
        if (isTarget()) {
            return "KH:" + issuer.name();
        }
        return kind == ObservationKind.THUC_HIEN ? "TH" : kind.name();
    }

    /** Reads {@link #code()}; "KH" alone takes the given default issuer. */
    public static ValueSlot parse(String code, Issuer defaultIssuer) {
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (c.equals("KH")) {
            return target(defaultIssuer);
        }
        if (c.startsWith("KH:")) {
            return target(Issuer.parse(c.substring(3)));
        }
        return observation(c.equals("TH") ? ObservationKind.THUC_HIEN : ObservationKind.parse(c));
    }

    /** Vietnamese label: "thực hiện", "ước thực hiện", "kế hoạch (Nghị quyết HĐND)". */
    public String label() {
        return isTarget() ? ImportText.get("valueSlot.keHoach", issuer.label()) : kind.label();
    }
}
