package vn.baocao.domain;

import vn.baocao.domain.text.DomainText;

/** How final a figure is. */
public enum ObservationKind {
    THUC_HIEN("thực hiện"),
    UOC("ước thực hiện"),
    SO_BO("sơ bộ"),
    CHINH_THUC("chính thức");

    private final String label;

    ObservationKind(String label) {
        this.label = label;
    }

    /** Vietnamese wording, lower case, as used inside a sentence. */
    public String label() {
        return label;
    }

    public static ObservationKind parse(String text) {
        String t = text.strip();
        for (ObservationKind k : values()) {
            if (k.name().equalsIgnoreCase(t) || k.label.equalsIgnoreCase(t)) {
                return k;
            }
        }
        if (t.equalsIgnoreCase("uoc") || t.equalsIgnoreCase("ước") || t.equalsIgnoreCase("ƯTH")) {
            return UOC;
        }
        if (t.equalsIgnoreCase("TH")) {
            return THUC_HIEN;
        }
        throw new IllegalArgumentException(DomainText.get("observationKind.loaiSoLieuKhong", text));
    }
}
