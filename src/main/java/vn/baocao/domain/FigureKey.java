package vn.baocao.domain;

import java.util.Objects;

/**
 * The identity of a figure: indicator, area, period and slot (the observation's kind or the target's issuer). Used as
 * a map key where a preview or an import looks figures up once per cell, so that no string is built per look-up.
 */
public record FigureKey(String indicator, String area, Period period, String slot) {
    // written out: a record's generated hashCode goes through an invokedynamic bootstrap, slow in a cold JVM
    @Override
    public int hashCode() {
        return ((Objects.hashCode(indicator) * 31 + Objects.hashCode(area)) * 31 + Objects.hashCode(period)) * 31
                + Objects.hashCode(slot);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureKey k && Objects.equals(k.indicator, indicator) && Objects.equals(k.area, area)
                && Objects.equals(k.period, period) && Objects.equals(k.slot, slot);
    }
}
