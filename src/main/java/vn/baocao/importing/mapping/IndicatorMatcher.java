package vn.baocao.importing.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.VietnameseText;
import vn.baocao.importing.layout.SttToken;

/**
 * Matches indicator names written in a sheet to the catalog, on a folded key (case, diacritics, đ, "Tỷ/Tỉ",
 * "Thuỷ/Thủy", numbering and bullets removed) plus the unit.
 */
public final class IndicatorMatcher {
    private static final double UNIT_DIFFERS = 0.15;
    private static final int MAX_CANDIDATES = 5;

    private record Entry(Indicator indicator, String fullKey, String baseKey, Set<String> words, String unitKey) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public IndicatorMatcher(List<Indicator> catalog) {
        for (Indicator i : catalog) {
            entries.add(new Entry(i, key(i.name()), key(withoutBrackets(i.name())), words(i.name()), unitKey(i.unit())));
        }
    }

    /** The folded matching key of a name: numbering and bullets removed. */
    public static String key(String name) {
        String n = name == null ? "" : name.strip();
        SttToken.NamePrefix prefix = SttToken.splitName(n);
        if (prefix != null) {
            n = prefix.rest();
        }
        return VietnameseText.fold(n);
    }

    /** The folded unit; every percent unit ("%", "% (tử số …)") is "%". */
    public static String unitKey(String unit) {
        String u = unit == null ? "" : unit.strip();
        return u.startsWith("%") ? "%" : VietnameseText.fold(u);
    }

    /** The best candidates, best first; empty when nothing shares enough words. */
    public List<IndicatorMatch> candidates(String name, String unit) {
        String full = key(name);
        String base = key(withoutBrackets(name));
        Set<String> words = words(name);
        String unitKey = unitKey(unit);
        List<IndicatorMatch> found = new ArrayList<>();
        for (Entry e : entries) {
            double score;
            String reason;
            if (!full.isEmpty() && e.fullKey.equals(full)) {
                score = 1.0;
                reason = "trùng tên";
            } else if (!base.isEmpty() && (e.baseKey.equals(base) || e.fullKey.equals(base) || e.baseKey.equals(full))) {
                score = 0.9;
                reason = "trùng tên (bỏ phần trong ngoặc)";
            } else {
                double overlap = overlap(words, e.words);
                if (overlap < 0.5) {
                    continue;
                }
                score = 0.4 * overlap + 0.2;
                reason = "tên gần giống";
            }
            if (!unitKey.isEmpty() && !e.unitKey.isEmpty() && !sameUnit(unitKey, e.unitKey)) {
                score -= UNIT_DIFFERS;
                reason += ", khác đơn vị tính (" + e.indicator.unit() + ")";
            }
            found.add(new IndicatorMatch(e.indicator, Math.round(score * 100) / 100.0, reason));
        }
        found.sort(Comparator.comparingDouble(IndicatorMatch::confidence).reversed()
                .thenComparing(m -> m.indicator().code()));
        return found.size() > MAX_CANDIDATES ? found.subList(0, MAX_CANDIDATES) : found;
    }

    private static boolean sameUnit(String a, String b) {
        return a.equals(b);
    }

    private static String withoutBrackets(String name) {
        return name == null ? "" : name.replaceAll("\\s*\\([^)]*\\)", " ").strip();
    }

    private static Set<String> words(String name) {
        String k = key(withoutBrackets(name));
        return k.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(k.split(" ")));
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) common / union.size();
    }
}
