package vn.baocao.domain;

import vn.baocao.domain.text.DomainText;

/** The form of a plan target. */
public enum Comparator {
    /** "đạt 3 trường": exactly this value (for UP indicators, reaching it is enough). */
    EQ("="),
    /** "99,8% trở lên": at least. */
    GE("≥"),
    /** "trên 91,6%": strictly more than. */
    GT(">"),
    /** "dưới 1.500 hộ" read as a ceiling that may be reached. */
    LE("≤"),
    /** "dưới 3": strictly less than. */
    LT("<"),
    /** "6,6 - 6,8": between two values, both included. */
    RANGE("–"),
    /** "khoảng 4": about; assessed like a range of ± tolerance. */
    APPROX("≈"),
    /** "duy trì": keep last period's level or better. */
    MAINTAIN(DomainText.get("comparator.duyTri")),
    /** "đạt chuẩn": a status that is reached or not. */
    STATUS(DomainText.get("comparator.dat"));

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a percent of plan is meaningful for this form (ranges, "khoảng", "duy trì" and statuses get an assessment only). */
    public boolean hasPercent() {
        return this == EQ || this == GE || this == GT || this == LE || this == LT;
    }

    /** Reads "=", "≥", ">=", "GE", "range", "duy trì" … */
    public static Comparator parse(String text) {
        String t = text.strip();
        for (Comparator c : values()) {
            if (c.symbol.equalsIgnoreCase(t) || c.name().equalsIgnoreCase(t)) {
                return c;
            }
        }
        return switch (t) {
            case ">=" -> GE;
            case "<=" -> LE;
            case "~" -> APPROX;
            case "-", "range" -> RANGE;
            default -> throw new IllegalArgumentException(DomainText.get("comparator.dangChiTieuKe", text));
        };
    }
}
