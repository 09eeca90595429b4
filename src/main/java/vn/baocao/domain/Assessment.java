package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of comparing an actual figure with a plan target. Derived, never stored as truth.
 *
 * @param percent percent of plan, unrounded (scale 20, truncated there); null when the form has no percent
 *                (range, "khoảng", "duy trì", status) or a figure is missing or zero where it would divide
 * @param ceiling whether the target was read as a ceiling (lower-is-better indicator)
 * @param reason Vietnamese explanation, e.g. "1,48 ≤ 1,5 (trần kế hoạch)"
 */
public record Assessment(Verdict verdict, BigDecimal percent, boolean ceiling, String reason) {

    private static final BigDecimal JUST_BELOW_HUNDRED = new BigDecimal("99.999999");

    public Assessment {
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
    }

    /** The percent rounded for display; null when there is none. */
    public BigDecimal roundedPercent(RoundingPolicy policy, int decimals) {
        return percent == null ? null : policy.round(percent, decimals);
    }

    /** "65,08%" (trailing zeros dropped, so 100 → "100%"), following the options; "" when there is no percent. */
    public String percentText(AssessmentOptions options) {
        return options.percentText(percent);
    }

    /**
     * The percent used to pick a band: a met target counts at least 100 (a met ceiling is "đạt và vượt"; a met range
     * without a percent too); a missed target never counts 100 or more (a strict "trên 91,6%" reached exactly gives
     * 100% but is not met). Null when there is no verdict, or a missed target has no percent.
     */
    public BigDecimal classificationPercent() {
        if (verdict.isMet()) {
            return percent == null ? VietnameseNumbers.HUNDRED : percent.max(VietnameseNumbers.HUNDRED);
        }
        if (verdict == Verdict.KHONG_DAT && percent != null) {
            return percent.min(JUST_BELOW_HUNDRED);
        }
        return null;
    }
}
