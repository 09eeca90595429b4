package vn.baocao.importing.mapping;

import vn.baocao.domain.Indicator;

/**
 * A catalog indicator proposed for a sheet row.
 *
 * @param confidence 1.0 same name and unit; 0.9 same name once a bracketed remark is dropped; lower for a unit
 *                   that differs or for names that only share words
 */
public record IndicatorMatch(Indicator indicator, double confidence, String reason) {
    /** Matches at or above this are taken without asking. */
    public static final double AUTOMATIC = 0.85;

    public boolean automatic() {
        return confidence >= AUTOMATIC;
    }
}
