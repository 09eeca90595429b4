package vn.baocao.app.data;

import java.math.BigDecimal;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.RoundingPolicy;
import vn.baocao.domain.Target;
import vn.baocao.domain.VietnameseNumbers;

/** How the grid writes a plan target and a figure: "≥ 100.000", "6,6 – 6,8", "8.599,376". */
public final class PlanText {
    private static final int MAX_DECIMALS = 6;

    private PlanText() {
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
