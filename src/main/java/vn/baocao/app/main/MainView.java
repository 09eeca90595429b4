package vn.baocao.app.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.baocao.app.Messages;
import vn.baocao.app.task.FxTaskRunner;

/** The window's content: menu, left navigation, the current page, the status bar. */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final Messages messages;
    private final Function<Page, Node> pageFactory;
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private final java.util.function.Consumer<Page> help;

    public MainView(MainViewModel vm, Messages messages, FxTaskRunner runner, Function<Page, Node> pageFactory,
                    Runnable exit) {
        this(vm, messages, runner, pageFactory, exit, page -> { });
    }

    /** {@code help} opens the user guide at a page's section (F1). */
    public MainView(MainViewModel vm, Messages messages, FxTaskRunner runner, Function<Page, Node> pageFactory,
                    Runnable exit, java.util.function.Consumer<Page> help) {
        this.help = help;
        this.vm = vm;
        this.messages = messages;
        this.pageFactory = pageFactory;
        getStyleClass().add("main-view");
        setTop(new VBox(menu(exit), readOnlyBanner()));
        setLeft(navigation());
        content.setId("pageContent");
        setCenter(content);
        setBottom(statusBar(runner));
        vm.pageProperty().addListener((o, a, p) -> showPage(p));
        showPage(vm.pageProperty().get());
    }

    private MenuBar menu(Runnable exit) {
        MenuItem save = item("menu.file.save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), vm::save);
        save.setId("menuSave");
        MenuItem demo = item("menu.file.demo", null, vm::loadDemo);
        MenuItem demo2025 = item("menu.file.demo2025", null, vm::loadDemo2025);
        MenuItem quit = item("menu.file.exit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), exit);
        MenuItem verify = item("menu.file.verify", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                vm::checkSignatures);
        verify.setId("menuVerify");
        Menu file = new Menu(messages.get("menu.file"), null, save, verify, demo, demo2025, new SeparatorMenuItem(), quit);
        MenuItem undo = item("menu.edit.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undo);
        MenuItem redo = item("menu.edit.redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
        MenuItem find = item("menu.edit.find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusFind);
        find.setId("menuFind");
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), find);
        MenuItem guide = item("menu.help.guide", new KeyCodeCombination(KeyCode.F1), () -> help.accept(vm.pageProperty().get()));
        guide.setId("menuGuide");
        Menu helpMenu = new Menu(messages.get("menu.help"), null, guide);
        Menu go = new Menu(messages.get("menu.go"));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (Page p : Page.values()) {
            go.getItems().add(item(p.titleKey(), new KeyCodeCombination(digits[p.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    () -> vm.show(p)));
        }
        MenuBar bar = new MenuBar(file, edit, go, helpMenu);
        bar.setId("mainMenu");
        return bar;
    }

    /** Shown only when the database cannot be written: what still works and how to get writing back. */
    private Label readOnlyBanner() {
        Label banner = new Label();
        banner.setId("readOnlyBanner");
        banner.getStyleClass().add("read-only-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setPadding(new Insets(6, 10, 6, 10));
        banner.setStyle("-fx-background-color: #fff4ce; -fx-text-fill: #5c4400;");
        banner.textProperty().bind(vm.readOnlyTextProperty());
        banner.visibleProperty().bind(vm.readOnlyTextProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Ctrl+F: the "Tìm chỉ tiêu" box of the page shown, if it has one. */
    private void focusFind() {
        Node page = pages.get(vm.pageProperty().get());
        Node field = page == null ? null : page.lookup("#" + vn.baocao.app.FindField.ID);
        if (field instanceof javafx.scene.control.TextField text) {
            text.requestFocus();
            text.selectAll();
        }
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(10, 8, 10, 8));
        nav.setPrefWidth(170);
        for (Page p : Page.values()) {
            ToggleButton b = new ToggleButton(messages.get(p.titleKey()));
            b.setId("nav-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.setMnemonicParsing(true);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setTooltip(new Tooltip(messages.get(p.hintKey())));
            b.setOnAction(e -> {
                vm.show(p);
                b.setSelected(true);
            });
            navButtons.put(p, b);
            nav.getChildren().add(b);
        }
        vm.pageProperty().addListener((o, a, p) -> navButtons.get(p).setSelected(true));
        navButtons.get(vm.pageProperty().get()).setSelected(true);
        return nav;
    }

    private void showPage(Page p) {
        Node node = pages.computeIfAbsent(p, pageFactory);
        content.getChildren().setAll(node);
        if (navButtons.containsKey(p)) {
            navButtons.get(p).setSelected(true);
        }
    }

    private HBox statusBar(FxTaskRunner runner) {
        Label database = new Label();
        database.setId("statusDatabase");
        database.textProperty().bind(vm.databaseTextProperty());
        database.setMinWidth(Region.USE_PREF_SIZE);
        database.setMaxWidth(520);
        Label areaPeriod = new Label();
        areaPeriod.setId("statusAreaPeriod");
        areaPeriod.textProperty().bind(vm.areaPeriodTextProperty());
        Label notice = new Label();
        notice.setId("statusNotice");
        notice.textProperty().bind(vm.noticeProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label taskTitle = new Label();
        taskTitle.textProperty().bind(runner.titleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(runner.progressProperty());
        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setOnAction(e -> runner.cancel());
        for (Node n : new Node[] {taskTitle, progress, cancel}) {
            n.visibleProperty().bind(runner.runningProperty());
            n.managedProperty().bind(runner.runningProperty());
        }
        HBox bar = new HBox(10, database, new Separator(javafx.geometry.Orientation.VERTICAL), areaPeriod,
                new Separator(javafx.geometry.Orientation.VERTICAL), notice, spring, taskTitle, progress, cancel);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }
}
