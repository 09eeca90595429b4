package vn.baocao.app.areas;

import java.util.List;
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
import vn.baocao.app.PageMessage;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.IssuingBody;
import vn.baocao.domain.UnitHeader;
import vn.baocao.store.UnitChoice;

/**
 * The "Đơn vị của tôi" page: find the unit by folded name or code, choose the issuing body, see the letterhead it
 * gives, and keep the choice. Shown on first start (no unit chosen) and from Cài đặt.
 */
public final class MyUnitViewModel {
    private final AreaStore store;
    private final TaskRunner runner;
    private final Messages messages;
    private final ErrorMessages errors;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<AdminUnit> results = FXCollections.observableArrayList();
    private final ObjectProperty<AdminUnit> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<IssuingBody> body = new SimpleObjectProperty<>(IssuingBody.UBND);
    private final StringProperty bodyName = new SimpleStringProperty("");
    private final BooleanProperty provinceAbove = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final PageMessage message = new PageMessage();
    private Runnable onChosen = () -> { };

    public MyUnitViewModel(AreaStore store, TaskRunner runner, Messages messages) {
        this.store = store;
        this.runner = runner;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        query.addListener((o, a, b) -> search());
        selected.addListener((o, a, b) -> updatePreview());
        body.addListener((o, a, b) -> updatePreview());
        bodyName.addListener((o, a, b) -> updatePreview());
        provinceAbove.addListener((o, a, b) -> updatePreview());
    }

    /**
     * Reads the saved choice. The page shows itself on a first start: no unit chosen and no area yet (a database
     * already in use, such as the Xín Mần demo, opens as before; the page is then in Cài đặt).
     */
    public void load() {
        runner.run(messages.get("unit.task.load"), p -> new Saved(store.mine(), store.provinceAbove(), store.areas().isEmpty()), saved -> {
            provinceAbove.set(saved.provinceAbove());
            if (saved.mine().isPresent()) {
                UnitChoice.Mine m = saved.mine().get();
                current.set(messages.format("unit.current", describe(m.header()), m.area().code()));
                body.set(m.header().body());
                bodyName.set(m.header().bodyName() == null ? "" : m.header().bodyName());
            } else {
                current.set(messages.get("unit.none"));
                if (saved.empty()) {
                    shown.set(true);
                }
            }
        }, e -> message.error(errors.describe(e)));
    }

    private record Saved(java.util.Optional<UnitChoice.Mine> mine, boolean provinceAbove, boolean empty) {
    }

    public void show() {
        shown.set(true);
    }

    public void close() {
        shown.set(false);
    }

    public void onChosen(Runnable action) {
        this.onChosen = action;
    }

    private void search() {
        String text = query.get();
        if (text == null || text.strip().length() < 2) {
            results.clear();
            return;
        }
        List<AdminUnit> found = store.search(text);
        results.setAll(found);
        // The best match is chosen as the clerk types, unless the chosen unit is still among the results.
        if (!found.isEmpty() && (selected.get() == null || !found.contains(selected.get()))) {
            selected.set(found.get(0));
        }
        if (found.isEmpty()) {
            message.error(messages.format("unit.notFound", text.strip()));
        } else {
            message.info(messages.format("unit.found", found.size()));
        }
    }

    private void updatePreview() {
        AdminUnit u = selected.get();
        if (u == null || u.isProvince()) {
            preview.set("");
            return;
        }
        try {
            UnitHeader h = store.preview(u, body.get(), bodyName.get(), provinceAbove.get());
            StringBuilder sb = new StringBuilder();
            h.parentLines().forEach(l -> sb.append(l).append('\n'));
            h.issuingLines().forEach(l -> sb.append(l).append('\n'));
            sb.append('\n').append(messages.format("unit.preview.place", h.place()));
            sb.append('\n').append(messages.format("unit.preview.recipients", String.join("; ", h.recipients())));
            preview.set(sb.toString());
        } catch (IllegalArgumentException e) {
            preview.set(e.getMessage());
        }
    }

    /** Keeps the selected unit and body; the data page then opens on it. */
    public boolean choose() {
        AdminUnit u = selected.get();
        if (u == null || u.isProvince()) {
            message.error(messages.get("unit.error.choose"));
            return false;
        }
        if (body.get() == IssuingBody.KHAC && bodyName.get().isBlank()) {
            message.error(messages.get("unit.error.bodyName"));
            return false;
        }
        String bodyText = body.get() == IssuingBody.KHAC ? bodyName.get() : body.get().name();
        try {
            UnitChoice.Mine m = store.use(u.code(), bodyText, provinceAbove.get());
            current.set(messages.format("unit.current", describe(m.header()), m.area().code()));
            message.info(messages.format("unit.chosen", describe(m.header())));
            shown.set(false);
            onChosen.run();
            return true;
        } catch (RuntimeException e) {
            message.error(errors.describe(e));
            return false;
        }
    }

    private String describe(UnitHeader h) {
        return h.unitType().toLowerCase(Messages.VIETNAMESE) + " " + h.unitName()
                + (h.provinceName() == null ? "" : ", " + h.provinceType().toLowerCase(Messages.VIETNAMESE) + " " + h.provinceName());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<AdminUnit> results() {
        return results;
    }

    public ObjectProperty<AdminUnit> selectedProperty() {
        return selected;
    }

    public ObjectProperty<IssuingBody> bodyProperty() {
        return body;
    }

    public StringProperty bodyNameProperty() {
        return bodyName;
    }

    public BooleanProperty provinceAboveProperty() {
        return provinceAbove;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public PageMessage message() {
        return message;
    }
}
