package vn.baocao.importing.mapping;

import java.util.Map;

/**
 * What a unit measures (area, mass, money, a rate, a count of people or things), on folded units. Two units of
 * different kinds never describe the same indicator: a row in ha is not an indicator in tấn.
 */
final class UnitKinds {
    private enum Kind { AREA, MASS, MONEY, RATE, LENGTH, VOLUME }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("ha", Kind.AREA), Map.entry("m2", Kind.AREA), Map.entry("km2", Kind.AREA),
            Map.entry("mau", Kind.AREA), Map.entry("sao", Kind.AREA),
            Map.entry("tan", Kind.MASS), Map.entry("ta", Kind.MASS), Map.entry("kg", Kind.MASS),
            Map.entry("nghin tan", Kind.MASS), Map.entry("yen", Kind.MASS),
            Map.entry("dong", Kind.MONEY), Map.entry("nghin dong", Kind.MONEY), Map.entry("trieu dong", Kind.MONEY),
            Map.entry("ti dong", Kind.MONEY), Map.entry("usd", Kind.MONEY), Map.entry("trieu usd", Kind.MONEY),
            Map.entry("%", Kind.RATE),
            Map.entry("km", Kind.LENGTH), Map.entry("m", Kind.LENGTH),
            Map.entry("m3", Kind.VOLUME), Map.entry("lit", Kind.VOLUME));

    private UnitKinds() {
    }

    /** True when both units are known and of different kinds. */
    static boolean differ(String unitKeyA, String unitKeyB) {
        Kind a = KINDS.get(unitKeyA);
        Kind b = KINDS.get(unitKeyB);
        return a != null && b != null && a != b;
    }
}
