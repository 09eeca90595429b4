package vn.baocao.app.imports;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.baocao.app.Messages;
import javafx.scene.Node;
import vn.baocao.importing.plan.Coverage;
import vn.baocao.importing.plan.EntryStatus;

/** Step 3: every value of the file with what importing it would do, filterable by status; warnings below. */
final class DryRunTable extends VBox {
    private final Messages messages;

    DryRunTable(ImportViewModel vm, Messages messages) {
        super(6);
        this.messages = messages;
        setPadding(new Insets(8));
        ComboBox<EntryStatus> filter = new ComboBox<>();
        filter.setId("importStatusFilter");
        filter.getItems().add(null);
        filter.getItems().addAll(EntryStatus.values());
        filter.valueProperty().bindBidirectional(vm.results().statusFilterProperty());
        StringConverter<EntryStatus> names = new StringConverter<>() {
            @Override
            public String toString(EntryStatus s) {
                return s == null ? messages.get("import.filter.all") : status(s);
            }

            @Override
            public EntryStatus fromString(String s) {
                return null;
            }
        };
        filter.setConverter(names);
        filter.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(EntryStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(names.toString(s));
            }
        });
        HBox top = new HBox(8, new Label(messages.get("import.filter")), filter);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<EntryRow> table = new TableView<>(vm.results().shownEntries());
        table.setId("importEntries");
        table.setPlaceholder(new Label(messages.get("import.entries.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EntryRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("entry-error", "entry-conflict", "entry-new", "entry-changed");
                if (!empty && row != null) {
                    switch (row.status()) {
                        case ERROR -> getStyleClass().add("entry-error");
                        case CONFLICT -> getStyleClass().add("entry-conflict");
                        case NEW -> getStyleClass().add("entry-new");
                        case CHANGED -> getStyleClass().add("entry-changed");
                        default -> { }
                    }
                }
            }
        });
        table.getColumns().setAll(java.util.List.of(
                col("import.entry.status", e -> status(e.status()), 90),
                col("import.entry.cell", EntryRow::cell, 120),
                col("import.entry.indicator", EntryRow::indicator, 260),
                col("import.entry.area", EntryRow::area, 110),
                col("import.entry.period", EntryRow::period, 80),
                col("import.entry.slot", EntryRow::slot, 140),
                number(col("import.entry.value", EntryRow::value, 100)),
                number(col("import.entry.old", EntryRow::oldValue, 90)),
                col("import.entry.note", EntryRow::note, 420)));
        VBox.setVgrow(table, Priority.ALWAYS);
        ListView<String> warnings = new ListView<>(vm.results().warnings());
        warnings.setPrefHeight(70);
        warnings.setPlaceholder(new Label(messages.get("import.warnings.empty")));
        Label coverage = new Label();
        coverage.setId("importCoverage");
        coverage.setWrapText(true);
        coverage.textProperty().bind(vm.results().coverageProperty());
        getChildren().addAll(top, table, coverage, skipped(vm.results()), new Label(messages.get("import.warnings")),
                warnings);
    }

    /** The numbers left out, each with its reason, filterable by reason. */
    private Node skipped(DryRunResults results) {
        ComboBox<String> reason = new ComboBox<>();
        reason.setId("importSkipReason");
        reason.setPromptText(messages.get("import.skipped.all"));
        results.skipReasons().addListener((javafx.collections.ListChangeListener<String>) c -> {
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(results.skipReasons());
            reason.getItems().setAll(items);
        });
        reason.setConverter(new StringConverter<>() {
            @Override
            public String toString(String r) {
                return r == null ? messages.get("import.skipped.all") : r;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        reason.valueProperty().bindBidirectional(results.reasonFilterProperty());
        TableView<Coverage.SkippedCell> table = new TableView<>(results.shownSkipped());
        table.setId("importSkipped");
        table.setPrefHeight(140);
        table.setPlaceholder(new Label(messages.get("import.skipped.empty")));
        table.getColumns().setAll(java.util.List.of(skippedCol("import.skipped.cell", Coverage.SkippedCell::cell, 140),
                skippedCol("import.skipped.text", Coverage.SkippedCell::text, 140),
                skippedCol("import.skipped.why", Coverage.SkippedCell::reason, 420)));
        HBox top = new HBox(8, new Label(messages.get("import.skipped")), new Label(messages.get("import.skipped.reason")),
                reason);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, top, table);
    }

    private TableColumn<Coverage.SkippedCell, String> skippedCol(String key,
            Function<Coverage.SkippedCell, String> value, double width) {
        TableColumn<Coverage.SkippedCell, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private String status(EntryStatus s) {
        return switch (s) {
            case NEW -> messages.get("import.status.new");
            case CHANGED -> messages.get("import.status.changed");
            case UNCHANGED -> messages.get("import.status.unchanged");
            case CONFLICT -> messages.get("import.status.conflict");
            case ERROR -> messages.get("import.status.error");
        };
    }

    private TableColumn<EntryRow, String> col(String key, Function<EntryRow, String> value, double width) {
        TableColumn<EntryRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<EntryRow, String> number(TableColumn<EntryRow, String> c) {
        c.getStyleClass().add("number-column");
        return c;
    }
}
