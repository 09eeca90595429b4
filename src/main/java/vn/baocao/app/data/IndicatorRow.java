package vn.baocao.app.data;

import vn.baocao.domain.FigureText;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.baocao.domain.Indicator;

/** One line of the grid: fixed indicator columns and the texts of its current evaluation. */
public final class IndicatorRow {
    private final Indicator indicator;
    private RowEvaluation saved;
    private RowEvaluation shown;
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper actual = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper percent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper assessment = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previous = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper bandRank = new ReadOnlyIntegerWrapper(-1);

    IndicatorRow(RowEvaluation evaluation) {
        this.indicator = evaluation.indicator();
        this.saved = evaluation;
        show(evaluation);
    }

    /** Shows a stored evaluation: it becomes what "Esc" returns to. */
    void applySaved(RowEvaluation evaluation) {
        saved = evaluation;
        inputError.set("");
        show(evaluation);
    }

    /** Shows an evaluation of a figure still being typed. */
    void applyPreview(RowEvaluation evaluation) {
        inputError.set("");
        show(evaluation);
    }

    void showInputError(String message) {
        inputError.set(message);
    }

    /** Back to the stored evaluation (typing cancelled or refused). */
    void restore() {
        show(saved);
    }

    private void show(RowEvaluation e) {
        shown = e;
        plan.set(FigureText.of(e.target(), indicator));
        actual.set(FigureText.number(e.actualValue(), indicator));
        percent.set(e.percentText());
        String verdict = e.verdictText();
        String band = e.bandText();
        assessment.set(band.isEmpty() ? verdict : verdict.isEmpty() ? band : verdict + " – " + band);
        // "*": last year's figure is the aggregate of a merged unit's former units (issue 13); the note says which.
        boolean derived = vn.baocao.domain.DerivedFigure.isDerived(e.previous());
        String previousText = e.previous() != null && e.previousValue() == null && e.previous().textAsWritten() != null
                ? e.previous().textAsWritten() : FigureText.number(e.previousValue(), indicator);
        previous.set(derived ? previousText + " *" : previousText);
        change.set(e.changeText());
        warning.set(String.join("; ", e.flags()));
        bandRank.set(e.bandRank());
        List<String> lines = new ArrayList<>();
        if (!e.reason().isEmpty()) {
            lines.add(e.reason());
        }
        lines.addAll(e.flags());
        vn.baocao.domain.DerivedFigure.noteOf(e.previous()).ifPresent(n -> lines.add("* " + n + "."));
        details.set(String.join("\n", lines));
    }

    public Indicator indicator() {
        return indicator;
    }

    public String code() {
        return indicator.code();
    }

    public String name() {
        return indicator.name();
    }

    public String unit() {
        return indicator.unit();
    }

    public RowEvaluation saved() {
        return saved;
    }

    public RowEvaluation shown() {
        return shown;
    }

    public boolean hasFlags() {
        return !shown.flags().isEmpty();
    }

    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actualProperty() {
        return actual.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previousProperty() {
        return previous.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The assessment's reason and the warnings, for the tooltip. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The message of a refused entry, or "". */
    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    /** 0 = best band; -1 none. Drives the row colour. */
    public ReadOnlyIntegerProperty bandRankProperty() {
        return bandRank.getReadOnlyProperty();
    }
}
