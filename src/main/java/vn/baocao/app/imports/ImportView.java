package vn.baocao.app.imports;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.baocao.app.AreaText;
import vn.baocao.app.MessageLabel;
import vn.baocao.app.Messages;
import vn.baocao.app.task.FxTaskRunner;
import vn.baocao.domain.Area;
import vn.baocao.domain.Issuer;

/**
 * The "Nhập Excel" page: the file and the choices on top, the wizard's steps as tabs (the sheet as read, the
 * questions, the dry run) and the past batches, the commit bar at the bottom.
 */
public final class ImportView extends BorderPane {
    private final ImportViewModel vm;
    private final Messages messages;

    public ImportView(ImportViewModel vm, Messages messages, FxTaskRunner runner) {
        this.vm = vm;
        this.messages = messages;
        setId("importPage");
        setTop(new VBox(choices(), passwordRow()));
        Tab sheet = new Tab(messages.get("import.tab.sheet"), new SheetGridView(vm, messages));
        Tab questions = new Tab();
        questions.textProperty().bind(Bindings.size(vm.results().questions())
                .map(n -> messages.format("import.tab.questions", n.toString())));
        questions.setContent(new QuestionList(vm, messages));
        Tab dryRun = new Tab();
        dryRun.textProperty().bind(Bindings.size(vm.results().entries())
                .map(n -> messages.format("import.tab.dryRun", n.toString())));
        dryRun.setContent(new DryRunTable(vm, messages));
        Tab batches = new Tab(messages.get("import.tab.batches"), new BatchList(vm, messages));
        TabPane tabs = new TabPane(sheet, questions, dryRun, batches);
        tabs.setId("importTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.committedBatchProperty().addListener((o, a, b) -> {
            if (b != null) {
                tabs.getSelectionModel().select(batches);
            }
        });
        setCenter(tabs);
        setBottom(commitBar(runner));
    }

    private Node choices() {
        Button choose = new Button(messages.get("import.choose"));
        choose.setId("importChoose");
        choose.setMnemonicParsing(true);
        choose.getStyleClass().add("accent");
        choose.setOnAction(e -> vm.chooseFile());
        Label file = new Label();
        file.setId("importFile");
        file.textProperty().bind(vm.fileProperty().map(p -> p.getFileName().toString()).orElse(messages.get("import.noFile")));
        file.setMaxWidth(200);
        ComboBox<String> sheet = new ComboBox<>(vm.choices().sheets());
        sheet.setId("importSheet");
        sheet.valueProperty().bindBidirectional(vm.choices().sheetProperty());
        sheet.setPrefWidth(130);
        ComboBox<Area> area = new ComboBox<>(vm.choices().areas());
        area.setId("importArea");
        area.valueProperty().bindBidirectional(vm.choices().areaProperty());
        area.setConverter(vn.baocao.app.ShownAs.text(AreaText::of));
        area.setPromptText(messages.get("import.area.prompt"));
        area.setPrefWidth(150);
        TextField period = new TextField();
        period.setId("importPeriod");
        period.setPrefColumnCount(6);
        period.textProperty().bindBidirectional(vm.choices().periodCodeProperty());
        period.setPromptText(messages.get("import.period.prompt"));
        period.setTooltip(new Tooltip(messages.get("data.periodCode.tooltip")));
        ComboBox<Issuer> issuer = new ComboBox<>();
        issuer.getItems().setAll(vm.choices().issuers());
        issuer.valueProperty().bindBidirectional(vm.choices().planIssuerProperty());
        issuer.setConverter(vn.baocao.app.ShownAs.text(Issuer::label));
        issuer.setPrefWidth(150);
        issuer.setTooltip(new Tooltip(messages.get("import.issuer.tooltip")));
        FlowPane box = new FlowPane(8, 6, choose, file, new Label(messages.get("import.sheet")), sheet,
                new Label(messages.get("import.area")), area, new Label(messages.get("import.period")), period,
                new Label(messages.get("import.issuer")), issuer);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node passwordRow() {
        PasswordField password = new PasswordField();
        password.setId("importPassword");
        password.setPromptText(messages.get("import.password.prompt"));
        Button open = new Button(messages.get("import.password.open"));
        open.setId("importPasswordOpen");
        open.setDefaultButton(false);
        Runnable submit = () -> {
            vm.submitPassword(password.getText());
            password.clear();
        };
        open.setOnAction(e -> submit.run());
        password.setOnAction(e -> submit.run());
        HBox row = new HBox(8, new Label(messages.get("import.password")), password, open);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 8, 8, 8));
        row.visibleProperty().bind(vm.passwordNeededProperty());
        row.managedProperty().bind(vm.passwordNeededProperty());
        return row;
    }

    private Node commitBar(FxTaskRunner runner) {
        CheckBox skip = new CheckBox(messages.get("import.skipErrors"));
        skip.selectedProperty().bindBidirectional(vm.choices().skipErroneousRowsProperty());
        skip.setOnAction(e -> vm.preview());
        CheckBox overwrite = new CheckBox(messages.get("import.overwriteManual"));
        overwrite.selectedProperty().bindBidirectional(vm.choices().overwriteManualProperty());
        overwrite.setOnAction(e -> vm.preview());
        Button again = new Button(messages.get("import.previewAgain"));
        again.setId("importPreview");
        again.setMnemonicParsing(true);
        again.disableProperty().bind(vm.results().previewProperty().isNull());
        again.setOnAction(e -> vm.preview());
        Button problems = new Button(messages.get("import.problems"));
        problems.setId("importProblems");
        problems.setMnemonicParsing(true);
        problems.setTooltip(new javafx.scene.control.Tooltip(messages.get("import.problems.tooltip")));
        problems.disableProperty().bind(vm.results().previewProperty().isNull().or(runner.runningProperty()));
        problems.setOnAction(e -> vm.exportProblems());
        Button commit = new Button(messages.get("import.commit"));
        commit.setId("importCommit");
        commit.setMnemonicParsing(true);
        commit.getStyleClass().add("accent");
        commit.disableProperty().bind(vm.results().previewProperty().isNull().or(runner.runningProperty()));
        commit.setOnAction(e -> vm.commit());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(runner.runningProperty());
        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.results().summaryProperty());
        Label coverage = new Label();
        coverage.setId("importCoverageSummary");
        coverage.setWrapText(true);
        coverage.textProperty().bind(vm.results().coverageProperty());
        Label message = MessageLabel.bound("importMessage", vm.messageProperty(), vm.messageIsErrorProperty());
        // Wraps on a small screen (1024 × 600) instead of cutting "Ghi vào cơ sở dữ liệu" short.
        FlowPane buttons = new FlowPane(12, 6, skip, overwrite, again, problems, commit, progress);
        buttons.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, summary, coverage, buttons, message);
        box.setPadding(new Insets(8));
        return box;
    }
}
