package vn.baocao.app.imports;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.baocao.app.Messages;
import vn.baocao.domain.VietnameseNumbers;

/** Step 1: the sheet as it was read, text converted; the detected header in blue, hidden rows and columns greyed. */
final class SheetGridView extends VBox {
    private final Messages messages;
    private final TableView<SheetRow> table = new TableView<>();
    private final Label legend = new Label();

    SheetGridView(ImportViewModel vm, Messages messages) {
        super(6);
        this.messages = messages;
        setPadding(new Insets(8));
        table.setId("importSheetGrid");
        table.setPlaceholder(new Label(messages.get("import.sheet.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SheetRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("sheet-header", "sheet-title", "sheet-hidden");
                if (!empty && row != null) {
                    switch (row.part()) {
                        case HEADER -> getStyleClass().add("sheet-header");
                        case TITLE -> getStyleClass().add("sheet-title");
                        case HIDDEN -> getStyleClass().add("sheet-hidden");
                        default -> { }
                    }
                }
            }
        });
        legend.setWrapText(true);
        legend.getStyleClass().add("text-muted");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, legend);
        vm.results().gridProperty().addListener((o, a, g) -> show(g));
        show(vm.results().gridProperty().get());
    }

    private void show(SheetGrid grid) {
        List<TableColumn<SheetRow, String>> columns = new ArrayList<>();
        TableColumn<SheetRow, String> number = new TableColumn<>("");
        number.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().number())));
        number.setPrefWidth(44);
        number.getStyleClass().add("row-number");
        columns.add(number);
        for (int i = 0; i < grid.letters().size(); i++) {
            int column = i;
            TableColumn<SheetRow, String> c = new TableColumn<>(grid.letters().get(i));
            c.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().cell(column)));
            c.setPrefWidth(column == 0 ? 60 : column == 1 ? 300 : 110);
            c.setSortable(false);
            if (grid.hiddenColumns().contains(column)) {
                c.setText(grid.letters().get(i) + " " + messages.get("import.sheet.hiddenColumn"));
                c.setCellFactory(col -> new TableCell<>() {
                    @Override
                    protected void updateItem(String s, boolean empty) {
                        super.updateItem(s, empty);
                        setText(empty ? null : s);
                        getStyleClass().remove("sheet-hidden-cell");
                        getStyleClass().add("sheet-hidden-cell");
                    }
                });
            }
            columns.add(c);
        }
        table.getColumns().setAll(columns);
        table.getItems().setAll(grid.rows());
        legend.setText(grid.rows().isEmpty() ? "" : messages.format("import.sheet.legend",
                VietnameseNumbers.format(grid.rows().size()), VietnameseNumbers.format(grid.totalRows())));
    }
}
