package vn.baocao.app.data;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.baocao.app.AreaText;
import vn.baocao.app.Messages;
import vn.baocao.domain.Area;
import vn.baocao.domain.Period;
import vn.baocao.domain.PeriodType;

/**
 * The grid's undo and redo, kept per area and period: Ctrl+Z only ever undoes a change of the area and period on
 * screen, and the labels say exactly what it will undo or redo ("Hoàn tác: LD01 Xã Chí Cà T3/2024"). A new edit
 * clears that scope's redo stack, as in Excel.
 */
public final class ScopedEditHistory {
    private static final int LIMIT = 500;

    private record Stacks(Deque<ValueEdit> undo, Deque<ValueEdit> redo) {
        Stacks() {
            this(new ArrayDeque<>(), new ArrayDeque<>());
        }
    }

    private final Messages messages;
    private final Map<String, Stacks> scopes = new HashMap<>();
    private final Map<String, String> areaTexts = new HashMap<>();
    private String current = "";
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");

    public ScopedEditHistory(Messages messages) {
        this.messages = messages;
        refresh();
    }

    /** The area and period now on screen: undo and redo act on their edits only. */
    public void show(Area area, Period period) {
        if (area != null) {
            areaTexts.put(area.code(), AreaText.of(area));
        }
        current = area == null || period == null ? "" : key(area.code(), period);
        refresh();
    }

    public void record(ValueEdit edit) {
        Stacks s = scopes.computeIfAbsent(keyOf(edit), k -> new Stacks());
        s.undo.push(edit);
        if (s.undo.size() > LIMIT) {
            s.undo.removeLast();
        }
        s.redo.clear();
        refresh();
    }

    /** The edit to undo in the scope on screen (moved to its redo stack). */
    public Optional<ValueEdit> takeUndo() {
        Stacks s = scopes.get(current);
        ValueEdit e = s == null ? null : s.undo.poll();
        if (e != null) {
            s.redo.push(e);
        }
        refresh();
        return Optional.ofNullable(e);
    }

    /** The edit to redo in the scope on screen (moved back to its undo stack). */
    public Optional<ValueEdit> takeRedo() {
        Stacks s = scopes.get(current);
        ValueEdit e = s == null ? null : s.redo.poll();
        if (e != null) {
            s.undo.push(e);
        }
        refresh();
        return Optional.ofNullable(e);
    }

    /** Forgets an edit (its save failed). */
    public void dropLast(ValueEdit edit) {
        Stacks s = scopes.get(keyOf(edit));
        if (s != null) {
            s.undo.remove(edit);
            s.redo.remove(edit);
        }
        refresh();
    }

    public void clear() {
        scopes.clear();
        refresh();
    }

    /** "LD01 Xã Chí Cà T3/2024", or "12 số liệu Xã Chí Cà T3/2024" for a pasted block. */
    public String describe(ValueEdit edit) {
        if (edit.changes().isEmpty() && edit.plans().isEmpty()) {
            return "";
        }
        String code;
        String areaCode;
        Period period;
        if (edit.changes().isEmpty()) {
            PlanChange plan = edit.plans().get(0);
            code = plan.indicatorCode();
            areaCode = plan.areaCode();
            period = plan.period();
        } else {
            ValueChange first = edit.changes().get(0);
            code = first.indicatorCode();
            areaCode = first.areaCode();
            period = first.period();
        }
        String what = edit.size() == 1 ? code : messages.format("data.undo.several", edit.size());
        return what + " " + areaTexts.getOrDefault(areaCode, areaCode) + " " + shortPeriod(period);
    }

    /** "T3/2024", "Q3/2024", "năm 2024"; other periods in words. */
    static String shortPeriod(Period p) {
        String code = p.code();
        if (p.type() == PeriodType.MONTH) {
            return "T" + Integer.parseInt(code.substring(code.indexOf("-T") + 2)) + "/" + code.substring(0, 4);
        }
        if (p.type() == PeriodType.QUARTER) {
            return "Q" + code.substring(code.indexOf("-Q") + 2) + "/" + code.substring(0, 4);
        }
        return p.label();
    }

    private void refresh() {
        Stacks s = scopes.get(current);
        ValueEdit nextUndo = s == null ? null : s.undo.peek();
        ValueEdit nextRedo = s == null ? null : s.redo.peek();
        canUndo.set(nextUndo != null);
        canRedo.set(nextRedo != null);
        undoLabel.set(nextUndo == null ? messages.get("data.undo") : messages.format("data.undo.label", describe(nextUndo)));
        redoLabel.set(nextRedo == null ? messages.get("data.redo") : messages.format("data.redo.label", describe(nextRedo)));
    }

    private static String keyOf(ValueEdit edit) {
        if (edit.changes().isEmpty() && !edit.plans().isEmpty()) {
            PlanChange plan = edit.plans().get(0);
            return key(plan.areaCode(), plan.period());
        }
        ValueChange first = edit.changes().get(0);
        return key(first.areaCode(), first.period());
    }

    private static String key(String areaCode, Period period) {
        return areaCode + "|" + period.code();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
