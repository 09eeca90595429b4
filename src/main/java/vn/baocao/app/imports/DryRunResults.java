package vn.baocao.app.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.baocao.app.Messages;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.plan.Coverage;
import vn.baocao.importing.plan.EntryStatus;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.plan.ImportRequest;

/**
 * What the wizard shows of the last dry run: the sheet as read, the open questions with the clerk's answers, the
 * entries (filterable by status), the numbers left out (filterable by reason), the warnings, the summary line and
 * the account of every number ("Trong trang có 33 ô số: nhập 3, chờ trả lời 12, bỏ qua 18").
 */
public final class DryRunResults {
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SheetGrid> grid = new ReadOnlyObjectWrapper<>(SheetGrid.empty());
    private final ObservableList<QuestionRow> questions = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final FilteredList<EntryRow> shownEntries = new FilteredList<>(entries);
    private final ObjectProperty<EntryStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObservableList<Coverage.SkippedCell> skipped = FXCollections.observableArrayList();
    private final FilteredList<Coverage.SkippedCell> shownSkipped = new FilteredList<>(skipped);
    private final ObservableList<String> skipReasons = FXCollections.observableArrayList();
    private final ObjectProperty<String> reasonFilter = new SimpleObjectProperty<>();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper("");

    DryRunResults(Messages messages) {
        this.messages = messages;
        statusFilter.addListener((o, a, s) -> shownEntries.setPredicate(s == null ? null : e -> e.status() == s));
        reasonFilter.addListener((o, a, r) -> shownSkipped.setPredicate(r == null ? null
                : s -> s.reason().equals(r) || s.reason().startsWith(r + " — ")));
    }

    /** Shows a dry run; the answers already given in {@code request} stay in their questions. */
    void show(ImportPreview result, SheetGrid g, ImportRequest request) {
        preview.set(result);
        grid.set(g);
        questions.setAll(result.questions().stream().map(q -> new QuestionRow(q, request.answer(q.id()))).toList());
        entries.setAll(result.entries().stream().map(EntryRow::new).toList());
        Coverage cov = result.coverage();
        reasonFilter.set(null);
        List<Coverage.SkippedCell> listed = new java.util.ArrayList<>(cov.skippedCells());
        Map<String, Integer> reasons = new TreeMap<>(cov.reasons());
        for (Coverage.CheckedCell c : cov.checkedCells()) {
            // checked comparison cells are imported as written; listed here so the clerk can filter to them
            String why = messages.get(c.agrees() ? "import.checked.agrees" : "import.checked.differs");
            listed.add(new Coverage.SkippedCell(c.cell(), c.text(), why + " — " + c.outcome()));
            reasons.merge(why, 1, Integer::sum);
        }
        skipped.setAll(listed);
        skipReasons.setAll(List.copyOf(reasons.keySet()));
        warnings.setAll(result.warnings());
        summary.set(messages.format("import.summary", result.summary(), VietnameseNumbers.format(result.toWrite().size()),
                VietnameseNumbers.format(result.questions().size())));
        coverage.set(coverageText(cov));
    }

    String coverageText(Coverage cov) {
        String text = messages.format("import.coverage", VietnameseNumbers.format(cov.numeric()),
                VietnameseNumbers.format(cov.imported()), VietnameseNumbers.format(cov.asked()),
                VietnameseNumbers.format(cov.skipped()));
        if (cov.checked() > 0) {
            long differs = cov.checkedCells().stream().filter(c -> !c.agrees()).count();
            text += " " + (differs == 0
                    ? messages.format("import.coverage.checked.ok", VietnameseNumbers.format(cov.checked()))
                    : messages.format("import.coverage.checked", VietnameseNumbers.format(cov.checked()),
                            VietnameseNumbers.format(differs)));
        }
        return text;
    }

    void clear() {
        preview.set(null);
        grid.set(SheetGrid.empty());
        questions.clear();
        entries.clear();
        skipped.clear();
        skipReasons.clear();
        warnings.clear();
        summary.set("");
        coverage.set("");
    }

    /** The request with every answer typed or chosen in the questions. */
    ImportRequest withAnswers(ImportRequest r) {
        for (QuestionRow q : questions) {
            String a = q.answerProperty().get();
            if (a != null && !a.isBlank()) {
                r = r.withAnswer(q.id(), a.strip());
            }
        }
        return r;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SheetGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ObservableList<QuestionRow> questions() {
        return questions;
    }

    public ObservableList<EntryRow> entries() {
        return entries;
    }

    public ObservableList<EntryRow> shownEntries() {
        return shownEntries;
    }

    public ObjectProperty<EntryStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<Coverage.SkippedCell> shownSkipped() {
        return shownSkipped;
    }

    public ObservableList<String> skipReasons() {
        return skipReasons;
    }

    public ObjectProperty<String> reasonFilterProperty() {
        return reasonFilter;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }
}
