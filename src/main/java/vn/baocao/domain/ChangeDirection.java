package vn.baocao.domain;

import java.math.BigDecimal;

/** Which way a figure moved compared with the same period last year. */
public enum ChangeDirection {
    TANG("tăng"),
    GIAM("giảm"),
    KHONG_DOI("không đổi");

    private final String word;

    ChangeDirection(String word) {
        this.word = word;
    }

    /** "tăng", "giảm", "không đổi". */
    public String word() {
        return word;
    }

    public static ChangeDirection of(BigDecimal difference) {
        int s = difference.signum();
        return s > 0 ? TANG : s < 0 ? GIAM : KHONG_DOI;
    }
}
