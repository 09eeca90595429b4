package vn.baocao.render.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sizes of the footnotes of one PDF, kept across its layout passes (issue 17). The passes lay the same notes out
 * at the same widths and, once the pages near the top have settled, in the same heights again and again: a
 * footnote's layout depends only on its text, what earlier pages already took of it, the width and the height it is
 * given, so a size measured in one pass holds in every later one. Only the kept pass lays its notes out again, to
 * draw them.
 */
final class FootnoteMeasures {
    /** One part taken off a footnote on an earlier page: laid out at this width in this height. */
    record Split(float width, float height) {
    }

    /** How a piece of a footnote lays out in a given height: iText's status and the height the placed part takes. */
    record Fit(int status, float height) {
    }

    private record HeightKey(int note, List<Split> splits, float width) {
    }

    private record FitKey(int note, List<Split> splits, int page, float width, float height) {
    }

    private final Map<HeightKey, Float> heights = new HashMap<>();
    private final Map<FitKey, Fit> fits = new HashMap<>();

    float fullHeight(int note, List<Split> splits, float width, Supplier<Float> measure) {
        HeightKey key = new HeightKey(note, splits, width);
        Float h = heights.get(key);
        if (h == null) {
            h = measure.get();
            heights.put(key, h);
        }
        return h;
    }

    Fit fit(int note, List<Split> splits, int page, float width, float height, Supplier<Fit> measure) {
        FitKey key = new FitKey(note, splits, page, width, height);
        Fit f = fits.get(key);
        if (f == null) {
            f = measure.get();
            fits.put(key, f);
        }
        return f;
    }
}
