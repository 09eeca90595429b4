package vn.baocao.app.main;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import vn.baocao.app.ErrorMessages;
import vn.baocao.app.Messages;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.app.task.TaskWork;
import vn.baocao.store.DemoDataset;

/** The window around the pages: which page shows, what the status bar says, the menu's commands. */
public final class MainViewModel {
    private final Messages messages;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.DATA);
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper areaPeriodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readOnlyText = new ReadOnlyStringWrapper("");
    private final Map<Page, Runnable> saveActions = new EnumMap<>(Page.class);
    private final TaskWork<DemoDataset.Summary> demoLoader;
    private Runnable undo = () -> { };
    private Runnable redo = () -> { };
    private Runnable afterDataChanged = () -> { };

    public MainViewModel(Messages messages, TaskRunner runner, DialogService dialogs, Path databaseFile,
                         TaskWork<DemoDataset.Summary> demoLoader) {
        this.messages = messages;
        this.runner = runner;
        this.dialogs = dialogs;
        this.demoLoader = demoLoader;
        databaseText.set(messages.format("status.database", databaseFile));
    }

    /** Connects the status bar's "area · period" text to the data page. */
    public void bindAreaPeriod(ObservableValue<String> text) {
        areaPeriodText.bind(Bindings.createStringBinding(() -> text.getValue() == null ? "" : text.getValue(), text));
    }

    public void onSave(Page p, Runnable action) {
        saveActions.put(p, action);
    }

    public void onUndoRedo(Runnable undoAction, Runnable redoAction) {
        this.undo = undoAction;
        this.redo = redoAction;
    }

    /** What to refresh after the data was replaced (demo loaded, backup restored). */
    public void onDataChanged(Runnable action) {
        this.afterDataChanged = action;
    }

    public void dataChanged() {
        afterDataChanged.run();
    }

    public void show(Page p) {
        page.set(p);
    }

    /** Ctrl+S: saves the current page's form; figures in the grid are saved as they are typed. */
    public void save() {
        Runnable action = saveActions.get(page.get());
        if (action != null) {
            action.run();
        } else {
            notice.set(messages.get("status.savedAutomatically"));
        }
    }

    /** Ctrl+Z: on the data page, undoes the last figure. */
    public void undo() {
        if (page.get() == Page.DATA) {
            undo.run();
        }
    }

    public void redo() {
        if (page.get() == Page.DATA) {
            redo.run();
        }
    }

    private TaskWork<String> demo2025Loader;
    private Runnable checkSignatures = () -> { };

    /** Tệp › Kiểm tra chữ ký số (issue 16). */
    public void onCheckSignatures(Runnable action) {
        this.checkSignatures = action;
    }

    public void checkSignatures() {
        checkSignatures.run();
    }

    /** The second demo (issue 13): xã Nấm Dẩn after the 2025 reform; the work returns the message to show. */
    public void onDemo2025(TaskWork<String> loader) {
        this.demo2025Loader = loader;
    }

    /** Loads the Nấm Dẩn 2025 demo after the clerk confirms. */
    public void loadDemo2025() {
        if (demo2025Loader == null || !dialogs.confirm(messages.get("demo.confirm.title"), messages.get("demo2025.confirm.text"),
                messages.get("demo.confirm.button"))) {
            return;
        }
        runner.run(messages.get("task.loadDemo"), demo2025Loader, text -> {
            notice.set(text);
            afterDataChanged.run();
        }, error -> dialogs.showError(messages.get("dialog.error.title"), new ErrorMessages(messages).describe(error)));
    }

    /** Loads the Xín Mần demo data after the clerk confirms. */
    public void loadDemo() {
        if (!dialogs.confirm(messages.get("demo.confirm.title"), messages.get("demo.confirm.text"),
                messages.get("demo.confirm.button"))) {
            return;
        }
        runner.run(messages.get("task.loadDemo"), demoLoader, summary -> {
            notice.set(messages.format("demo.loaded", summary.indicators(), summary.targets(), summary.observations()));
            afterDataChanged.run();
        }, error -> dialogs.showError(messages.get("dialog.error.title"), new ErrorMessages(messages).describe(error)));
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty areaPeriodTextProperty() {
        return areaPeriodText.getReadOnlyProperty();
    }

    /** The database can only be read: the banner says why and what to do ({@code reason} null: writable). */
    public void readOnly(String reason) {
        readOnlyText.set(reason == null ? "" : reason);
    }

    public ReadOnlyStringProperty readOnlyTextProperty() {
        return readOnlyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
