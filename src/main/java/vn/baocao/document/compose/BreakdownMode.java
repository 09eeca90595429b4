package vn.baocao.document.compose;

/** How a district report shows the communes behind a figure. */
public enum BreakdownMode {
    /** Not shown. */
    NONE,
    /** A footnote on the indicator's sentence: "Trong đó: xã Quảng Nguyên: 26 lao động; …" (seed 004, footnote 11). */
    FOOTNOTE
}
