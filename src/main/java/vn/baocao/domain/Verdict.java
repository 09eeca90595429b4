package vn.baocao.domain;

import vn.baocao.domain.text.DomainText;

/** The assessment of an indicator against its plan. */
public enum Verdict {
    /** Better than the plan. */
    VUOT(DomainText.get("verdict.vuot")),
    /** Exactly met (or within a range / "khoảng" / "duy trì"). */
    DAT(DomainText.get("verdict.dat")),
    KHONG_DAT(DomainText.get("verdict.khongDat")),
    /** Not assessed: the indicator is only tracked, or its plan form contradicts its direction. */
    KHONG_DANH_GIA(DomainText.get("verdict.khongDanhGia")),
    /** A figure the assessment needs is missing. */
    THIEU_SO_LIEU(DomainText.get("verdict.thieuSoLieu"));

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
