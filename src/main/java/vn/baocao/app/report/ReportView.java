package vn.baocao.app.report;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.baocao.app.AreaText;
import vn.baocao.app.FieldLabel;
import vn.baocao.app.MessageLabel;
import vn.baocao.app.Messages;
import vn.baocao.document.compose.ReportTemplate;
import vn.baocao.domain.Area;
import vn.baocao.domain.Issuer;
import vn.baocao.store.StoredReport;

/** The "Báo cáo" page: choices on top, the report's tabs on the left, the print preview on the right, actions below. */
public final class ReportView extends BorderPane {
    private final ReportViewModel vm;
    private final Messages messages;

    public ReportView(ReportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("reportPage");
        getStyleClass().add("report-page");
        setTop(choices());
        Label title = new Label();
        title.setId("reportTitle");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.when(vm.titleProperty().isEmpty())
                .then(messages.get("report.title.none")).otherwise(vm.titleProperty()));
        TabPane tabs = new TabPane(
                new Tab(messages.get("report.tab.stored"), stored()),
                new Tab(messages.get("report.tab.header"), new HeaderForm(vm, messages)),
                new Tab(messages.get("report.tab.body"), new PageEditor(vm.body(),
                        new PrintedHeader(vm.printedHeader(), vm.fieldsProperty(), messages), vm.fieldsProperty(), messages)),
                reviewTab());
        tabs.setId("reportTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox left = new VBox(6, title, settingsBar(), tabs);
        left.setPadding(new Insets(6, 6, 0, 8));
        SplitPane split = new SplitPane(left, new PreviewPane(vm, messages));
        split.setDividerPositions(0.55);
        setCenter(split);
        // Against a crash or a power cut: an edited draft is saved every minute (nothing is written when unchanged).
        javafx.animation.Timeline autosave = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(60), e -> vm.keepDraft()));
        autosave.setCycleCount(javafx.animation.Animation.INDEFINITE);
        autosave.play();
        setBottom(actions());
        vm.currentProperty().addListener((o, a, r) -> {
            if (r != null && tabs.getSelectionModel().getSelectedIndex() == 0) {
                tabs.getSelectionModel().select(1);
            }
        });
    }

    /** "Cài đặt đã thay đổi - Áp dụng vào báo cáo này?" with Áp dụng and Bỏ qua; hidden when nothing is offered. */
    private Node settingsBar() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(vm.settingsOfferProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button apply = button("report.settings.apply", "reportSettingsApply", vm::applySettings);
        apply.getStyleClass().add("accent");
        Button ignore = button("report.settings.ignore", "reportSettingsIgnore", vm::ignoreSettings);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        ignore.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, text, apply, ignore);
        bar.setId("reportSettingsBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("settings-bar");
        bar.visibleProperty().bind(vm.settingsOfferProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node choices() {
        ComboBox<ReportTemplate> template = new ComboBox<>(vm.choices().templates());
        template.setId("reportTemplate");
        template.valueProperty().bindBidirectional(vm.choices().templateProperty());
        template.setConverter(vn.baocao.app.ShownAs.text(ReportTemplate::name));
        template.setPrefWidth(210);
        ComboBox<Area> area = new ComboBox<>(vm.choices().areas());
        area.setId("reportArea");
        area.valueProperty().bindBidirectional(vm.choices().areaProperty());
        area.setConverter(vn.baocao.app.ShownAs.text(AreaText::of));
        area.setPrefWidth(150);
        TextField period = new TextField();
        period.setId("reportPeriod");
        period.setPrefColumnCount(6);
        period.setText(vm.choices().periodProperty().get() == null ? "" : vm.choices().periodProperty().get().code());
        period.setPromptText(messages.get("data.periodCode.prompt"));
        period.setTooltip(new Tooltip(messages.get("data.periodCode.tooltip")));
        vm.choices().periodProperty().addListener((o, a, p) -> period.setText(p == null ? "" : p.code()));
        period.setOnAction(e -> vm.choosePeriod(period.getText()));
        period.focusedProperty().addListener((o, was, is) -> {
            if (!is && vm.choices().periodProperty().get() != null && !period.getText().equals(vm.choices().periodProperty().get().code())) {
                vm.choosePeriod(period.getText());
            }
        });
        Label periodLabel = new Label();
        periodLabel.getStyleClass().add("period-label");
        periodLabel.textProperty().bind(vm.choices().periodProperty().map(p -> p == null ? "" : p.label()));
        ComboBox<Issuer> issuer = new ComboBox<>();
        issuer.setId("reportIssuer");
        issuer.getItems().setAll(vm.choices().issuers());
        issuer.valueProperty().bindBidirectional(vm.choices().issuerProperty());
        issuer.setConverter(vn.baocao.app.ShownAs.text(Issuer::label));
        issuer.setPrefWidth(160);
        Button create = button("report.new", "reportNew", vm::newReport);
        create.getStyleClass().add("accent");
        FlowPane box = new FlowPane(8, 6,
                label("report.template", template), template,
                label("report.area", area), area,
                label("report.period", period), period, periodLabel,
                label("report.issuer", issuer), issuer, create);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node stored() {
        ListView<StoredReport> list = new ListView<>(vm.choices().reports());
        list.setId("reportList");
        list.setPlaceholder(new Label(messages.get("report.stored.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StoredReport r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : messages.format("report.stored.item", String.valueOf(r.id()), r.name(),
                        r.updatedAt() == null ? "" : r.updatedAt().replace('T', ' ')));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.choices().selectedReportProperty().set(r));
        vm.choices().selectedReportProperty().addListener((o, a, r) -> {
            if (list.getSelectionModel().getSelectedItem() != r) {
                list.getSelectionModel().select(r);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        Button open = button("report.stored.open", "reportOpen", () -> vm.open(list.getSelectionModel().getSelectedItem()));
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button copy = button("report.stored.copy", "reportCopy", vm::copyToNextPeriod);
        copy.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Label hint = muted("report.stored.hint");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, list, new HBox(8, open, copy), hint);
        box.setPadding(new Insets(8));
        return box;
    }

    private Tab reviewTab() {
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.size(vm.review()).map(n -> messages.format("report.tab.review", n.toString())));
        tab.setContent(new ReviewList(vm, messages));
        return tab;
    }

    private Node actions() {
        Button save = button("report.save", "reportSave", vm::save);
        Button preview = button("report.preview", "reportPreview", vm::preview);
        Button export = button("report.export", "reportExport", vm::export);
        export.getStyleClass().add("accent");
        Button openDocx = button("report.open.docx", "reportOpenDocx", vm.exports()::openDocx);
        Button openPdf = button("report.open.pdf", "reportOpenPdf", vm.exports()::openPdf);
        Button openFolder = button("report.open.folder", "reportOpenFolder", vm.exports()::openFolder);
        for (Button b : new Button[] {save, preview, export}) {
            b.disableProperty().bind(vm.currentProperty().isNull());
        }
        for (Button b : new Button[] {openDocx, openPdf, openFolder}) {
            b.disableProperty().bind(vm.exportedProperty().isNull());
        }
        Label message = MessageLabel.bound("reportMessage", vm.messageProperty(), vm.messageIsErrorProperty());
        FlowPane buttons = new FlowPane(8, 6, save, preview, export, openDocx, openPdf, openFolder);
        VBox box = new VBox(6, buttons, message);
        box.setPadding(new Insets(8));
        return box;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Label label(String key, Node target) {
        return FieldLabel.of(messages.get(key), target);
    }

    private Label muted(String key) {
        Label l = new Label(messages.get(key));
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

}
