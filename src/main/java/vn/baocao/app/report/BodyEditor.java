package vn.baocao.app.report;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.baocao.app.Messages;

/**
 * The "Nội dung" tab: the blocks of the clerk's text in a list, the selected one in an editor. Placeholders such as
 * {{LD01.thuc_hien}} are typed as they are; problems found when the report is composed are listed below in red.
 */
final class BodyEditor extends SplitPane {
    private static final int PREVIEW_CHARS = 90;

    private final ReportViewModel vm;
    private final Messages messages;
    private final ListView<BodyBlock> list;
    private final TextField label = new TextField();
    private final TextArea text = new TextArea();
    private BodyBlock editing;

    BodyEditor(ReportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        list = new ListView<>(vm.blocks());
        list.setId("reportBlocks");
        list.setCellFactory(l -> new BlockCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> edit(b));
        label.setId("reportBlockLabel");
        label.setPrefColumnCount(4);
        label.setPromptText(messages.get("report.body.label.prompt"));
        text.setId("reportBlockText");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        edit(null);

        Button add = button("report.body.add", () -> select(vm.addParagraph(list.getSelectionModel().getSelectedIndex())));
        Button remove = button("report.body.remove", () -> vm.removeBlock(list.getSelectionModel().getSelectedIndex()));
        Button up = button("report.body.up", () -> select(vm.moveBlock(list.getSelectionModel().getSelectedIndex(), -1)));
        Button down = button("report.body.down", () -> select(vm.moveBlock(list.getSelectionModel().getSelectedIndex(), 1)));
        for (Button b : new Button[] {remove, up, down}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        add.disableProperty().bind(vm.currentProperty().isNull());
        Label hint = new Label(messages.get("report.body.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Label problems = new Label();
        problems.setId("reportProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("message-error");
        problems.textProperty().bind(Bindings.createStringBinding(() -> vm.problems().isEmpty() ? ""
                : messages.get("report.body.problems") + "\n" + String.join("\n", vm.problems()), vm.problems()));
        HBox labelRow = new HBox(8, new Label(messages.get("report.body.label")), label);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox editor = new VBox(8, labelRow, text, new FlowPane(8, 6, add, remove, up, down), hint, problems);
        editor.setPadding(new Insets(8));
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        getItems().setAll(list, editor);
        setDividerPositions(0.45);
    }

    private void select(int index) {
        if (index >= 0 && index < vm.blocks().size()) {
            list.getSelectionModel().clearAndSelect(index);
            list.scrollTo(index);
        }
    }

    private void edit(BodyBlock block) {
        if (editing != null) {
            label.textProperty().unbindBidirectional(editing.labelProperty());
            text.textProperty().unbindBidirectional(editing.textProperty());
        }
        editing = block != null && block.editable() ? block : null;
        if (editing == null) {
            label.setText("");
            text.setText("");
            text.setPromptText(messages.get(block == null ? "report.body.choose" : "report.body.notEditable"));
        } else {
            label.textProperty().bindBidirectional(editing.labelProperty());
            text.textProperty().bindBidirectional(editing.textProperty());
            text.setPromptText("");
        }
        text.setDisable(editing == null);
        label.setDisable(editing == null || editing.kind() != BodyBlock.Kind.HEADING);
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** One line per block: headings in bold, generated parts named, long paragraphs shortened. */
    private final class BlockCell extends ListCell<BodyBlock> {
        @Override
        protected void updateItem(BodyBlock b, boolean empty) {
            super.updateItem(b, empty);
            textProperty().unbind();
            getStyleClass().remove("body-heading");
            if (empty || b == null) {
                setText(null);
                return;
            }
            if (b.kind() == BodyBlock.Kind.HEADING) {
                getStyleClass().add("body-heading");
            }
            textProperty().bind(Bindings.createStringBinding(() -> describe(b), b.textProperty(), b.labelProperty()));
        }

        private String describe(BodyBlock b) {
            return switch (b.kind()) {
                case HEADING -> (b.labelProperty().get().isEmpty() ? "" : b.labelProperty().get() + " ") + b.textProperty().get();
                case OTHER -> messages.get("report.body.other");
                case PARAGRAPH -> {
                    String part = b.generatedPart();
                    if (part != null) {
                        yield messages.format("report.body.generated", part);
                    }
                    String t = b.textProperty().get();
                    yield t.isBlank() ? messages.get("report.body.empty")
                            : t.length() > PREVIEW_CHARS ? t.substring(0, PREVIEW_CHARS) + "…" : t;
                }
            };
        }
    }
}
