package vn.baocao.render.walk;

import java.util.List;
import vn.baocao.document.RichText;
import vn.baocao.document.TableColumn;

/**
 * A data table as it is printed: its width, each column's width, the header rows (style
 * {@code TABLE_HEADER}, centred) and the body rows (style {@code TABLE_CELL}, each column aligned as given), and the
 * rows that must stay on the page of the row after them (a group row over its first member).
 */
public record TableShape(double widthCm, double[] columnsCm, List<List<RichText>> headerRows,
                         List<List<RichText>> rows, List<TableColumn.CellAlignment> alignments,
                         List<Integer> keepWithNext) {

    public TableShape {
        keepWithNext = keepWithNext == null ? List.of() : List.copyOf(keepWithNext);
    }

    /** Whether body row {@code index} is printed on the same page as the next one. */
    public boolean keepsWithNext(int index) {
        return keepWithNext.contains(index) && index + 1 < rows.size();
    }
}
