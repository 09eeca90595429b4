package vn.baocao.document;

/** Starts a new page. */
public record PageBreak() implements Block {
}
