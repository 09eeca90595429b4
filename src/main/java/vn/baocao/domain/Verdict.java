package vn.baocao.domain;

/** The assessment of an indicator against its plan. */
public enum Verdict {
    /** Better than the plan. */
    VUOT("Vượt"),
    /** Exactly met (or within a range / "khoảng" / "duy trì"). */
    DAT("Đạt"),
    KHONG_DAT("Không đạt"),
    /** Not assessed: the indicator is only tracked, or its plan form contradicts its direction. */
    KHONG_DANH_GIA("Không đánh giá"),
    /** A figure the assessment needs is missing. */
    THIEU_SO_LIEU("Thiếu số liệu");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** Vietnamese label for tables ("Vượt", "Đạt", "Không đạt" …). */
    public String label() {
        return label;
    }

    /** VUOT or DAT. */
    public boolean isMet() {
        return this == VUOT || this == DAT;
    }

    /** VUOT, DAT or KHONG_DAT: a real verdict was reached. */
    public boolean isAssessed() {
        return isMet() || this == KHONG_DAT;
    }
}
