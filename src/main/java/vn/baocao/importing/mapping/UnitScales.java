package vn.baocao.importing.mapping;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Units that measure the same thing on another scale: a colleague's "nghìn đồng" row is the catalog's "triệu
 * đồng" indicator divided by 1 000, "‰" is "%" divided by 10. The matcher accepts such a row (same kind of unit), so
 * its figures must be converted, or a budget in nghìn đồng is stored 1 000 times too large. Sào and mẫu are left
 * out: their size differs from region to region.
 */
public final class UnitScales {
    private record Scale(String family, BigDecimal size) {
    }

    /** The key of "‰", which folding would erase. */
    private static final String PER_MILLE = "‰";

    private static final Map<String, Scale> SCALES = Map.ofEntries(
            Map.entry("dong", new Scale("money", BigDecimal.ONE)),
            Map.entry("nghin dong", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("ngan dong", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("1 000 dong", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("1000 dong", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("trieu dong", new Scale("money", new BigDecimal("1e6"))),
            Map.entry("ti dong", new Scale("money", new BigDecimal("1e9"))),
            // as ĐVT cells abbreviate them: "Ng.đ", "1000đ", "Tr.đ", "Trđ", "Tỷ"
            Map.entry("ng d", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("nghin d", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("1000d", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("1 000d", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("1000 d", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("1 000 d", new Scale("money", new BigDecimal("1e3"))),
            Map.entry("tr d", new Scale("money", new BigDecimal("1e6"))),
            Map.entry("trd", new Scale("money", new BigDecimal("1e6"))),
            Map.entry("tr dong", new Scale("money", new BigDecimal("1e6"))),
            Map.entry("trieu d", new Scale("money", new BigDecimal("1e6"))),
            Map.entry("ti", new Scale("money", new BigDecimal("1e9"))),
            Map.entry("ti d", new Scale("money", new BigDecimal("1e9"))),
            Map.entry("kg", new Scale("mass", BigDecimal.ONE)),
            Map.entry("yen", new Scale("mass", BigDecimal.TEN)),
            Map.entry("ta", new Scale("mass", new BigDecimal("1e2"))),
            Map.entry("tan", new Scale("mass", new BigDecimal("1e3"))),
            Map.entry("nghin tan", new Scale("mass", new BigDecimal("1e6"))),
            Map.entry("m2", new Scale("area", BigDecimal.ONE)),
            Map.entry("ha", new Scale("area", new BigDecimal("1e4"))),
            Map.entry("km2", new Scale("area", new BigDecimal("1e6"))),
            Map.entry(PER_MILLE, new Scale("rate", BigDecimal.ONE)),
            Map.entry("%", new Scale("rate", BigDecimal.TEN)));

    private UnitScales() {
    }

    /**
     * What a figure written in {@code written} is multiplied by to be in {@code catalog}: "nghìn đồng" into "triệu
     * đồng" is 0,001, "nghìn đồng/người/năm" into "triệu đồng/người/năm" too. Null when the units are the same, or
     * not the same measure on a known scale.
     */
    public static BigDecimal factor(String written, String catalog) {
        String a = key(written);
        String b = key(catalog);
        for (Map.Entry<String, Scale> from : SCALES.entrySet()) {
            if (!startsWithUnit(a, from.getKey())) {
                continue;
            }
            String rest = a.substring(from.getKey().length());
            for (Map.Entry<String, Scale> to : SCALES.entrySet()) {
                Scale f = from.getValue();
                Scale t = to.getValue();
                if (f.family().equals(t.family()) && f.size().compareTo(t.size()) != 0
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
        for (String scale : SCALES.keySet()) {
            if (startsWithUnit(k, scale)) {
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
