package vn.baocao.app.data;

import vn.baocao.domain.Period;
import vn.baocao.domain.PeriodType;

/** The kinds of period the clerk picks beside a year; together they make a {@link Period}. */
public enum PeriodKind {
    YEAR("period.kind.year", PeriodType.YEAR, 0),
    FIRST_HALF("period.kind.firstHalf", PeriodType.HALF_YEAR, 1),
    SECOND_HALF("period.kind.secondHalf", PeriodType.HALF_YEAR, 2),
    NINE_MONTHS("period.kind.nineMonths", PeriodType.NINE_MONTHS, 0),
    Q1("period.kind.q1", PeriodType.QUARTER, 1),
    Q2("period.kind.q2", PeriodType.QUARTER, 2),
    Q3("period.kind.q3", PeriodType.QUARTER, 3),
    Q4("period.kind.q4", PeriodType.QUARTER, 4),
    M01("period.kind.m01", PeriodType.MONTH, 1),
    M02("period.kind.m02", PeriodType.MONTH, 2),
    M03("period.kind.m03", PeriodType.MONTH, 3),
    M04("period.kind.m04", PeriodType.MONTH, 4),
    M05("period.kind.m05", PeriodType.MONTH, 5),
    M06("period.kind.m06", PeriodType.MONTH, 6),
    M07("period.kind.m07", PeriodType.MONTH, 7),
    M08("period.kind.m08", PeriodType.MONTH, 8),
    M09("period.kind.m09", PeriodType.MONTH, 9),
    M10("period.kind.m10", PeriodType.MONTH, 10),
    M11("period.kind.m11", PeriodType.MONTH, 11),
    M12("period.kind.m12", PeriodType.MONTH, 12),
    SCHOOL_YEAR("period.kind.schoolYear", PeriodType.SCHOOL_YEAR, 0);

    private final String messageKey;
    private final PeriodType type;
    private final int index;

    PeriodKind(String messageKey, PeriodType type, int index) {
        this.messageKey = messageKey;
        this.type = type;
        this.index = index;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The period of this kind in a year (a school year starts in that year). */
    public Period in(int year) {
        return switch (type) {
            case SCHOOL_YEAR -> Period.schoolYear(year);
            case YEAR, NINE_MONTHS -> new Period(type, year, 0);
            default -> new Period(type, year, index);
        };
    }

    /** The kind of a period; periods the pickers cannot show (giai đoạn) give empty. */
    public static java.util.Optional<PeriodKind> of(Period period) {
        for (PeriodKind k : values()) {
            if (k.type == period.type() && (k.index == period.index() || k.type == PeriodType.SCHOOL_YEAR)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
