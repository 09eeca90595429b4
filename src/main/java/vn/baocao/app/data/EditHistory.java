package vn.baocao.app.data;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The undo and redo stacks of the grid. A new edit clears the redo stack, as in Excel. */
public final class EditHistory {
    private static final int LIMIT = 500;
    private final Deque<ValueEdit> undo = new ArrayDeque<>();
    private final Deque<ValueEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    public void record(ValueEdit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    /** The edit to undo (moved to the redo stack). */
    public Optional<ValueEdit> takeUndo() {
        ValueEdit e = undo.poll();
        if (e != null) {
            redo.push(e);
        }
        refresh();
        return Optional.ofNullable(e);
    }

    /** The edit to redo (moved back to the undo stack). */
    public Optional<ValueEdit> takeRedo() {
        ValueEdit e = redo.poll();
        if (e != null) {
            undo.push(e);
        }
        refresh();
        return Optional.ofNullable(e);
    }

    /** Forgets the last recorded edit (its save failed). */
    public void dropLast(ValueEdit edit) {
        undo.remove(edit);
        redo.remove(edit);
        refresh();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
