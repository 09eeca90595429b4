package vn.baocao.app.data;

import java.util.List;

/** What one undo step undoes: a single cell, or a whole pasted block. */
public record ValueEdit(List<ValueChange> changes) {

    public ValueEdit {
        changes = List.copyOf(changes);
    }

    public ValueEdit reversed() {
        return new ValueEdit(changes.stream().map(ValueChange::reversed).toList());
    }
}
