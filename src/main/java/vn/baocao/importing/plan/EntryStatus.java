package vn.baocao.importing.plan;

/** What importing one value would do. */
public enum EntryStatus {
    /** Nothing stored yet: inserted. */
    NEW("mới"),
    /** A different value from an earlier import is stored: replaced (the old value is kept for undo). */
    CHANGED("thay đổi"),
    /** The same value is stored already (or another cell gives the same value): nothing written. */
    UNCHANGED("không đổi"),
    /**
     * Not written: two cells give different values for the same indicator, area, period and kind (blocks the
     * commit like an error), or the stored value was entered by hand and the file would overwrite it (kept unless
     * the clerk chose to overwrite hand-entered values).
     */
    CONFLICT("xung đột"),
    /** The cell cannot be imported (error cell, not a number, unanswered question): blocks the commit. */
    ERROR("lỗi");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
