package vn.baocao.app.data;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The "Thực hiện" cell. Editing behaves like Excel: typing a digit on the selected cell (or F2) starts editing, the
 * row is assessed again while typing, Enter saves and selects the next row, Shift+Enter the previous one, Tab saves and moves right, Esc cancels, leaving the cell saves.
 * A refused entry stays in the cell, marked, with the message in a tooltip.
 */
final class ValueCell extends EditingCell {
    static final String PENDING_TEXT = "baocao.pendingText";

    private final DataViewModel viewModel;
    private boolean finishing;

    ValueCell(DataViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("value-cell");
    }

    @Override
    public void startEdit() {
        IndicatorRow row = currentRow();
        if (row == null || !isEditable() || !getTableView().isEditable() || !getTableColumn().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        Object pending = getTableView().getProperties().remove(PENDING_TEXT);
        TextField field = new TextField(pending != null ? pending.toString() : getItem());
        field.getStyleClass().add("value-editor");
        field.textProperty().addListener((o, a, b) -> {
            viewModel.preview(row, b);
            markError(row.inputErrorProperty().get());
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showEditor(field);
        if (pending != null) {
            field.end();
            viewModel.preview(row, field.getText());
        } else {
            field.selectAll();
        }
    }

    private void onKey(KeyEvent e) {
        IndicatorRow row = currentRow();
        if (row == null) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            finishing = true;
            viewModel.cancelEdit(row);
            cancelEdit();
            finishing = false;
            getTableView().requestFocus();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
            e.consume();
            if (!save(row)) {
                return;
            }
            int index = getIndex();
            TableView<IndicatorRow> table = getTableView();
            TableColumn<IndicatorRow, String> column = getTableColumn();
            finishing = true;
            cancelEdit();
            finishing = false;
            if (e.getCode() == KeyCode.ENTER) {
                int next = e.isShiftDown() ? index - 1 : index + 1;
                if (next >= 0 && next < table.getItems().size()) {
                    table.getSelectionModel().clearAndSelect(next, column);
                    table.getFocusModel().focus(next, column);
                    table.scrollTo(Math.max(0, next - 3));
                }
            } else {
                int col = table.getVisibleLeafIndex(column) + (e.isShiftDown() ? -1 : 1);
                if (col >= 0 && col < table.getVisibleLeafColumns().size()) {
                    TableColumn<IndicatorRow, ?> target = table.getVisibleLeafColumn(col);
                    table.getSelectionModel().clearAndSelect(index, target);
                    table.getFocusModel().focus(index, target);
                }
            }
            table.requestFocus();
        }
    }

    private boolean save(IndicatorRow row) {
        TextField field = field();
        boolean ok = viewModel.commit(row, field.getText());
        markError(ok ? "" : row.inputErrorProperty().get());
        if (!ok) {
            field.selectAll();
        }
        return ok;
    }

    private void markError(String message) {
        TextField field = field();
        if (field == null) {
            return;
        }
        field.getStyleClass().remove("invalid");
        field.setTooltip(null);
        if (message != null && !message.isEmpty()) {
            field.getStyleClass().add("invalid");
            field.setTooltip(new Tooltip(message));
        }
    }

    /** Leaving the cell (a click elsewhere) saves it, as Excel does; a refused text is dropped with its message. */
    @Override
    public void cancelEdit() {
        IndicatorRow row = currentRow();
        if (!finishing && field() != null && row != null) {
            if (!viewModel.commit(row, field().getText())) {
                viewModel.cancelEdit(row);
            }
        }
        super.cancelEdit();
        showText(getItem());
    }

    private IndicatorRow currentRow() {
        int i = getIndex();
        TableView<IndicatorRow> table = getTableView();
        return table == null || i < 0 || i >= table.getItems().size() ? null : table.getItems().get(i);
    }

    /** The focused cell, when it is a value cell. */
    static boolean isValueCell(TablePosition<IndicatorRow, ?> pos, TableColumn<IndicatorRow, String> valueColumn) {
        return pos != null && pos.getTableColumn() == valueColumn && pos.getRow() >= 0;
    }
}
