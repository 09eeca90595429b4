package vn.baocao.app.areas;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.app.ErrorMessages;
import vn.baocao.app.Messages;
import vn.baocao.app.PageMessage;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;

/**
 * Danh mục › Địa bàn, editable: add a thôn / bản / tổ dân phố (or a former commune), rename, end, and record a
 * merger. Every refusal comes back as the store's Vietnamese message naming the code; nothing is half written.
 */
public final class AreasViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final AreaStore store;
    private final TaskRunner runner;
    private final Messages messages;
    private final ErrorMessages errors;
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Area> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<AreaLevel> level = new SimpleObjectProperty<>(AreaLevel.THON);
    private final StringProperty type = new SimpleStringProperty(AreaLevel.THON.label());
    private final StringProperty parent = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty formerCodes = new SimpleStringProperty("");
    private final PageMessage message = new PageMessage();
    private Runnable afterChange = () -> { };

    public AreasViewModel(AreaStore store, TaskRunner runner, Messages messages) {
        this.store = store;
        this.runner = runner;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        selected.addListener((o, a, s) -> {
            if (s != null) {
                code.set(s.code());
                name.set(s.name());
                level.set(s.level());
                parent.set(s.parentCode() == null ? "" : s.parentCode());
            }
        });
    }

    public void onChange(Runnable action) {
        this.afterChange = action;
    }

    public void load() {
        runner.run(messages.get("areas.task.load"), p -> store.areas(), list -> {
            Area keep = selected.get();
            areas.setAll(list);
            if (keep != null) {
                list.stream().filter(a -> a.code().equals(keep.code())).findFirst().ifPresent(selected::set);
            }
        }, e -> message.error(errors.describe(e)));
    }

    /** Prepares the form for a new thôn under the selected commune (or the clerk's unit). */
    public void startNew() {
        Area s = selected.get();
        // Under the selected commune, the selected village's commune, or the commune of the last village added.
        String under = s == null ? (parent.get() == null ? "" : parent.get())
                : s.level() == AreaLevel.XA ? s.code() : s.parentCode() == null ? s.code() : s.parentCode();
        selected.set(null);
        code.set(under.isEmpty() ? "" : under + ".T" + String.format("%02d", nextVillage(under)));
        name.set("");
        level.set(AreaLevel.THON);
        type.set(AreaLevel.THON.label());
        parent.set(under);
    }

    private int nextVillage(String under) {
        return (int) areas.stream().filter(a -> under.equals(a.parentCode()) && a.level() == AreaLevel.THON).count() + 1;
    }

    public boolean add() {
        return act(() -> {
            Area a = store.add(code.get(), name.get(), level.get(), blankToNull(parent.get()), blankToNull(type.get()));
            return messages.format("areas.added", label(a), a.code());
        });
    }

    public boolean rename() {
        Area s = selected.get();
        if (s == null) {
            message.error(messages.get("areas.error.select"));
            return false;
        }
        LocalDate from;
        try {
            from = day(date.get(), LocalDate.now());
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return false;
        }
        return act(() -> {
            Area a = store.rename(s.code(), name.get(), from);
            return messages.format("areas.renamed", s.name(), a.name(), a.code());
        });
    }

    public boolean end() {
        Area s = selected.get();
        if (s == null) {
            message.error(messages.get("areas.error.select"));
            return false;
        }
        LocalDate last;
        try {
            last = day(date.get(), null);
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return false;
        }
        if (last == null) {
            message.error(messages.get("areas.error.date"));
            return false;
        }
        return act(() -> {
            Area a = store.end(s.code(), last);
            return messages.format("areas.ended", a.name(), a.code(), DAY.format(last));
        });
    }

    /** The selected area formed from the codes typed in "Hình thành từ", on the date typed. */
    public boolean merge() {
        Area s = selected.get();
        if (s == null) {
            message.error(messages.get("areas.error.select"));
            return false;
        }
        LocalDate on;
        try {
            on = day(date.get(), null);
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return false;
        }
        if (on == null) {
            message.error(messages.get("areas.error.date"));
            return false;
        }
        List<String> former = Arrays.stream(formerCodes.get().split("[,;\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return act(() -> {
            List<Area> list = store.merge(s.code(), former, on);
            return messages.format("areas.merged", s.name(), DAY.format(on),
                    String.join(", ", list.stream().map(Area::name).toList()));
        });
    }

    public String predecessorsOfSelected() {
        Area s = selected.get();
        return s == null ? "" : String.join(", ", store.predecessors(s.code()));
    }

    private interface Change {
        String run();
    }

    private boolean act(Change change) {
        try {
            String done = change.run();
            message.info(done);
            load();
            afterChange.run();
            return true;
        } catch (RuntimeException e) {
            message.error(errors.describe(e));
            return false;
        }
    }

    private static LocalDate day(String text, LocalDate empty) {
        if (text == null || text.isBlank()) {
            return empty;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.load().format("areas.date.invalid", text.strip()));
        }
    }

    private String label(Area a) {
        return store.typeLabel(a) + " " + a.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObjectProperty<Area> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<AreaLevel> levelProperty() {
        return level;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty parentProperty() {
        return parent;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty formerCodesProperty() {
        return formerCodes;
    }

    public PageMessage message() {
        return message;
    }
}
