package vn.baocao.importing.plan;

import vn.baocao.importing.text.ImportText;

/** What importing one value would do. */
public enum EntryStatus {
    /** Nothing stored yet: inserted. */
    NEW(ImportText.get("entryStatus.moi")),
    /** A different value from an earlier import is stored: replaced (the old value is kept for undo). */
    CHANGED(ImportText.get("entryStatus.thayDoi")),
    /** The same value is stored already (or another cell gives the same value): nothing written. */
    UNCHANGED(ImportText.get("entryStatus.khongDoi")),
    /**
     * Not written: two cells give different values for the same indicator, area, period and kind (blocks the
     * commit like an error), or the stored value was entered by hand and the file would overwrite it (kept unless
     * the clerk chose to overwrite hand-entered values).
     */
    CONFLICT(ImportText.get("entryStatus.xungDot")),
    /** The cell cannot be imported (error cell, not a number, unanswered question): blocks the commit. */
    ERROR(ImportText.get("entryStatus.loi"));

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
