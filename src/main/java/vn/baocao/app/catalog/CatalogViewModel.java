package vn.baocao.app.catalog;

import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.app.ErrorMessages;
import vn.baocao.app.Messages;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.domain.Area;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.VietnameseText;

/** The "Danh mục" page: the indicators (view, edit, add, deactivate) and the list of areas. */
public final class CatalogViewModel {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.\\-]{0,19}");

    private final CatalogStore store;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private Runnable afterChange = () -> { };

    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObservableList<String> sectors = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> selected = new SimpleObjectProperty<>();
    private final BooleanProperty adding = new SimpleBooleanProperty(false);
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty sector = new SimpleStringProperty("");
    private final ObjectProperty<IndicatorKind> kind = new SimpleObjectProperty<>(IndicatorKind.COUNT_FLOW);
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.UP);
    private final ObjectProperty<Integer> decimals = new SimpleObjectProperty<>(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public CatalogViewModel(CatalogStore store, TaskRunner runner, DialogService dialogs, Messages messages) {
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        selected.addListener((o, a, i) -> {
            if (i != null) {
                boolean sameIndicator = a != null && a.code().equals(i.code());
                fill(i);
                if (!sameIndicator) {
                    message.set("");
                }
            }
        });
    }

    /** Called after the catalog changed (the data page reloads its rows). */
    public void onChange(Runnable action) {
        this.afterChange = action;
    }

    public void load() {
        load(null, null);
    }

    /** Reads the catalog again, selects {@code selectCode} and then shows {@code note} (both may be null). */
    private void load(String selectCode, String note) {
        runner.run(messages.get("task.loadCatalog"), p -> store.load(), snapshot -> {
            String keep = selectCode != null ? selectCode : selected.get() == null ? null : selected.get().code();
            indicators.setAll(snapshot.indicators());
            areas.setAll(snapshot.areas());
            units.setAll(snapshot.units());
            sectors.setAll(snapshot.sectors());
            selected.set(indicators.stream().filter(i -> i.code().equals(keep)).findFirst().orElse(null));
            if (selected.get() == null && !adding.get()) {
                clearForm();
            }
            if (note != null) {
                message.set(note);
            }
        }, this::failed);
    }

    private void fill(Indicator i) {
        adding.set(false);
        code.set(i.code());
        name.set(i.name());
        unit.set(i.unit());
        sector.set(i.sector());
        kind.set(i.kind());
        direction.set(i.direction());
        decimals.set(i.decimals());
    }

    private void clearForm() {
        code.set("");
        name.set("");
        unit.set("");
        sector.set("");
        kind.set(IndicatorKind.COUNT_FLOW);
        direction.set(Direction.UP);
        decimals.set(0);
    }

    /** Starts a new indicator with an empty form. */
    public void startNew() {
        selected.set(null);
        clearForm();
        adding.set(true);
        message.set(messages.get("catalog.newHint"));
    }

    /** Checks the form and saves it; returns false with a message when something is missing. */
    public boolean save() {
        String c = code.get() == null ? "" : code.get().strip().toUpperCase(java.util.Locale.ROOT);
        String n = name.get() == null ? "" : VietnameseText.nfc(name.get().strip());
        if (!CODE.matcher(c).matches()) {
            message.set(messages.get("catalog.error.code"));
            return false;
        }
        if (n.isEmpty()) {
            message.set(messages.get("catalog.error.name"));
            return false;
        }
        Integer d = decimals.get();
        if (d == null || d < 0 || d > 6) {
            message.set(messages.get("catalog.error.decimals"));
            return false;
        }
        boolean isNew = adding.get();
        if (isNew && store.exists(c)) {
            message.set(messages.format("catalog.error.duplicate", c));
            return false;
        }
        Indicator old = selected.get();
        Indicator indicator = new Indicator(c, n, blankToEmpty(unit.get()), blankToEmpty(sector.get()), kind.get(),
                direction.get(), d, old == null ? null : old.numeratorCode(), old == null ? null : old.denominatorCode(),
                old == null ? null : old.parentCode());
        runner.run(messages.get("task.saveIndicator"), p -> {
            store.save(indicator, messages.get("catalog.source.manual"));
            return indicator;
        }, saved -> {
            adding.set(false);
            load(saved.code(), messages.format(isNew ? "catalog.added" : "catalog.saved", saved.code()));
            afterChange.run();
        }, this::failed);
        return true;
    }

    /** Hides the selected indicator after the clerk confirms; its figures stay for old reports. */
    public void deactivateSelected() {
        Indicator i = selected.get();
        if (i == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("catalog.deactivate.title"),
                messages.format("catalog.deactivate.text", i.code(), i.name()), messages.get("catalog.deactivate.button"))) {
            return;
        }
        runner.run(messages.get("task.saveIndicator"), p -> {
            store.deactivate(i.code());
            return i;
        }, done -> {
            selected.set(null);
            clearForm();
            load(null, messages.format("catalog.deactivated", done.code()));
            afterChange.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        String text = errors.describe(e);
        message.set(text);
        dialogs.showError(messages.get("dialog.error.title"), text);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : VietnameseText.nfc(s.strip());
    }

    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObservableList<String> units() {
        return units;
    }

    public ObservableList<String> sectors() {
        return sectors;
    }

    public ObjectProperty<Indicator> selectedProperty() {
        return selected;
    }

    public BooleanProperty addingProperty() {
        return adding;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty sectorProperty() {
        return sector;
    }

    public ObjectProperty<IndicatorKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<Integer> decimalsProperty() {
        return decimals;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
