package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import vn.baocao.domain.text.DomainText;

/**
 * The change of a figure against the same period last year ("so với cùng kỳ năm trước").
 *
 * @param rate whether the figure is a percent, so its change is read in percentage points (51,8% → 57% = +5,2 điểm %)
 */
public record YearOnYearChange(BigDecimal current, BigDecimal previous, boolean rate) {

    public YearOnYearChange {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
    }

    /** The change for an indicator, empty when either figure is missing. */
    public static Optional<YearOnYearChange> of(Indicator indicator, BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null) {
            return Optional.empty();
        }
        return Optional.of(new YearOnYearChange(current, previous, indicator.isRate()));
    }

    /** current − previous: "+961 người"; for a rate this is the change in points. */
    public BigDecimal absolute() {
        return current.subtract(previous);
    }

    /** (current − previous) / |previous| × 100, unrounded; null when previous is 0. */
    public BigDecimal relative() {
        return PlanAssessor.ratio(absolute(), previous.abs());
    }

    /** For a rate, the change in percentage points; null otherwise. */
    public BigDecimal points() {
        return rate ? absolute() : null;
    }

    public ChangeDirection direction() {
        return ChangeDirection.of(absolute());
    }

    /** "tăng 961 người", "giảm 90 người", "không đổi" (when the rounded magnitude is zero). */
    public String describeAbsolute(String unit, int decimals, RoundingPolicy policy) {
        return phrase(absolute(), decimals, policy, unit == null || unit.isBlank() ? "" : " " + unit.strip());
    }

    /** "giảm 14,1%" (at most {@code decimals} digits); "" when previous is 0 and no relative change exists. */
    public String describeRelative(int decimals, RoundingPolicy policy) {
        BigDecimal rel = relative();
        return rel == null ? "" : phrase(rel, decimals, policy, "%");
    }

    /** For a rate: "tăng 5,2 điểm %" or, with the legacy wording, "tăng 5,2%". "" for a non-rate. */
    public String describePoints(ChangeWording wording, int decimals, RoundingPolicy policy) {
        if (!rate) {
            return "";
        }
        return phrase(absolute(), decimals, policy, wording == ChangeWording.POINTS ? DomainText.get("yearOnYearChange.diem") : "%");
    }

    /**
     * The words a report writes after "so với cùng kỳ năm trước": a rate gets its point change ("tăng 5,2 điểm %"),
     * a count its absolute change with the relative one in brackets ("tăng 7.416 triệu đồng (tăng 12,41%)").
     *
     * @param valueDecimals digits for the absolute change of a count (the indicator's decimals)
     */
    public String describe(AssessmentOptions options, String unit, int valueDecimals) {
        if (rate) {
            return describePoints(options.changeWording(), options.percentDecimals(), options.rounding());
        }
        String abs = describeAbsolute(unit, valueDecimals, options.rounding());
        String rel = describeRelative(options.percentDecimals(), options.rounding());
        if (rel.isEmpty() || abs.equals(ChangeDirection.KHONG_DOI.word())) {
            return abs;
        }
        return abs + " (" + rel + ")";
    }

    private static String phrase(BigDecimal signed, int decimals, RoundingPolicy policy, String suffix) {
        BigDecimal magnitude = policy.round(signed.abs(), decimals);
        if (magnitude.signum() == 0) {
            return ChangeDirection.KHONG_DOI.word();
        }
        return ChangeDirection.of(signed).word() + " " + VietnameseNumbers.formatTrimmed(magnitude, decimals, policy) + suffix;
    }
}
