package vn.baocao.app.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.VietnameseText;

/**
 * Finds catalog indicators from a few letters of their code, name or unit, compared in the folded form of
 * {@link VietnameseText#fold} ("lua" finds "lúa", "thuy san" finds "Thuỷ sản", "Tỉ lệ" finds "Tỷ lệ").
 *
 * <p>Ranking, best first: the code typed in full; the code's beginning ("LD0"); every word typed begins a word of
 * the name (the words typed standing together in the name first, then a name that begins with them); every word typed occurs somewhere in
 * the code, name or unit. Ties keep the catalog's order. The importer's suggestion, when it matches (or nothing is
 * typed), comes first. Immutable; built away from the window thread.
 */
public final class IndicatorSearch {
    /** No more indicators are listed than this; the clerk types more letters to narrow the list. */
    public static final int MAX_RESULTS = 50;

    private static final IndicatorSearch EMPTY = new IndicatorSearch(List.of());

    private final List<Entry> entries;
    private final Map<String, Entry> byCode = new HashMap<>();

    /** One indicator with its folded texts, computed once. */
    private record Entry(Indicator indicator, int order, String code, String name, String all) {
    }

    /** What a search found: at most {@code limit} indicators, and how many matched in all. */
    public record Result(List<Indicator> indicators, int total) {
        public Result {
            indicators = List.copyOf(indicators);
        }

        public boolean capped() {
            return total > indicators.size();
        }
    }

    /** @param catalog the active indicators in the catalog's order */
    public IndicatorSearch(List<Indicator> catalog) {
        List<Entry> list = new ArrayList<>(catalog.size());
        for (Indicator i : catalog) {
            String code = compact(VietnameseText.fold(i.code()));
            String name = VietnameseText.fold(i.name());
            Entry e = new Entry(i, list.size(), code, name, code + " " + VietnameseText.fold(i.code()) + " " + name + " "
                    + VietnameseText.fold(i.unit()));
            list.add(e);
            byCode.putIfAbsent(code, e);
        }
        this.entries = List.copyOf(list);
    }

    public static IndicatorSearch empty() {
        return EMPTY;
    }

    public int size() {
        return entries.size();
    }

    /** The indicator with this code (case and spaces do not matter), if the catalog has it. */
    public Optional<Indicator> indicator(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(compact(VietnameseText.fold(code)))).map(Entry::indicator);
    }

    /** How an indicator is listed: "LD01 — Số lao động được giải quyết việc làm (lao động)". */
    public static String text(Indicator i) {
        return i.unit().isBlank() ? i.code() + " — " + i.name() : i.code() + " — " + i.name() + " (" + i.unit() + ")";
    }

    /** The code of an indicator listed as {@link #text}, when {@code shown} is exactly such a text. */
    public Optional<String> codeOfText(String shown) {
        if (shown == null) {
            return Optional.empty();
        }
        int dash = shown.indexOf(" — ");
        if (dash <= 0) {
            return Optional.empty();
        }
        return indicator(shown.substring(0, dash)).filter(i -> text(i).equals(shown.strip())).map(Indicator::code);
    }

    /**
     * @param query     what the clerk typed; blank lists the catalog in its order
     * @param suggested the importer's suggestion (a code), or null; listed first when it matches the query
     * @param limit     the most indicators returned
     */
    public Result find(String query, String suggested, int limit) {
        String q = VietnameseText.fold(query);
        Entry suggestion = suggested == null ? null : byCode.get(compact(VietnameseText.fold(suggested)));
        List<Scored> found = new ArrayList<>();
        if (q.isEmpty()) {
            for (Entry e : entries) {
                found.add(new Scored(e, e == suggestion ? -1 : 0, 0, 0));
            }
        } else {
            String qCode = compact(q);
            String[] words = q.split(" ");
            for (Entry e : entries) {
                Scored s = score(e, q, qCode, words);
                if (s != null) {
                    found.add(e == suggestion ? new Scored(e, -1, 0, 0) : s);
                }
            }
        }
        found.sort(Comparator.comparingInt(Scored::rank).thenComparingInt(Scored::gap)
                .thenComparingInt(s -> s.at() == 0 ? 0 : 1)
                .thenComparingInt(s -> s.entry().order()));
        List<Indicator> shown = found.stream().limit(Math.max(0, limit)).map(s -> s.entry().indicator()).toList();
        return new Result(shown, found.size());
    }

    /**
     * @param rank 0 code typed in full, 1 code's beginning, 2 every word begins a word of the name, 3 every word
     *             occurs somewhere; -1 the suggestion
     * @param gap  within rank 2: 0 when the words typed stand together in the name, else 1
     * @param at   within rank 2: where the first word typed stands in the name (at its beginning comes first)
     */
    private record Scored(Entry entry, int rank, int gap, int at) {
    }

    private static Scored score(Entry e, String q, String qCode, String[] words) {
        if (e.code().equals(qCode)) {
            return new Scored(e, 0, 0, 0);
        }
        if (e.code().startsWith(qCode)) {
            return new Scored(e, 1, 0, 0);
        }
        int phrase = wordStart(e.name(), q);
        if (phrase >= 0) {
            return new Scored(e, 2, 0, phrase);
        }
        int first = -1;
        boolean allWordStarts = true;
        for (String w : words) {
            int at = wordStart(e.name(), w);
            if (at < 0) {
                allWordStarts = false;
                break;
            }
            if (first < 0) {
                first = at;
            }
        }
        if (allWordStarts) {
            return new Scored(e, 2, 1, first);
        }
        for (String w : words) {
            if (!e.all().contains(w)) {
                return null;
            }
        }
        return new Scored(e, 3, 0, 0);
    }

    /** Where {@code part} stands in {@code text} at the beginning of a word, or -1. */
    private static int wordStart(String text, String part) {
        int from = 0;
        while (true) {
            int at = text.indexOf(part, from);
            if (at < 0) {
                return -1;
            }
            if (at == 0 || text.charAt(at - 1) == ' ') {
                return at;
            }
            from = at + 1;
        }
    }

    private static String compact(String folded) {
        return folded.replace(" ", "");
    }
}
