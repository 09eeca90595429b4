package vn.baocao.app.imports;

import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        TableView<QuestionRow> table = new TableView<>(vm.results().questions());
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
        answer.setCellFactory(c -> new AnswerCell(vm, messages));
        answer.setPrefWidth(320);
        table.getColumns().setAll(java.util.List.of(cell, text, answer));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button apply = new Button(messages.get("import.questions.apply"));
        apply.setId("importApplyAnswers");
        apply.setMnemonicParsing(true);
        apply.disableProperty().bind(vm.results().previewProperty().isNull());
        apply.setOnAction(e -> vm.preview());
        Button suggestions = new Button(messages.get("import.questions.useSuggestions"));
        suggestions.setId("importUseSuggestions");
        suggestions.setMnemonicParsing(true);
        suggestions.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.results().questions()));
        suggestions.setOnAction(e -> vm.acceptSuggestions());
        Label hint = new Label(messages.get("import.questions.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(table, new HBox(8, apply, suggestions), hint);
    }

    /**
     * The choices of the question; editable when any value of the right form is accepted (an indicator code). An
     * indicator question also has "Tìm…", which opens the searchable catalog list under the answer.
     */
    private static final class AnswerCell extends TableCell<QuestionRow, QuestionRow> {
        private final ImportViewModel vm;
        private final Messages messages;
        private final ComboBox<String> box = new ComboBox<>();
        private final Button find = new Button();
        private final HBox pane = new HBox(4, box, find);
        private final ChangeListener<String> fromRow = (o, a, v) -> {
            if (!Objects.equals(box.getValue(), v)) {
                box.setValue(v);
            }
        };
        private QuestionRow row;
        private boolean updating;

        AnswerCell(ImportViewModel vm, Messages messages) {
            this.vm = vm;
            this.messages = messages;
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.valueProperty().addListener((o, a, v) -> {
                if (!updating && row != null) {
                    row.answerProperty().set(v);
                }
            });
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(String value) {
                    if (row == null || value == null) {
                        return "";
                    }
                    String label = row.labelOf(value);
                    if (!label.equals(value)) {
                        return label;
                    }
                    return vm.catalogProperty().get().indicator(value).map(IndicatorSearch::text).orElse(value);
                }

                @Override
                public String fromString(String s) {
                    if (s == null || row == null) {
                        return s;
                    }
                    return row.question().choices().stream().filter(c -> c.label().equals(s)).map(ImportQuestion.Choice::value)
                            .findFirst().or(() -> vm.catalogProperty().get().codeOfText(s)).orElse(s.strip());
                }
            });
            find.setText(messages.get("import.picker.open"));
            find.getStyleClass().add("import-pick");
            find.setTooltip(new Tooltip(messages.get("import.picker.tooltip")));
            find.setMinWidth(Region.USE_PREF_SIZE);
            find.setOnAction(e -> open());
            pane.setAlignment(Pos.CENTER_LEFT);
        }

        private void open() {
            if (row == null) {
                return;
            }
            CatalogPickerPopup picker = new CatalogPickerPopup(vm.picker(row), messages);
            // a new dry run replaces the questions: an answer picked for the old one would be lost, so the list closes
            InvalidationListener replaced = o -> picker.hide();
            vm.results().questions().addListener(replaced);
            picker.popup().setOnHidden(e -> vm.results().questions().removeListener(replaced));
            picker.showUnder(box);
        }

        @Override
        protected void updateItem(QuestionRow item, boolean empty) {
            super.updateItem(item, empty);
            if (row != null) {
                row.answerProperty().removeListener(fromRow);
            }
            row = empty ? null : item;
            if (row == null) {
                setGraphic(null);
                return;
            }
            updating = true;
            try {
                box.getItems().setAll(row.question().choices().stream().map(ImportQuestion.Choice::value).toList());
                box.setEditable(row.question().free() || row.question().kind() == ImportQuestion.Kind.INDICATOR);
                box.setValue(row.answerProperty().get());
                box.setPromptText(row.suggested() == null ? null
                        : messages.format("import.questions.suggested", row.labelOf(row.suggested())));
            } finally {
                updating = false;
            }
            row.answerProperty().addListener(fromRow);
            boolean indicator = CatalogPickerPopup.offeredFor(row);
            find.setVisible(indicator);
            find.setManaged(indicator);
            find.setUserData(row.id());
            setGraphic(pane);
        }
    }
}
