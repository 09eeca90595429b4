package vn.baocao.render.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers on which page each footnote marker landed, and how low the body may end on that page while keeping the
 * marker's line there (the bottom of its line, or of the line that widow and orphan control would move together
 * with it).
 *
 * <p>The places are read from the layout ({@link #settle()}), so a pass whose footnotes do not fit yet is thrown
 * away without being drawn. Drawing records the places again ({@link #drawn}); {@link #drawnAsLaidOut()} tells
 * whether both agree, which the renderer checks before it keeps a PDF.
 */
final class FootnoteRecorder {
    /**
     * The recorder the markers of one PDF report to: the current pass's. A pass that goes on from another's
     * checkpoint keeps that pass's markers before it, so the markers of a PDF reach their recorder through this.
     */
    static final class Sink {
        private FootnoteRecorder current;

        void use(FootnoteRecorder recorder) {
            current = recorder;
        }

        FootnoteRecorder recorder() {
            return current;
        }
    }

    private final Map<Integer, FootnoteMarkRenderer> lastLaidOut = new HashMap<>();
    private final Map<Integer, Integer> pageOfNote = new HashMap<>();
    private final Map<Integer, Float> keepBottomOfNote = new HashMap<>();
    private final Map<Integer, Integer> drawnPage = new HashMap<>();
    private final Map<Integer, Float> drawnKeepBottom = new HashMap<>();

    /** A marker was laid out; a later layout of the same note (the line moved on) replaces it. */
    void laidOut(int note, FootnoteMarkRenderer marker) {
        lastLaidOut.put(note, marker);
    }

    /** Takes over from another pass the markers of the first {@code notes} notes (laid out before a checkpoint). */
    void adopt(FootnoteRecorder from, int notes) {
        from.lastLaidOut.forEach((note, marker) -> {
            if (note <= notes) {
                lastLaidOut.put(note, marker);
            }
        });
    }

    /** Reads the place of every marker from its last layout, once the whole document is laid out. */
    void settle() {
        pageOfNote.clear();
        keepBottomOfNote.clear();
        lastLaidOut.forEach((note, marker) -> {
            pageOfNote.put(note, marker.page());
            keepBottomOfNote.put(note, marker.keepBottom());
        });
    }

    void drawn(int note, int page, float keepBottom) {
        drawnPage.put(note, page);
        drawnKeepBottom.put(note, keepBottom);
    }

    /** True when every marker was drawn where its layout put it (and nowhere else). */
    boolean drawnAsLaidOut() {
        if (!drawnPage.equals(pageOfNote)) {
            return false;
        }
        for (var e : keepBottomOfNote.entrySet()) {
            if (!Objects.equals(e.getValue(), drawnKeepBottom.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Uses the places drawing found (the slow path: every pass is drawn). */
    void useDrawn() {
        pageOfNote.clear();
        pageOfNote.putAll(drawnPage);
        keepBottomOfNote.clear();
        keepBottomOfNote.putAll(drawnKeepBottom);
    }

    Map<Integer, Integer> pages() {
        return pageOfNote;
    }

    /** The lowest y the body area may end at so that the marker's line stays on its page. */
    float keepBottom(int note) {
        return keepBottomOfNote.get(note);
    }
}
