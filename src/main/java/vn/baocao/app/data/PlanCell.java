package vn.baocao.app.data;

import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** The "Kế hoạch" cell: F2, Enter or a double click edits it; Enter saves, Esc cancels. */
final class PlanCell extends TableCell<IndicatorRow, String> {
    private final DataViewModel viewModel;
    private TextField field;

    PlanCell(DataViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new TextField(getItem() == null ? "" : getItem());
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
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    private void commitText() {
        IndicatorRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null && viewModel.commitPlan(row, field.getText())) {
            super.cancelEdit();
            setGraphic(null);
            setText(row.planProperty().get());
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        setText(getItem());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && field != null) {
            setText(null);
            setGraphic(field);
        } else {
            setText(item);
            setGraphic(null);
        }
    }
}
