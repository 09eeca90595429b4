package vn.baocao.app.catalog;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.baocao.app.FieldLabel;
import vn.baocao.app.Messages;
import vn.baocao.app.ShownAs;
import vn.baocao.domain.Area;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;

/** The "Danh mục" page: indicators with an edit form, and the areas. */
public final class CatalogView extends BorderPane {
    private final CatalogViewModel vm;
    private final Messages messages;
    private final CatalogLabels labels;

    public CatalogView(CatalogViewModel vm, Messages messages) {
        this(vm, messages, null);
    }

    /** @param areasPane the editable Địa bàn tab (issue 13); null shows the read-only list */
    public CatalogView(CatalogViewModel vm, Messages messages, Node areasPane) {
        this.vm = vm;
        this.messages = messages;
        this.labels = new CatalogLabels(messages);
        TabPane tabs = new TabPane(new Tab(messages.get("catalog.tab.indicators"), indicatorsPane()),
                new Tab(messages.get("catalog.tab.areas"), areasPane != null ? areasPane : areasTable()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    private Node indicatorsPane() {
        TableView<Indicator> table = new TableView<>(vm.indicators());
        table.setId("catalogTable");
        table.getColumns().setAll(java.util.List.of(
                col("catalog.column.code", Indicator::code, 80),
                col("catalog.column.name", Indicator::name, 380),
                col("catalog.column.unit", Indicator::unit, 100),
                col("catalog.column.sector", Indicator::sector, 120),
                col("catalog.column.kind", i -> labels.kind(i.kind()), 150),
                col("catalog.column.direction", i -> labels.direction(i.direction()), 150)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (i != null) {
                vm.selectedProperty().set(i);
            }
        });
        vm.selectedProperty().addListener((o, a, i) -> {
            if (i == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != i) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
            }
        });
        javafx.scene.control.TextField find = vn.baocao.app.FindField.of(table, Indicator::code, Indicator::name, messages);
        javafx.scene.layout.VBox left = new javafx.scene.layout.VBox(6, find, table);
        left.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(left, form());
        split.setDividerPositions(0.58);
        return split;
    }

    private Node form() {
        TextField code = new TextField();
        code.setId("indicatorCode");
        code.textProperty().bindBidirectional(vm.codeProperty());
        code.editableProperty().bind(vm.addingProperty());
        TextField name = new TextField();
        name.setId("indicatorName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<String> unit = new ComboBox<>(vm.units());
        unit.setEditable(true);
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        ComboBox<String> sector = new ComboBox<>(vm.sectors());
        sector.setEditable(true);
        sector.valueProperty().bindBidirectional(vm.sectorProperty());
        ComboBox<IndicatorKind> kind = new ComboBox<>();
        kind.getItems().setAll(IndicatorKind.values());
        kind.setConverter(ShownAs.text(labels::kind));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<Direction> direction = new ComboBox<>();
        direction.getItems().setAll(Direction.values());
        direction.setConverter(ShownAs.text(labels::direction));
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        Spinner<Integer> decimals = new Spinner<>(0, 6, 0);
        decimals.getValueFactory().valueProperty().bindBidirectional(vm.decimalsProperty());
        for (var c : java.util.List.of(unit, sector, kind, direction)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(120, 260, Double.MAX_VALUE,
                Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));
        int r = 0;
        grid.addRow(r++, label("catalog.field.code", code), code);
        grid.addRow(r++, label("catalog.field.name", name), name);
        grid.addRow(r++, label("catalog.field.unit", unit), unit);
        grid.addRow(r++, label("catalog.field.sector", sector), sector);
        grid.addRow(r++, label("catalog.field.kind", kind), kind);
        grid.addRow(r++, label("catalog.field.direction", direction), direction);
        grid.addRow(r++, label("catalog.field.decimals", decimals), decimals);

        Button save = new Button(messages.get("catalog.save"));
        save.setId("catalogSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Button add = new Button(messages.get("catalog.add"));
        add.setId("catalogAdd");
        add.setOnAction(e -> {
            vm.startNew();
            code.requestFocus();
        });
        Button deactivate = new Button(messages.get("catalog.deactivate"));
        deactivate.setId("catalogDeactivate");
        deactivate.disableProperty().bind(vm.selectedProperty().isNull());
        deactivate.setOnAction(e -> vm.deactivateSelected());
        for (Button b : new Button[] {save, add, deactivate}) {
            b.setMnemonicParsing(true);
        }
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label title = new Label(messages.get("catalog.form.title"));
        title.getStyleClass().add("title-4");
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, save, add, deactivate);
        VBox box = new VBox(10, title, grid, buttons, message);
        box.setPadding(new Insets(12));
        return box;
    }

    private Label label(String key, Node target) {
        return FieldLabel.of(messages.get(key), target);
    }

    private Node areasTable() {
        TableView<Area> table = new TableView<>(vm.areas());
        table.setId("areasTable");
        TableColumn<Area, String> code = new TableColumn<>(messages.get("catalog.area.code"));
        code.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().code()));
        code.setPrefWidth(180);
        TableColumn<Area, String> name = new TableColumn<>(messages.get("catalog.area.name"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        name.setPrefWidth(220);
        TableColumn<Area, String> level = new TableColumn<>(messages.get("catalog.area.level"));
        level.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().level().label()));
        level.setPrefWidth(120);
        TableColumn<Area, String> parent = new TableColumn<>(messages.get("catalog.area.parent"));
        parent.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().parentCode() == null ? "" : c.getValue().parentCode()));
        parent.setPrefWidth(160);
        table.getColumns().setAll(java.util.List.of(code, name, level, parent));
        return table;
    }

    private TableColumn<Indicator, String> col(String key, Function<Indicator, String> value, double width) {
        TableColumn<Indicator, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
