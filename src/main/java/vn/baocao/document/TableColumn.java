package vn.baocao.document;

import vn.baocao.document.text.DocumentText;

/**
 * A table column: its share of the table width (relative weights, e.g. 1 for STT and 6 for the
 * indicator name) and the alignment of its body cells.
 */
public record TableColumn(double weight, CellAlignment alignment) {
    public TableColumn {
        if (!(weight > 0)) {
            throw new IllegalArgumentException(DocumentText.get("tableColumn.doRongCotPhai"));
        }
        alignment = alignment == null ? CellAlignment.LEFT : alignment;
    }

    public enum CellAlignment { LEFT, CENTER, RIGHT }
}
