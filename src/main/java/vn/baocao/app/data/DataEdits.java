package vn.baocao.app.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.baocao.app.Messages;
import vn.baocao.app.PageMessage;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.domain.Area;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.domain.VietnameseNumbers;

/**
 * The data page's edits of figures and plans: shown in the grid at once, saved in one transaction each, undone and
 * redone in the order they were made. A failed save puts the rows back and says why.
 */
final class DataEdits {
    private final DataStore store;
    private final IndicatorAssessments assessments;
    private final TaskRunner runner;
    private final Messages messages;
    private final Supplier<AssessmentOptions> options;
    private final Supplier<Area> area;
    private final Supplier<Period> period;
    private final List<IndicatorRow> rows;
    private final PageMessage message;
    private final Consumer<Throwable> failed;
    private final Runnable afterChange;
    private final ScopedEditHistory history;

    DataEdits(DataStore store, IndicatorAssessments assessments, TaskRunner runner, Messages messages,
              Supplier<AssessmentOptions> options, Supplier<Area> area, Supplier<Period> period, List<IndicatorRow> rows,
              PageMessage message, Consumer<Throwable> failed, Runnable afterChange) {
        this.store = store;
        this.assessments = assessments;
        this.runner = runner;
        this.messages = messages;
        this.options = options;
        this.area = area;
        this.period = period;
        this.rows = rows;
        this.message = message;
        this.failed = failed;
        this.afterChange = afterChange;
        this.history = new ScopedEditHistory(messages);
    }

    ScopedEditHistory history() {
        return history;
    }

    void undo() {
        history.takeUndo().ifPresent(edit -> {
            apply(edit.reversed(), false);
            message.info(messages.format("data.undone", history.describe(edit)));
        });
    }

    void redo() {
        history.takeRedo().ifPresent(edit -> {
            apply(edit, false);
            message.info(messages.format("data.redone", history.describe(edit)));
        });
    }

    /** Shows the edit in the grid at once, then saves it; a failed save puts the rows back and says why. */
    void apply(ValueEdit edit, boolean record) {
        showInRows(edit);
        if (record) {
            history.record(edit);
        }
        runner.run(messages.get("task.save"), p -> {
            store.write(edit);
            return edit;
        }, saved -> {
            message.info(messages.format("data.saved", VietnameseNumbers.format(saved.size())));
            afterChange.run();
        }, error -> {
            showInRows(edit.reversed());
            if (record) {
                history.dropLast(edit);
            }
            afterChange.run();
            failed.accept(error);
        });
        afterChange.run();
    }

    private void showInRows(ValueEdit edit) {
        Area a = area.get();
        Period p = period.get();
        for (ValueChange ch : edit.changes()) {
            if (a == null || !ch.areaCode().equals(a.code()) || !ch.period().equals(p)) {
                continue;
            }
            rowOf(ch.indicatorCode()).ifPresent(r -> r.applySaved(assessments.reassess(r.saved(), ch.after(), options.get())));
        }
        for (PlanChange ch : edit.plans()) {
            if (a == null || !ch.areaCode().equals(a.code()) || !ch.period().equals(p)) {
                continue;
            }
            rowOf(ch.indicatorCode()).ifPresent(r -> {
                List<Target> targets = new ArrayList<>(r.saved().targets());
                targets.removeIf(t -> t.issuer() == ch.issuer());
                if (ch.after() != null) {
                    targets.add(ch.after());
                }
                RowEvaluation withPlan = r.saved().withTargets(targets);
                r.applySaved(assessments.reassess(withPlan, withPlan.actual(), options.get()));
            });
        }
    }

    private java.util.Optional<IndicatorRow> rowOf(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
