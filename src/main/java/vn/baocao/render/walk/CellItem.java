package vn.baocao.render.walk;

/** What a cell of the header or footer block holds, top to bottom: lines of text and rules. */
public sealed interface CellItem permits Line, Rule {
}
