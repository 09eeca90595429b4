package vn.baocao.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The passes of one PDF already laid out, by their footnote reserves (issue 17). A page whose marker line keeps
 * moving on and off it makes the settling repeat reserves it has tried before; what a pass finds for its pages
 * depends only on the reserves of the pages up to where it stopped, so it is taken from here instead of laying the
 * pages out again, whatever the reserves of the pages after them. The laid-out passes themselves are kept only for
 * the last two (a flipping page alternates between two), so that the one kept can be drawn, or a later pass go on
 * from it, without laying it out again; the others are numbers only.
 */
final class PassMemo {
    private static final int PASSES_KEPT = 2;

    /** What a pass with given reserves found: the reserves its pages need, known up to page {@code reached}. */
    record Known(Map<Integer, Float> needed, int reached) {
    }

    /** A pass's reserves on the pages its findings depend on (up to the page it stopped on), and its findings. */
    private record Entry(Map<Integer, Float> reserves, Known known) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<PdfPass> recent = new ArrayList<>();
    private int reused;

    /**
     * What a pass with these reserves found, if one was laid out at least as far as page {@code through}
     * ({@link Integer#MAX_VALUE}: the whole document); else null.
     */
    Known known(Map<Integer, Float> reserve, int through) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.known().reached() >= through && e.reserves().equals(key(reserve, dependsUpTo(e.known().reached())))) {
                reused++;
                return e.known();
            }
        }
        return null;
    }

    void remember(Map<Integer, Float> reserve, PdfPass pass) {
        Known k = new Known(pass.needed(), pass.reached());
        entries.add(new Entry(key(reserve, dependsUpTo(k.reached())), k));
        recent.add(pass);
        while (recent.size() > PASSES_KEPT) {
            recent.remove(0);
        }
    }

    /** The laid-out pass with exactly these reserves over the whole document, if it is still kept. */
    PdfPass pass(Map<Integer, Float> reserve) {
        Map<Integer, Float> whole = key(reserve, Integer.MAX_VALUE);
        for (PdfPass p : recent) {
            if (p.reached() == Integer.MAX_VALUE && key(p.reserve(), Integer.MAX_VALUE).equals(whole)) {
                return p;
            }
        }
        return null;
    }

    /** The passes kept, a later pass may go on from one of them. */
    List<PdfPass> kept() {
        return recent;
    }

    /** How many passes were taken from here instead of being laid out. */
    int reused() {
        return reused;
    }

    /** Where a pass stopped also depends on the reserve of the page it stopped on. */
    private static int dependsUpTo(int reached) {
        return reached == Integer.MAX_VALUE ? reached : reached + 1;
    }

    /**
     * The reserves up to {@code lastPage}; only a positive reserve changes the layout or the drawing: a page with
     * none and a page with 0 are alike.
     */
    private static Map<Integer, Float> key(Map<Integer, Float> reserve, int lastPage) {
        Map<Integer, Float> key = new TreeMap<>();
        reserve.forEach((page, h) -> {
            if (h > 0 && page <= lastPage) {
                key.put(page, h);
            }
        });
        return key;
    }
}
