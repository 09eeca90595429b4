package vn.baocao.domain;

import java.math.BigDecimal;

/**
 * How a plan target and a figure are shown for data entry and checking (the grid, the command line): "≥ 100.000",
 * "6,6 – 6,8", "8.599,376". Reports write figures in the indicator's own precision instead (IndicatorSentences).
 */
public final class FigureText {
    private static final int MAX_DECIMALS = 6;

    private FigureText() {
    }

    public static String of(Target target, Indicator indicator) {
        if (target == null) {
            return "";
        }
        Comparator c = target.comparator();
        return switch (c) {
            case RANGE -> number(target.value(), indicator) + " – " + number(target.valueHigh(), indicator);
            case STATUS -> c.symbol();
            case MAINTAIN -> target.value() == null ? c.symbol() : c.symbol() + " " + number(target.value(), indicator);
            case EQ -> number(target.value(), indicator);
            default -> c.symbol() + " " + number(target.value(), indicator);
        };
    }

    /** A figure with at least the indicator's decimals and as many as it was typed with (up to 6). */
    public static String number(BigDecimal value, Indicator indicator) {
        if (value == null) {
            return "";
        }
        int typed = Math.max(0, Math.min(value.stripTrailingZeros().scale(), MAX_DECIMALS));
        int decimals = Math.max(typed, indicator == null ? 0 : Math.max(0, indicator.decimals()));
        return VietnameseNumbers.formatTrimmed(value, decimals, RoundingPolicy.HALF_UP);
    }
}
