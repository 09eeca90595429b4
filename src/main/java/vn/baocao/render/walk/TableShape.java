package vn.baocao.render.walk;

import java.util.List;
import vn.baocao.document.RichText;
import vn.baocao.document.TableColumn;

/**
 * A data table as it is printed: its width, each column's width, the header rows (style
 * {@code TABLE_HEADER}, centred) and the body rows (style {@code TABLE_CELL}, each column aligned as given).
 */
public record TableShape(double widthCm, double[] columnsCm, List<List<RichText>> headerRows,
                         List<List<RichText>> rows, List<TableColumn.CellAlignment> alignments) {
}
