package vn.baocao.document;

/**
 * The levels of a report's structure (spec §3, ô 6): Mục "I.", Khoản "1.", "1.1.", Điểm "a)",
 * and the dash and plus items clerks use below them.
 */
public enum HeadingLevel {
    /** "I. KẾT QUẢ …": bold, upper case. */
    ROMAN,
    /** "1. Công tác …": bold. */
    ARABIC,
    /** "1.1. Về giáo dục": bold. */
    DECIMAL,
    /** "a) …": bold italic heading. */
    LETTER,
    /** "- …" heading-like line (italic). */
    DASH,
    /** "+ …" heading-like line (italic). */
    PLUS
}
