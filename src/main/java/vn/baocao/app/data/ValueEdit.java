package vn.baocao.app.data;

import java.util.List;

/** What one undo step undoes: a single cell (figure or plan), or a whole pasted block. */
public record ValueEdit(List<ValueChange> changes, List<PlanChange> plans) {

    public ValueEdit {
        changes = List.copyOf(changes);
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    /** An edit of figures only. */
    public ValueEdit(List<ValueChange> changes) {
        this(changes, List.of());
    }

    /** An edit of one plan target. */
    public static ValueEdit ofPlan(PlanChange plan) {
        return new ValueEdit(List.of(), List.of(plan));
    }

    public ValueEdit reversed() {
        return new ValueEdit(changes.stream().map(ValueChange::reversed).toList(), plans.stream().map(PlanChange::reversed).toList());
    }

    /** Cells changed, for the "saved" message. */
    public int size() {
        return changes.size() + plans.size();
    }
}
