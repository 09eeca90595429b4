package vn.baocao.document;

/** A piece of running text: a styled run or a footnote reference. */
public sealed interface Inline permits TextRun, FootnoteRef {
}
