package vn.baocao.domain;

import vn.baocao.domain.text.DomainText;

/** Who set a plan target. The phrase is what a report writes after "so với". */
public enum Issuer {
    NQ_HDND(DomainText.get("issuer.nghiQuyetHdnd"), DomainText.get("issuer.nghiQuyet")),
    NQ_DANG_BO(DomainText.get("issuer.nghiQuyetDangBo"), DomainText.get("issuer.nghiQuyetDangBo")),
    UBND_GIAO(DomainText.get("issuer.keHoachUbndGiao"), DomainText.get("issuer.keHoachGiao")),
    HUYEN_GIAO(DomainText.get("issuer.huyenGiao"), DomainText.get("issuer.keHoachHuyenGiao")),
    TINH_GIAO(DomainText.get("issuer.tinhGiao"), DomainText.get("issuer.keHoachTinhGiao")),
    NGANH_GIAO(DomainText.get("issuer.keHoachNganh"), DomainText.get("issuer.keHoachNganh2")),
    DANG_KY(DomainText.get("issuer.dangKyPhanDau"), DomainText.get("issuer.chiTieuDangKy")),
    KHAC(DomainText.get("issuer.khac"), DomainText.get("issuer.keHoach"));

    private final String label;
    private final String comparedPhrase;

    Issuer(String label, String comparedPhrase) {
        this.label = label;
        this.comparedPhrase = comparedPhrase;
    }

    /** Name shown in lists and tables. */
    public String label() {
        return label;
    }

    /** Words after "so với" in a sentence: "so với Nghị quyết", "so với kế hoạch tỉnh giao". */
    public String comparedPhrase() {
        return comparedPhrase;
    }

    /** Reads a code ("NQ_HDND", "nq-hdnd", "tinh") or a label. */
    public static Issuer parse(String text) {
        String t = text.strip();
        String code = t.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Issuer i : values()) {
            if (i.name().equals(code) || i.label.equalsIgnoreCase(t)) {
                return i;
            }
        }
        return switch (code) {
            case "NQ", "HDND" -> NQ_HDND;
            case "HUYEN" -> HUYEN_GIAO;
            case "TINH" -> TINH_GIAO;
            case "UBND" -> UBND_GIAO;
            default -> throw new IllegalArgumentException(DomainText.get("issuer.coQuanGiaoChi", text));
        };
    }
}
