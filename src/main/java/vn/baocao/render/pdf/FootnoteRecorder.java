package vn.baocao.render.pdf;

import java.util.HashMap;
import java.util.Map;

/** Remembers on which page each footnote marker was drawn. */
final class FootnoteRecorder {
    private final Map<Integer, Integer> pageOfNote = new HashMap<>();

    void record(int note, int page) {
        pageOfNote.put(note, page);
    }

    Map<Integer, Integer> pages() {
        return pageOfNote;
    }
}
