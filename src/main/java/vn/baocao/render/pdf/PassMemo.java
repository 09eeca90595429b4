package vn.baocao.render.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The passes of one PDF already laid out, by their footnote reserves (issue 17). A page whose marker line keeps
 * moving on and off it makes the settling repeat a set of reserves it has tried before; a pass is a pure function of
 * its reserves, so what it found is taken from here instead of laying the document out again. The laid-out passes
 * themselves are kept only for the last two sets (a flipping page alternates between two), so that the one kept
 * can be drawn without laying it out again; the others are numbers only.
 */
final class PassMemo {
    private static final int PASSES_KEPT = 2;

    private final Map<Map<Integer, Float>, Map<Integer, Float>> needed = new HashMap<>();
    private final Map<Map<Integer, Float>, PdfPass> recent = new HashMap<>();
    private final java.util.ArrayDeque<Map<Integer, Float>> order = new java.util.ArrayDeque<>();
    private int reused;

    /** What the pass with these reserves needs, or null when no such pass was laid out. */
    Map<Integer, Float> needed(Map<Integer, Float> reserve) {
        Map<Integer, Float> found = needed.get(key(reserve));
        if (found != null) {
            reused++;
        }
        return found;
    }

    void remember(Map<Integer, Float> reserve, PdfPass pass) {
        Map<Integer, Float> key = key(reserve);
        needed.put(key, pass.needed());
        recent.put(key, pass);
        order.addLast(key);
        while (order.size() > PASSES_KEPT) {
            recent.remove(order.removeFirst());
        }
    }

    /** The laid-out pass with these reserves, if it is still kept. */
    PdfPass pass(Map<Integer, Float> reserve) {
        return recent.get(key(reserve));
    }

    /** How many passes were taken from here instead of being laid out. */
    int reused() {
        return reused;
    }

    /** Only a positive reserve changes the layout or the drawing: a page with none and a page with 0 are alike. */
    private static Map<Integer, Float> key(Map<Integer, Float> reserve) {
        Map<Integer, Float> key = new TreeMap<>();
        reserve.forEach((page, h) -> {
            if (h > 0) {
                key.put(page, h);
            }
        });
        return key;
    }
}
