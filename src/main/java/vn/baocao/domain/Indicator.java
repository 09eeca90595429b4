package vn.baocao.domain;

import java.util.Objects;

/**
 * One indicator of the catalog.
 *
 * @param decimals digits after the comma when the value is written (percent of plan has its own rule)
 * @param numeratorCode for a rate: the indicator holding the numerator, or null when it is kept on the observation
 * @param parentCode the indicator this one breaks down ("trong đó"), or null
 */
public record Indicator(String code, String name, String unit, String sector, IndicatorKind kind,
                        Direction direction, int decimals, String numeratorCode, String denominatorCode,
                        String parentCode) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        unit = unit == null ? "" : unit;
        sector = sector == null ? "" : sector;
    }

    /** Whether the unit is a percentage, so changes are in percentage points. */
    public boolean isRate() {
        return kind == IndicatorKind.RATE || kind == IndicatorKind.CHANGE || unit.startsWith("%");
    }
}
