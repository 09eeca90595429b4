package vn.baocao.render.pdf;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers on which page each footnote marker was drawn, and how low the body may end on that
 * page while keeping the marker's line there (the bottom of its line, or of the line that widow and
 * orphan control would move together with it).
 */
final class FootnoteRecorder {
    private final Map<Integer, Integer> pageOfNote = new HashMap<>();
    private final Map<Integer, Float> keepBottomOfNote = new HashMap<>();

    void record(int note, int page, float keepBottom) {
        pageOfNote.put(note, page);
        keepBottomOfNote.put(note, keepBottom);
    }

    Map<Integer, Integer> pages() {
        return pageOfNote;
    }

    /** The lowest y the body area may end at so that the marker's line stays on its page. */
    float keepBottom(int note) {
        return keepBottomOfNote.get(note);
    }
}
