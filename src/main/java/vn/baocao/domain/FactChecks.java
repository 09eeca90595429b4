package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.domain.text.DomainText;

/** Checks of stored facts against themselves (as opposed to the written percents and changes). */
final class FactChecks {
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d.,]*\\d|\\d");
    private FactChecks() {
    }

    /**
     * A plan kept with its text as written ("70.3396") whose text is not a valid number: the figure the report
     * printed cannot be what was meant. Explanatory brackets "(ngầm định …)" are ignored.
     */
    static Optional<MismatchFlag> planText(Target target) {
        String text = target.textAsWritten();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // Words around the figure ("không quá 1,5%", "2.000 trở lên") are the plan's form, not errors: only the
        // figures themselves are checked.
        Matcher figures = FIGURE.matcher(text.replaceAll("\\(.*\\)", ""));
        while (figures.find()) {
            String figure = figures.group();
            NumberParseResult parsed = VietnameseNumbers.parse(figure);
            if (parsed.status() == NumberParseResult.Status.INVALID) {
                return Optional.of(new MismatchFlag(MismatchFlag.Severity.WARNING, MismatchFlag.Kind.PLAN_TEXT, figure,
                        DomainText.get("factChecks.keHoachGhiKhong", figure, parsed.message())));
            }
        }
        return Optional.empty();
    }

    /**
     * A figure kept with its text as written whose number is not the stored value: "hơn 1.594.530 tỷ đồng" stored as
     * 1.594.530 triệu đồng (a thousandfold apart), or a value edited without its text. Money scales are converted
     * first ("1,6 tỷ đồng" agrees with 1.600 triệu đồng); a figure may be less than one unit of its last written digit
     * off, as {@link MismatchChecker#amountAgrees} allows a written change ("38,4 nghìn" agrees with 38.301–38.499). Texts that are not one number ("27/54 trường") are not checked here.
     */
    static Optional<MismatchFlag> valueText(Indicator indicator, Observation o) {
        String text = o.textAsWritten();
        if (text == null || text.isBlank() || o.value() == null) {
            return Optional.empty();
        }
        NumberParseResult parsed = VietnameseNumbers.parse(text);
        if (parsed.status() != NumberParseResult.Status.OK) {
            return Optional.empty();
        }
        ParsedNumber number = parsed.number();
        BigDecimal written = number.value();
        BigDecimal place = number.lastWrittenPlace();
        BigDecimal writtenFactor = VietnameseNumbers.moneyFactor(number.unit());
        BigDecimal storedFactor = VietnameseNumbers.moneyFactor(indicator.unit());
        if (writtenFactor != null && storedFactor != null) {
            written = written.multiply(writtenFactor).divide(storedFactor);
            place = place.multiply(writtenFactor).divide(storedFactor);
        }
        if (MismatchChecker.amountAgrees(written, place, o.value())) {
            return Optional.empty();
        }
        String unit = indicator.unit() == null ? "" : indicator.unit().strip();
        String stored = FigureText.number(o.value(), indicator) + (unit.isEmpty() || unit.equals("%") ? unit : " " + unit);
        return Optional.of(new MismatchFlag(MismatchFlag.Severity.WARNING, MismatchFlag.Kind.VALUE_TEXT, text,
                DomainText.get("factChecks.soGhiKhacSoLuu", text.strip(), stored)));
    }

    /** A rate stored with its numerator and denominator whose value is not their ratio (beyond the tolerance). */
    static Optional<MismatchFlag> rateComponents(Indicator indicator, Observation o, AssessmentOptions options) {
        if (!indicator.isRate() || o.value() == null || o.numerator() == null || o.denominator() == null
                || o.denominator().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal computed = PlanAssessor.ratio(o.numerator(), o.denominator());
        // The value may be written with fewer decimals than the ratio has: allow half a unit of its last digit.
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Math.max(o.value().stripTrailingZeros().scale(), 0))
                .divide(BigDecimal.valueOf(2));
        BigDecimal allowed = halfUnit.max(options.percentTolerance());
        if (computed.subtract(o.value()).abs().compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        String written = VietnameseNumbers.formatTrimmed(o.value(), 4, options.rounding()) + "%";
        return Optional.of(new MismatchFlag(MismatchFlag.Severity.WARNING, MismatchFlag.Kind.RATE_COMPONENTS, written,
                DomainText.get("factChecks.tyLeGhiNhung", written, VietnameseNumbers.formatTrimmed(o.numerator(), 3, options.rounding()), VietnameseNumbers.formatTrimmed(o.denominator(), 3, options.rounding()), options.percentText(computed))));
    }
}
