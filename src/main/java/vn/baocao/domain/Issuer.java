package vn.baocao.domain;

/** Who set a plan target. The phrase is what a report writes after "so với". */
public enum Issuer {
    NQ_HDND("Nghị quyết HĐND", "Nghị quyết"),
    NQ_DANG_BO("Nghị quyết Đảng bộ", "Nghị quyết Đảng bộ"),
    UBND_GIAO("Kế hoạch UBND giao", "kế hoạch giao"),
    HUYEN_GIAO("Huyện giao", "kế hoạch huyện giao"),
    TINH_GIAO("Tỉnh giao", "kế hoạch tỉnh giao"),
    NGANH_GIAO("Kế hoạch ngành", "kế hoạch ngành"),
    DANG_KY("Đăng ký phấn đấu", "chỉ tiêu đăng ký"),
    KHAC("Khác", "kế hoạch");

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
            default -> throw new IllegalArgumentException("Cơ quan giao chỉ tiêu không hợp lệ: " + text
                    + " (dùng NQ_HDND, HUYEN_GIAO, TINH_GIAO, UBND_GIAO, NQ_DANG_BO, NGANH_GIAO, DANG_KY, KHAC)");
        };
    }
}
