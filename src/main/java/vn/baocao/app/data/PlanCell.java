package vn.baocao.app.data;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** The "Kế hoạch" cell: F2, Enter or a double click edits it; Enter saves, Esc cancels. */
final class PlanCell extends EditingCell {
    private final DataViewModel viewModel;

    PlanCell(DataViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        TextField field = new TextField(getItem() == null ? "" : getItem());
        field.setId("planEditor");
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commitText();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        showEditor(field);
        field.selectAll();
    }

    private void commitText() {
        IndicatorRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null && viewModel.commitPlan(row, field().getText())) {
            super.cancelEdit();
            showText(row.planProperty().get());
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        showText(getItem());
    }
}
