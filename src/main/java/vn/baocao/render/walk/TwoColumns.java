package vn.baocao.render.walk;

import java.util.List;

/**
 * A borderless two-column block: the header (agency | Quốc hiệu) or the footer (Nơi nhận | signature).
 *
 * @param keepTogether whether the block must not be split across pages
 */
public record TwoColumns(double leftCm, double rightCm, List<Row> rows, boolean keepTogether) {
    public TwoColumns {
        rows = List.copyOf(rows);
    }

    public record Row(Cell left, Cell right) {
    }

    /**
     * One cell.
     *
     * @param filler the style an empty cell is set in where the format needs a paragraph in every cell (Word): the
     *               style of its row, so the empty paragraph never makes the row taller
     */
    public record Cell(List<CellItem> items, vn.baocao.render.layout.Element filler) {
        public Cell {
            items = List.copyOf(items);
        }
    }
}
