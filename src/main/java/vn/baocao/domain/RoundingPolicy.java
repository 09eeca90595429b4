package vn.baocao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures are rounded for display. Offices differ: seed 004 truncates (8.599,376 / 9.023,832 = 95,296… is
 * written "95,29%"), most software rounds half up ("95,30%").
 */
public enum RoundingPolicy {
    /** 95,296 → 95,30; ties away from zero (−0,125 → −0,13). The default. */
    HALF_UP(RoundingMode.HALF_UP),
    /** 95,296 → 95,29; drops the extra digits, toward zero (−0,129 → −0,12). */
    TRUNCATE(RoundingMode.DOWN);

    private final RoundingMode mode;

    RoundingPolicy(RoundingMode mode) {
        this.mode = mode;
    }

    public static RoundingPolicy defaultPolicy() {
        return HALF_UP;
    }

    public RoundingMode mode() {
        return mode;
    }

    /** The value with exactly {@code decimals} digits after the decimal point. */
    public BigDecimal round(BigDecimal value, int decimals) {
        return value.setScale(decimals, mode);
    }
}
