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
import vn.baocao.importing.text.ImportText;

/**
 * Matches indicator names written in a sheet to the catalog, on a folded key (case, diacritics, đ, "Tỷ/Tỉ",
 * "Thuỷ/Thủy", numbering and bullets removed, abbreviations spelled out: BHYT, HTX, GĐVH …) plus the unit. A
 * unit of another kind (ha against tấn, % against người) rules a candidate out; a name that is the beginning of a
 * catalog name, or whose every word is in it ("Số hộ thoát nghèo" in "Số hộ nghèo giảm (thoát nghèo) trong năm"),
 * ranks just above the automatic threshold, below an equal name.
 */
public final class IndicatorMatcher {
    private static final double UNIT_DIFFERS = 0.15;
    private static final int MAX_CANDIDATES = 5;

    private static final double PREFIX = 0.9;
    private static final double CONTAINED = 0.86;
    private static final int MIN_WORDS_FOR_PARTS = 3;

    private record Entry(Indicator indicator, String fullKey, String baseKey, Set<String> words, Set<String> allWords,
                         String unitKey) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public IndicatorMatcher(List<Indicator> catalog) {
        for (Indicator i : catalog) {
            entries.add(new Entry(i, matchKey(i.name()), matchKey(withoutBrackets(i.name())), words(i.name()),
                    allWords(i.name()), unitKey(i.unit())));
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

    /** The key names are compared on: {@link #key} with abbreviations spelled out. */
    static String matchKey(String name) {
        return Abbreviations.expand(key(name));
    }

    /** The folded unit; every percent unit ("%", "% (tử số …)") is "%". */
    public static String unitKey(String unit) {
        // "m²" and "m3" as typed: folding keeps letters and digits only, and would make "m²" a length
        String u = unit == null ? "" : unit.strip().replace('²', '2').replace('³', '3');
        return u.startsWith("%") ? "%" : VietnameseText.fold(u);
    }

    /** The best candidates, best first; empty when nothing shares enough words. */
    public List<IndicatorMatch> candidates(String name, String unit) {
        String full = matchKey(name);
        String base = matchKey(withoutBrackets(name));
        Set<String> words = words(name);
        String unitKey = unitKey(unit);
        String baseWord = base + " "; // made once, not per catalog entry
        List<IndicatorMatch> found = new ArrayList<>();
        for (Entry e : entries) {
            if (UnitKinds.differ(unitKey, e.unitKey)) {
                continue; // "ha" is never "tấn"
            }
            double score;
            String reason;
            if (!full.isEmpty() && e.fullKey.equals(full)) {
                score = 1.0;
                reason = ImportText.get("indicatorMatcher.trungTen");
            } else if (!base.isEmpty() && (e.baseKey.equals(base) || e.fullKey.equals(base) || e.baseKey.equals(full))) {
                score = 0.9;
                reason = ImportText.get("indicatorMatcher.trungTenBoPhan");
            } else if (words.size() >= MIN_WORDS_FOR_PARTS && (e.fullKey.startsWith(baseWord)
                    || e.baseKey.startsWith(baseWord))) {
                score = PREFIX;
                reason = ImportText.get("indicatorMatcher.tenLaPhanDau");
            } else if (words.size() >= MIN_WORDS_FOR_PARTS && e.allWords.containsAll(words)) {
                score = CONTAINED;
                reason = ImportText.get("indicatorMatcher.moiTuCuaTen");
            } else {
                double overlap = overlap(words, e.words);
                if (overlap < 0.5) {
                    continue;
                }
                score = 0.4 * overlap + 0.2;
                reason = ImportText.get("indicatorMatcher.tenGanGiong");
            }
            if (!unitKey.isEmpty() && !e.unitKey.isEmpty() && !sameUnit(unitKey, e.unitKey)) {
                score -= UNIT_DIFFERS;
                reason += ImportText.get("indicatorMatcher.khacDonViTinh", e.indicator.unit());
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
        String k = matchKey(withoutBrackets(name));
        return k.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(k.split(" ")));
    }

    /** The words of the name including its bracketed remark ("thoát nghèo" in "giảm (thoát nghèo)"). */
    private static Set<String> allWords(String name) {
        String k = matchKey(name);
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
        return (double) common / (a.size() + b.size() - common); // the union's size, without making it
    }
}
