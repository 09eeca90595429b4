package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure for one indicator, area and period.
 *
 * @param value the number (for a rate: the percent, 57 for 57%); for a STATUS 1 = đạt, 0 = chưa đạt
 * @param numerator optional, for rates and recomputation
 * @param denominator optional, for rates and recomputation
 * @param textAsWritten the value as the source wrote it ("trên 33,5"), may be null
 * @param pctAsWritten the percent of plan as the source wrote it, may be null
 * @param changeAsWritten the change vs last year as the source wrote it, may be null
 * @param source "manual", or an import batch and cell ("lô 3: Biểu01!E12")
 */
public record Observation(String indicatorCode, String areaCode, Period period, ObservationKind kind,
                          BigDecimal value, Qualifier qualifier, BigDecimal numerator, BigDecimal denominator,
                          String textAsWritten, String pctAsWritten, String changeAsWritten, String note,
                          String source) {

    public Observation {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(period, "period");
        kind = kind == null ? ObservationKind.THUC_HIEN : kind;
        qualifier = qualifier == null ? Qualifier.NONE : qualifier;
    }

    /** A plain manual figure. */
    public static Observation of(String indicatorCode, String areaCode, Period period, BigDecimal value) {
        return new Observation(indicatorCode, areaCode, period, ObservationKind.THUC_HIEN, value, Qualifier.NONE,
                null, null, null, null, null, null, "manual");
    }

    public Observation withValue(BigDecimal newValue) {
        return new Observation(indicatorCode, areaCode, period, kind, newValue, qualifier, numerator, denominator,
                textAsWritten, pctAsWritten, changeAsWritten, note, source);
    }
}
