package vn.baocao.importing.mapping;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The units the importer knows, on folded keys: what each measures (area, mass, money, a rate, a length, a volume)
 * and, where it is fixed, its size in that measure's smallest unit. Two units of different measures never describe
 * the same indicator ({@link UnitKinds}: a row in ha is not an indicator in tấn); a row on another scale of the
 * indicator's unit is converted ({@link #factor}: a colleague's "nghìn đồng" is the catalog's "triệu đồng" divided by
 * 1 000, or a budget is stored 1 000 times too large). Sào and mẫu have no fixed size (it differs from region to
 * region), nor has a foreign currency against đồng: their figures are never converted.
 */
public final class UnitScales {
    enum Measure { AREA, MASS, MONEY, RATE, LENGTH, VOLUME }

    /** A unit: its measure, and its size in the measure's smallest unit (null when not fixed). */
    private record Unit(Measure measure, BigDecimal size) {
    }

    /** The key of "‰", which folding would erase. */
    private static final String PER_MILLE = "‰";

    private static final BigDecimal THOUSAND = new BigDecimal("1e3");
    private static final BigDecimal MILLION = new BigDecimal("1e6");
    private static final BigDecimal BILLION = new BigDecimal("1e9");

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("dong", money(BigDecimal.ONE)),
            Map.entry("nghin dong", money(THOUSAND)),
            Map.entry("ngan dong", money(THOUSAND)),
            Map.entry("1 000 dong", money(THOUSAND)),
            Map.entry("1000 dong", money(THOUSAND)),
            Map.entry("trieu dong", money(MILLION)),
            Map.entry("ti dong", money(BILLION)),
            // as ĐVT cells abbreviate them: "Ng.đ", "1000đ", "Tr.đ", "Trđ", "Tỷ"
            Map.entry("ng d", money(THOUSAND)),
            Map.entry("nghin d", money(THOUSAND)),
            Map.entry("1000d", money(THOUSAND)),
            Map.entry("1 000d", money(THOUSAND)),
            Map.entry("1000 d", money(THOUSAND)),
            Map.entry("1 000 d", money(THOUSAND)),
            Map.entry("tr d", money(MILLION)),
            Map.entry("trd", money(MILLION)),
            Map.entry("tr dong", money(MILLION)),
            Map.entry("trieu d", money(MILLION)),
            Map.entry("ti", money(BILLION)),
            Map.entry("ti d", money(BILLION)),
            Map.entry("usd", new Unit(Measure.MONEY, null)),
            Map.entry("trieu usd", new Unit(Measure.MONEY, null)),
            Map.entry("kg", new Unit(Measure.MASS, BigDecimal.ONE)),
            Map.entry("yen", new Unit(Measure.MASS, BigDecimal.TEN)),
            Map.entry("ta", new Unit(Measure.MASS, new BigDecimal("1e2"))),
            Map.entry("tan", new Unit(Measure.MASS, THOUSAND)),
            Map.entry("nghin tan", new Unit(Measure.MASS, MILLION)),
            Map.entry("m2", new Unit(Measure.AREA, BigDecimal.ONE)),
            Map.entry("ha", new Unit(Measure.AREA, new BigDecimal("1e4"))),
            Map.entry("km2", new Unit(Measure.AREA, MILLION)),
            Map.entry("mau", new Unit(Measure.AREA, null)),
            Map.entry("sao", new Unit(Measure.AREA, null)),
            Map.entry(PER_MILLE, new Unit(Measure.RATE, BigDecimal.ONE)),
            Map.entry("%", new Unit(Measure.RATE, BigDecimal.TEN)),
            Map.entry("m", new Unit(Measure.LENGTH, BigDecimal.ONE)),
            Map.entry("km", new Unit(Measure.LENGTH, THOUSAND)),
            Map.entry("lit", new Unit(Measure.VOLUME, BigDecimal.ONE)),
            Map.entry("m3", new Unit(Measure.VOLUME, THOUSAND)));

    private UnitScales() {
    }

    private static Unit money(BigDecimal size) {
        return new Unit(Measure.MONEY, size);
    }

    /** What the unit of this folded key measures; null when the importer does not know it. */
    static Measure measureOf(String unitKey) {
        Unit u = UNITS.get(unitKey);
        return u == null ? null : u.measure();
    }

    /**
     * What a figure written in {@code written} is multiplied by to be in {@code catalog}: "nghìn đồng" into "triệu
     * đồng" is 0,001, "nghìn đồng/người/năm" into "triệu đồng/người/năm" too. Null when the units are the same, or
     * not the same measure on a known scale.
     */
    public static BigDecimal factor(String written, String catalog) {
        String a = key(written);
        String b = key(catalog);
        for (Map.Entry<String, Unit> from : UNITS.entrySet()) {
            Unit f = from.getValue();
            if (f.size() == null || !startsWithUnit(a, from.getKey())) {
                continue;
            }
            String rest = a.substring(from.getKey().length());
            for (Map.Entry<String, Unit> to : UNITS.entrySet()) {
                Unit t = to.getValue();
                if (t.measure() == f.measure() && t.size() != null && f.size().compareTo(t.size()) != 0
                        && b.equals(to.getKey() + rest)) {
                    return f.size().divide(t.size());
                }
            }
        }
        return null;
    }

    /** Whether the text names a unit of a known scale ("ha", "nghìn đồng", "tạ/ha"), not a remark ("đa chiều"). */
    public static boolean knows(String unit) {
        String k = key(unit);
        for (Map.Entry<String, Unit> known : UNITS.entrySet()) {
            if (known.getValue().size() != null && startsWithUnit(k, known.getKey())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithUnit(String key, String unit) {
        return key.startsWith(unit) && (key.length() == unit.length() || key.charAt(unit.length()) == ' ');
    }

    private static String key(String unit) {
        String u = unit == null ? "" : unit.strip();
        return u.startsWith(PER_MILLE) ? PER_MILLE + IndicatorMatcher.unitKey(u.substring(1)) : IndicatorMatcher.unitKey(u);
    }
}
