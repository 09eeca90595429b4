package vn.baocao.app.data;

import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

/**
 * A table cell edited in a text field (PlanCell, ValueCell): the field while editing, the item's text otherwise. What a
 * key does and when a text is saved stays with each cell.
 */
abstract class EditingCell extends TableCell<IndicatorRow, String> {
    private TextField field;

    /** The editor while editing, else null. */
    protected final TextField field() {
        return field;
    }

    /** Puts {@code editor} in the cell in place of the text and gives it the focus. */
    protected final void showEditor(TextField editor) {
        field = editor;
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
    }

    /** After editing: the editor goes, the cell shows {@code text}. */
    protected final void showText(String text) {
        field = null;
        setGraphic(null);
        setText(text);
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
