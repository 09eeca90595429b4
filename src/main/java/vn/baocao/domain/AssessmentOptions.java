package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.Objects;
import vn.baocao.domain.text.DomainText;

/**
 * Every choice an office makes about assessing and writing figures, in one place.
 *
 * @param rounding how percents and changes are rounded for display (HALF_UP; TRUNCATE matches seed 004)
 * @param percentDecimals digits after the comma for a percent of plan (2)
 * @param ceilingMode what a met ceiling of a lower-is-better indicator shows (100% by default)
 * @param changeWording "điểm %" or the legacy "%" for the change of a rate
 * @param percentTolerance how far a percent as written may be from the computed one before it is flagged (0,05 point)
 * @param approxRelativeTolerance for a "khoảng X" target without its own tolerance: ± this share of X (0,05 = ±5%)
 * @param bandScheme the assessment bands
 */
public record AssessmentOptions(RoundingPolicy rounding, int percentDecimals, CeilingPercentMode ceilingMode,
                                ChangeWording changeWording, BigDecimal percentTolerance,
                                BigDecimal approxRelativeTolerance, BandScheme bandScheme) {

    public AssessmentOptions {
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(ceilingMode, "ceilingMode");
        Objects.requireNonNull(changeWording, "changeWording");
        Objects.requireNonNull(percentTolerance, "percentTolerance");
        Objects.requireNonNull(approxRelativeTolerance, "approxRelativeTolerance");
        Objects.requireNonNull(bandScheme, "bandScheme");
        if (percentDecimals < 0 || percentDecimals > 6) {
            throw new IllegalArgumentException(DomainText.get("assessmentOptions.soChuSoThap"));
        }
        if (percentTolerance.signum() < 0 || approxRelativeTolerance.signum() < 0) {
            throw new IllegalArgumentException(DomainText.get("assessmentOptions.dungSaiKhongDuoc"));
        }
    }

    public static AssessmentOptions defaults() {
        return new AssessmentOptions(RoundingPolicy.HALF_UP, 2, CeilingPercentMode.HUNDRED_WHEN_MET, ChangeWording.POINTS,
                new BigDecimal("0.05"), new BigDecimal("0.05"), BandScheme.defaultScheme());
    }

    public AssessmentOptions withRounding(RoundingPolicy value) {
        return new AssessmentOptions(value, percentDecimals, ceilingMode, changeWording, percentTolerance, approxRelativeTolerance, bandScheme);
    }

    public AssessmentOptions withPercentDecimals(int value) {
        return new AssessmentOptions(rounding, value, ceilingMode, changeWording, percentTolerance, approxRelativeTolerance, bandScheme);
    }

    public AssessmentOptions withCeilingMode(CeilingPercentMode value) {
        return new AssessmentOptions(rounding, percentDecimals, value, changeWording, percentTolerance, approxRelativeTolerance, bandScheme);
    }

    public AssessmentOptions withChangeWording(ChangeWording value) {
        return new AssessmentOptions(rounding, percentDecimals, ceilingMode, value, percentTolerance, approxRelativeTolerance, bandScheme);
    }

    public AssessmentOptions withPercentTolerance(BigDecimal value) {
        return new AssessmentOptions(rounding, percentDecimals, ceilingMode, changeWording, value, approxRelativeTolerance, bandScheme);
    }

    public AssessmentOptions withApproxRelativeTolerance(BigDecimal value) {
        return new AssessmentOptions(rounding, percentDecimals, ceilingMode, changeWording, percentTolerance, value, bandScheme);
    }

    public AssessmentOptions withBandScheme(BandScheme value) {
        return new AssessmentOptions(rounding, percentDecimals, ceilingMode, changeWording, percentTolerance, approxRelativeTolerance, value);
    }

    /** A percent as this office writes it: "65,08%", "100%" (trailing zeros dropped), "" when null. */
    public String percentText(BigDecimal percent) {
        return percent == null ? "" : VietnameseNumbers.formatPercentTrimmed(percent, percentDecimals, rounding);
    }
}
