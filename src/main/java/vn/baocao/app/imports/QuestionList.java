package vn.baocao.app.imports;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import vn.baocao.app.Messages;
import vn.baocao.importing.plan.ImportQuestion;

/**
 * Step 2: what the importer will not guess: which indicator an uncertain row is, what an unknown column holds, how
 * "1,435" is meant. Each answer is a choice, or a code typed in; "Áp dụng" makes the dry run again.
 */
final class QuestionList extends VBox {
    QuestionList(ImportViewModel vm, Messages messages) {
        super(8);
        setPadding(new Insets(8));
        TableView<QuestionRow> table = new TableView<>(vm.questions());
        table.setId("importQuestions");
        table.setPlaceholder(new Label(messages.get("import.questions.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<QuestionRow, String> cell = new TableColumn<>(messages.get("import.questions.cell"));
        cell.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().question().cell()));
        cell.setPrefWidth(120);
        cell.setMaxWidth(160);
        TableColumn<QuestionRow, String> text = new TableColumn<>(messages.get("import.questions.text"));
        text.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().question().text()));
        text.setCellFactory(c -> new TableCell<>() {
            private final Text t = new Text();

            {
                t.wrappingWidthProperty().bind(widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                t.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : t);
            }
        });
        text.setPrefWidth(420);
        TableColumn<QuestionRow, QuestionRow> answer = new TableColumn<>(messages.get("import.questions.answer"));
        answer.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        answer.setCellFactory(c -> new AnswerCell(messages));
        answer.setPrefWidth(320);
        table.getColumns().setAll(java.util.List.of(cell, text, answer));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button apply = new Button(messages.get("import.questions.apply"));
        apply.setId("importApplyAnswers");
        apply.setMnemonicParsing(true);
        apply.disableProperty().bind(vm.previewProperty().isNull());
        apply.setOnAction(e -> vm.preview());
        Button suggestions = new Button(messages.get("import.questions.useSuggestions"));
        suggestions.setId("importUseSuggestions");
        suggestions.setMnemonicParsing(true);
        suggestions.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.questions()));
        suggestions.setOnAction(e -> vm.acceptSuggestions());
        Label hint = new Label(messages.get("import.questions.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(table, new javafx.scene.layout.HBox(8, apply, suggestions), hint);
    }

    /** The choices of the question; editable when any value of the right form is accepted (an indicator code). */
    private static final class AnswerCell extends TableCell<QuestionRow, QuestionRow> {
        private final Messages messages;

        AnswerCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(QuestionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(row.question().choices().stream().map(ImportQuestion.Choice::value).toList());
            box.setEditable(row.question().free() || row.question().kind() == ImportQuestion.Kind.INDICATOR);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(String value) {
                    return row.labelOf(value);
                }

                @Override
                public String fromString(String s) {
                    return row.question().choices().stream().filter(c -> c.label().equals(s)).map(ImportQuestion.Choice::value)
                            .findFirst().orElse(s == null ? null : s.strip());
                }
            });
            box.setValue(row.answerProperty().get());
            if (row.suggested() != null) {
                box.setPromptText(messages.format("import.questions.suggested", row.labelOf(row.suggested())));
            }
            box.valueProperty().addListener((o, a, v) -> row.answerProperty().set(v));
            box.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
        }
    }
}
