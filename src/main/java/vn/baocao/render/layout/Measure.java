package vn.baocao.render.layout;

/**
 * Every fixed size of the ND30 layout that is not a text style, with its value (spec nd30-layout.md §1–§4). Both
 * renderers read these through {@link DocumentLayout#get(Measure)}, never as numbers of their own, so a value
 * changed here (or in a layout built with {@link DocumentLayout#with(Measure, double)}) reaches the Word file and
 * the PDF alike.
 */
public enum Measure {
    PAGE_WIDTH_MM(210),
    PAGE_HEIGHT_MM(297),
    /** App default margins (spec §1 [REC]): T 20, B 20, L 30, R 20 mm; landscape pages keep them. */
    MARGIN_TOP_MM(20),
    MARGIN_BOTTOM_MM(20),
    MARGIN_LEFT_MM(30),
    MARGIN_RIGHT_MM(20),
    /** Distance of the page-number line from the top edge of the page. */
    HEADER_DISTANCE_MM(10),
    /** Header table: 6.0 cm (agency, Số, V/v) + 10.0 cm (Quốc hiệu, Tiêu ngữ, date). */
    HEADER_LEFT_CM(6.0),
    HEADER_RIGHT_CM(10.0),
    /** Footer table: 6.0 cm (Nơi nhận) + 10.0 cm (signature). */
    FOOTER_LEFT_CM(6.0),
    FOOTER_RIGHT_CM(10.0),
    /** Thickness of the short solid rules and of the footnote separator. */
    RULE_THICKNESS_PT(0.5),
    /** Height of the empty line that carries a rule (rule drawn at its bottom). */
    RULE_LINE_PT(3),
    /** Font size of that empty line, small enough never to make it taller. */
    RULE_FONT_PT(1),
    /** Footnote separator: a short rule 5 cm long above the footnotes, with this gap above and below it. */
    FOOTNOTE_SEPARATOR_CM(5),
    FOOTNOTE_SEPARATOR_GAP_PT(6),
    /** Footnote markers in the PDF: this fraction of the surrounding size, raised by this fraction of it. */
    FOOTNOTE_MARK_SCALE(0.65),
    FOOTNOTE_MARK_RISE(0.33),
    /** Table cells: side padding and top/bottom padding. */
    TABLE_CELL_PADDING_SIDE_CM(0.1),
    TABLE_CELL_PADDING_VERTICAL_PT(2),
    /** Thickness of the borders of a data table. */
    TABLE_BORDER_PT(0.5),
    /** Height of the near-empty line Word needs after a table or at a section break. */
    SPACER_LINE_PT(1),
    /**
     * Widow and orphan control: a paragraph broken across pages keeps at least this many lines on each page (Word's
     * widow control, and the same rule in the PDF).
     */
    WIDOW_ORPHAN_LINES(2);

    private final double nd30;

    Measure(double nd30) {
        this.nd30 = nd30;
    }

    /** The value of the ND30 layout. */
    public double nd30() {
        return nd30;
    }
}
