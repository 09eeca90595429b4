package vn.baocao.document;

/**
 * A table column: its share of the table width (relative weights, e.g. 1 for STT and 6 for the
 * indicator name) and the alignment of its body cells.
 */
public record TableColumn(double weight, CellAlignment alignment) {
    public TableColumn {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("Độ rộng cột phải lớn hơn 0.");
        }
        alignment = alignment == null ? CellAlignment.LEFT : alignment;
    }

    public enum CellAlignment { LEFT, CENTER, RIGHT }
}
