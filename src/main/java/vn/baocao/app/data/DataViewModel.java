package vn.baocao.app.data;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.app.ErrorMessages;
import vn.baocao.app.Messages;
import vn.baocao.app.PageMessage;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Band;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.PeriodType;
import vn.baocao.domain.VietnameseNumbers;

/**
 * The "Dữ liệu" screen: choose area, period and issuer; see every indicator assessed; type, paste, undo and redo
 * figures. Each edit is saved in its own transaction; the row is assessed again by the domain at once.
 */
public final class DataViewModel {
    private final DataStore store;
    private final IndicatorAssessments assessments;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Supplier<AssessmentOptions> options;

    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>();
    private final IntegerProperty year = new SimpleIntegerProperty(Year.now().getValue());
    private final ObjectProperty<PeriodKind> periodKind = new SimpleObjectProperty<>(PeriodKind.YEAR);
    private final ReadOnlyObjectWrapper<Period> period = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Issuer> issuer = new SimpleObjectProperty<>(Issuer.NQ_HDND);
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private Runnable firstLoaded;
    private final ObjectProperty<IndicatorRow> selectedRow = new SimpleObjectProperty<>();
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper trendTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<BandSlice> bands = FXCollections.observableArrayList();
    private final PageMessage message = new PageMessage();
    private final DataEdits edits;
    private final FigureEntry figures;
    private final PlanEntry plans;
    private boolean initializing;

    public DataViewModel(DataStore store, IndicatorAssessments assessments, TaskRunner runner, DialogService dialogs,
                         Messages messages, Supplier<AssessmentOptions> options) {
        this.store = store;
        this.assessments = assessments;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.options = options;
        this.edits = new DataEdits(store, assessments, runner, messages, options, area::get, period::get, rows, message,
                this::failed, this::refreshBands);
        this.figures = new FigureEntry(assessments, messages, options, area::get, period::get, rows, message, edits);
        this.plans = new PlanEntry(store, messages, area::get, period::get, issuer::get, message, edits);
        year.addListener((o, a, b) -> periodChanged());
        periodKind.addListener((o, a, b) -> periodChanged());
        area.addListener((o, a, b) -> edits.history().show(area.get(), period.get()));
        period.addListener((o, a, b) -> edits.history().show(area.get(), period.get()));
        area.addListener((o, a, b) -> reloadUnlessInitializing());
        issuer.addListener((o, a, b) -> reloadUnlessInitializing());
        selectedRow.addListener((o, a, b) -> loadTrend());
        period.set(PeriodKind.YEAR.in(year.get()));
    }

    /**
     * {@link #initialize()}, then {@code loaded} once the grid's first load has ended (filled, empty or failed): the
     * window starts the other pages' reads after it, so that the first figures are not queued behind them.
     */
    public void initialize(Runnable loaded) {
        firstLoaded = loaded;
        initialize();
    }

    private void firstLoadEnded() {
        Runnable r = firstLoaded;
        firstLoaded = null;
        if (r != null) {
            r.run();
        }
    }

    /** Reads the areas, picks the district and the latest year with figures, and loads the grid. */
    public void initialize() {
        runner.run(messages.get("task.loadAreas"), p -> new Start(store.areas(), store.periodsWithData(), store.myUnit()), start -> {
            initializing = true;
            try {
                areas.setAll(start.areas());
                // The clerk's own unit and the current year first (issue 13); else the district and its latest year.
                Area mine = start.mine().filter(start.areas()::contains).orElse(null);
                Area chosen = area.get() != null && start.areas().contains(area.get()) ? area.get()
                        : mine != null ? mine
                        : start.areas().stream().filter(a -> a.level() == AreaLevel.HUYEN).findFirst()
                        .orElse(start.areas().isEmpty() ? null : start.areas().get(0));
                area.set(chosen);
                if (mine != null && chosen == mine) {
                    periodKind.set(PeriodKind.YEAR);
                    year.set(Year.now().getValue());
                } else {
                    start.periods().stream().filter(p -> p.type() == PeriodType.YEAR && p.year() <= Year.now().getValue())
                            .reduce((a, b) -> b).ifPresent(p -> {
                                periodKind.set(PeriodKind.YEAR);
                                year.set(p.year());
                            });
                }
            } finally {
                initializing = false;
            }
            plans.loadDocuments();
            reload();
        }, e -> {
            failed(e);
            firstLoadEnded();
        });
    }

    private record Start(List<Area> areas, List<Period> periods, java.util.Optional<Area> mine) {
    }

    private void periodChanged() {
        PeriodKind kind = periodKind.get();
        if (kind == null) {
            return;
        }
        try {
            period.set(kind.in(year.get()));
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return;
        }
        reloadUnlessInitializing();
    }

    private void reloadUnlessInitializing() {
        if (!initializing) {
            reload();
        }
    }

    /** Reads and assesses every indicator of the chosen area and period. */
    public void reload() {
        Area a = area.get();
        Period p = period.get();
        Issuer i = issuer.get();
        if (a == null || p == null || i == null) {
            rows.clear();
            refreshBands();
            firstLoadEnded();
            return;
        }
        AssessmentOptions opts = options.get();
        runner.run(messages.format("task.loadData", a.name(), p.label()),
                progress -> assessments.assessPeriod(a.code(), p, i, opts), list -> {
                    String selectedCode = selectedRow.get() == null ? null : selectedRow.get().code();
                    List<IndicatorRow> newRows = new ArrayList<>(list.size());
                    list.forEach(e -> newRows.add(new IndicatorRow(e)));
                    rows.setAll(newRows);
                    selectedRow.set(newRows.stream().filter(r -> r.code().equals(selectedCode)).findFirst().orElse(null));
                    refreshBands();
                    message.info(messages.format("data.loaded", VietnameseNumbers.format(newRows.size()), a.name(), p.label()));
                    firstLoadEnded();
                }, e -> {
                    failed(e);
                    firstLoadEnded();
                });
    }

    // ------------------------------------------------------------------ typing (FigureEntry, PlanEntry, DataEdits)

    /** Assesses the row with the text being typed, without saving; bad text only marks the row. */
    public void preview(IndicatorRow row, String text) {
        figures.preview(row, text);
    }

    /** Typing was cancelled (Esc): the row shows its stored figure again. */
    public void cancelEdit(IndicatorRow row) {
        figures.cancel(row);
    }

    /**
     * Saves what the clerk typed in the "Thực hiện" cell. A text that is not a vi-VN number is refused with its
     * message and nothing is saved. Empty (or "-", "x") removes the figure.
     *
     * @return false when the text was refused
     */
    public boolean commit(IndicatorRow row, String text) {
        return figures.commit(row, text);
    }

    /**
     * Pastes a block copied from Excel into the "Thực hiện" column from {@code firstRow} down. Every cell is checked
     * first; one bad cell refuses the whole block. The block is one undo step and one transaction.
     */
    public boolean paste(int firstRow, String clipboard) {
        return figures.paste(firstRow, clipboard);
    }

    /**
     * Saves a plan target typed in the "Kế hoạch" cell for the chosen issuer, with the document in
     * {@link #planDocumentProperty()}; empty removes it. One undo step, like a figure.
     *
     * @return false when the text or the document was refused
     */
    public boolean commitPlan(IndicatorRow row, String text) {
        return plans.commit(row, text);
    }

    /** The document plans typed now come from ("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022"); empty = none. */
    public StringProperty planDocumentProperty() {
        return plans.documentProperty();
    }

    public ObservableList<String> planDocuments() {
        return plans.documents();
    }

    public void undo() {
        edits.undo();
    }

    public void redo() {
        edits.redo();
    }

    // ------------------------------------------------------------------ charts

    private void loadTrend() {
        IndicatorRow row = selectedRow.get();
        Area a = area.get();
        Period p = period.get();
        if (row == null || a == null || p == null) {
            trend.clear();
            trendTitle.set("");
            return;
        }
        trendTitle.set(messages.format("chart.trend.title", row.code(), row.name(), row.unit()));
        runner.run(messages.get("task.loadTrend"), progress -> store.history(row.code(), a.code(), p.type()),
                list -> {
                    if (row == selectedRow.get()) {
                        trend.setAll(list.stream().map(o -> new TrendPoint(o.period().code(), o.value())).toList());
                    }
                }, this::failed);
    }

    private void refreshBands() {
        AssessmentOptions opts = options.get();
        List<Band> scheme = opts.bandScheme().bands();
        int[] counts = new int[scheme.size()];
        int unclassified = 0;
        for (IndicatorRow r : rows) {
            int rank = r.bandRankProperty().get();
            if (rank >= 0 && rank < counts.length) {
                counts[rank]++;
            } else if (r.saved().target() != null) {
                unclassified++;
            }
        }
        List<BandSlice> slices = new ArrayList<>();
        for (int k = 0; k < scheme.size(); k++) {
            slices.add(new BandSlice(scheme.get(k).label(), counts[k], k));
        }
        slices.add(new BandSlice(messages.get("chart.bands.unclassified"), unclassified, -1));
        bands.setAll(slices);
    }

    // ------------------------------------------------------------------ messages

    private void failed(Throwable error) {
        String text = errors.describe(error);
        message.error(text);
        dialogs.showError(messages.get("dialog.error.title"), text);
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObjectProperty<PeriodKind> periodKindProperty() {
        return periodKind;
    }

    public ReadOnlyObjectProperty<Period> periodProperty() {
        return period.getReadOnlyProperty();
    }

    /** Chooses a period by its code ("2023-Q3"); false with a message when the code is not valid. */
    public boolean choosePeriod(String code) {
        try {
            Period p = Period.parse(code);
            PeriodKind kind = PeriodKind.of(p).orElseThrow(() -> new IllegalArgumentException(
                    messages.format("data.periodNotSupported", p.label())));
            initializing = true;
            try {
                periodKind.set(kind);
                year.set(p.year());
            } finally {
                initializing = false;
            }
            periodChanged();
            return true;
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return false;
        }
    }

    public List<Issuer> issuers() {
        return List.of(Issuer.values());
    }

    public ObjectProperty<Issuer> issuerProperty() {
        return issuer;
    }

    public ObservableList<IndicatorRow> rows() {
        return rows;
    }

    public ObjectProperty<IndicatorRow> selectedRowProperty() {
        return selectedRow;
    }

    public IndicatorRow row(String code) {
        return rows.stream().filter(r -> Objects.equals(r.code(), code)).findFirst().orElse(null);
    }

    public ObservableList<TrendPoint> trend() {
        return trend;
    }

    public ReadOnlyStringProperty trendTitleProperty() {
        return trendTitle.getReadOnlyProperty();
    }

    public ObservableList<BandSlice> bands() {
        return bands;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return message.errorProperty();
    }

    /** "Hoàn tác: LD01 Xã Chí Cà T3/2024": what undo would take back on this area and period. */
    public javafx.beans.property.ReadOnlyStringProperty undoLabelProperty() {
        return edits.history().undoLabelProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty redoLabelProperty() {
        return edits.history().redoLabelProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return edits.history().canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return edits.history().canRedoProperty();
    }
}
