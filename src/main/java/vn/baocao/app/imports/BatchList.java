package vn.baocao.app.imports;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.baocao.app.Messages;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.store.ImportBatchRepository.Batch;

/** The past batches, newest first; "Hoàn tác lô" puts a batch's values back after a confirmation. */
final class BatchList extends VBox {
    private final Messages messages;

    BatchList(ImportViewModel vm, Messages messages) {
        super(8);
        this.messages = messages;
        setPadding(new Insets(8));
        TableView<Batch> table = new TableView<>(vm.batches());
        table.setId("importBatches");
        table.setPlaceholder(new Label(messages.get("import.batches.empty")));
        table.getColumns().setAll(java.util.List.of(
                col("import.batch.id", b -> VietnameseNumbers.format(b.id()), 50),
                col("import.batch.file", Batch::fileName, 220),
                col("import.batch.sheet", Batch::sheet, 100),
                col("import.batch.at", b -> b.importedAt() == null ? "" : b.importedAt().replace('T', ' '), 150),
                col("import.batch.changes", b -> VietnameseNumbers.format(b.changes()), 80),
                col("import.batch.summary", Batch::summary, 360),
                col("import.batch.undone", b -> b.undone() ? b.undoneAt().replace('T', ' ') : "", 150)));
        VBox.setVgrow(table, Priority.ALWAYS);
        // after a commit the new batch is shown selected, ready to be undone if it was a mistake
        vm.committedBatchProperty().addListener((o, a, b) -> {
            if (b != null) {
                table.getItems().stream().filter(x -> x.id() == b.id()).findFirst().ifPresent(x -> {
                    table.getSelectionModel().select(x);
                    table.scrollTo(x);
                });
            }
        });
        Button undo = new Button(messages.get("import.undo"));
        undo.setId("importUndo");
        undo.setMnemonicParsing(true);
        undo.disableProperty().bind(table.getSelectionModel().selectedItemProperty().map(Batch::undone).orElse(true));
        undo.setOnAction(e -> vm.undo(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label(messages.get("import.batches.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(table, new HBox(8, undo), hint);
    }

    private TableColumn<Batch, String> col(String key, Function<Batch, String> value, double width) {
        TableColumn<Batch, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
