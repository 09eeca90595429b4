package vn.baocao.render.walk;

import java.util.List;
import vn.baocao.document.RichText;
import vn.baocao.document.TableColumn;

/**
 * A data table as it is printed: its width, each column's width, the header rows (style
 * {@code TABLE_HEADER}, centred) and the body rows (style {@code TABLE_CELL}, each column aligned as given), and the
 * rows that must stay on the page of the row after them (a group row over its first member). A table that ends the
 * body ({@code endsBody}) keeps its last row on the page of Nơi nhận and the signature, so that they never stand
 * alone at the top of a page.
 */
public record TableShape(double widthCm, double[] columnsCm, List<List<RichText>> headerRows,
                         List<List<RichText>> rows, List<TableColumn.CellAlignment> alignments,
                         List<Integer> keepWithNext, boolean endsBody) {

    public TableShape {
        keepWithNext = keepWithNext == null ? List.of() : List.copyOf(keepWithNext);
    }

    /** Whether the last body row is printed on the page of what follows the table (Nơi nhận and the signature). */
    public boolean keepsEndWithNext() {
        return endsBody && !rows.isEmpty();
    }

    /** Whether body row {@code index} is printed on the same page as the next one. */
    public boolean keepsWithNext(int index) {
        return keepWithNext.contains(index) && index + 1 < rows.size();
    }
}
