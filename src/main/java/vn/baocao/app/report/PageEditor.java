package vn.baocao.app.report;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.baocao.app.Messages;
import vn.baocao.document.compose.ReportFields;

/**
 * The "Nội dung" tab: the report as a page, edited where it prints. The letterhead, number, place and date, trích yếu,
 * Nơi nhận and the signer in use are shown as they will print (they are changed on the header tab or in Cài đặt);
 * each heading and paragraph of the body is edited in place with its data fields as tokens ({@link FieldArea});
 * the generated parts (chỉ tiêu giao, the Biểu …) are shown as they print, read-only. Alt+Up and Alt+Down move the
 * block being edited, Enter adds a paragraph after it.
 */
public final class PageEditor extends BorderPane {
    private final PageActions actions;
    private final Messages messages;
    private final ObservableValue<ReportFields> fields;
    private final TokenNodes tokens;
    private final GeneratedPart generated;
    private final VBox body = new VBox(6);
    private final List<FieldArea> areas = new ArrayList<>();
    private final IntegerProperty focused = new SimpleIntegerProperty(-1);
    private int focusAfterBuild = -1;

    /** What the page asks of the report's model. */
    public interface PageActions {
        ObservableList<BodyBlock> blocks();

        int addParagraph(int index);

        void removeBlock(int index);

        int moveBlock(int index, int step);

        ObservableList<String> problems();
    }

    public PageEditor(PageActions actions, PrintedHeader header, ObservableValue<ReportFields> fields, Messages messages) {
        this.actions = actions;
        this.messages = messages;
        this.fields = fields;
        this.tokens = new TokenNodes(fields, messages);
        this.generated = new GeneratedPart(messages);
        setId("reportPageEditor");
        getStylesheets().add(PaperFont.stylesheet());
        body.setId("reportPageBody");
        VBox paper = new VBox(14, header.letterhead(), body, header.signatureAndRecipients());
        paper.getStyleClass().add("paper");
        paper.setMaxWidth(660);
        paper.setPadding(new Insets(28, 34, 34, 44));
        VBox desk = new VBox(paper);
        desk.setAlignment(Pos.TOP_CENTER);
        desk.setPadding(new Insets(12));
        desk.getStyleClass().add("desk");
        ScrollPane scroll = new ScrollPane(desk);
        scroll.setFitToWidth(true);
        scroll.setId("reportPageScroll");
        setCenter(scroll);
        setTop(toolbar());
        Label problems = new Label();
        problems.setId("reportProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("message-error");
        problems.textProperty().bind(Bindings.createStringBinding(() -> actions.problems().isEmpty() ? ""
                : messages.get("report.body.problems") + "\n" + String.join("\n", actions.problems()), actions.problems()));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        setBottom(problems);
        actions.blocks().addListener((ListChangeListener<BodyBlock>) c -> build());
        fields.addListener((o, a, b) -> refreshGenerated());
        build();
    }

    private Node toolbar() {
        Button add = button("report.body.add", "pageAdd", () -> focusAfter(actions.addParagraph(focused.get())));
        Button remove = button("report.body.remove", "pageRemove", () -> {
            int i = focused.get();
            actions.removeBlock(i);
            focusAfter(Math.min(i, actions.blocks().size() - 1));
        });
        Button up = button("report.body.up", "pageUp", () -> focusAfter(actions.moveBlock(focused.get(), -1)));
        Button down = button("report.body.down", "pageDown", () -> focusAfter(actions.moveBlock(focused.get(), 1)));
        for (Button b : new Button[] {remove, up, down}) {
            b.disableProperty().bind(focused.lessThan(0));
        }
        Label hint = new Label(messages.get("report.page.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox top = new VBox(4, new FlowPane(8, 6, add, remove, up, down), hint);
        top.setPadding(new Insets(6, 8, 6, 8));
        return top;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        // The buttons act on the block last edited; they do not take the focus from it.
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void focusAfter(int index) {
        focusAfterBuild = index;
        focusBlock(index);
    }

    /** One node per block, in order; the areas are rebuilt when blocks are added, removed or moved. */
    private void build() {
        body.getChildren().clear();
        areas.clear();
        ObservableList<BodyBlock> blocks = actions.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            body.getChildren().add(node(blocks.get(i), i));
        }
        if (focusAfterBuild >= 0) {
            int f = focusAfterBuild;
            focusAfterBuild = -1;
            Platform.runLater(() -> focusBlock(f));
        } else {
            focused.set(-1);
        }
    }

    private Node node(BodyBlock block, int index) {
        if (block.kind() == BodyBlock.Kind.OTHER) {
            return generated.other();
        }
        if (block.generatedPart() != null) {
            return generated.of(block.generatedPart(), fields.getValue(), index);
        }
        FieldArea area = new FieldArea(block.textProperty().get(), tokens::of, block.textProperty()::set,
                () -> focusAfter(actions.addParagraph(index)), forward -> focusNext(index, forward));
        area.setId("pageBlock" + index);
        area.setUserData(index);
        area.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                focused.set(index);
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                e.consume();
                focusAfter(actions.moveBlock(index, e.getCode() == KeyCode.UP ? -1 : 1));
            }
        });
        areas.add(area);
        if (block.kind() == BodyBlock.Kind.HEADING) {
            area.getStyleClass().add("heading-area");
            Label label = new Label(block.labelProperty().get());
            label.getStyleClass().add("heading-label");
            label.textProperty().bind(block.labelProperty());
            HBox.setHgrow(area, Priority.ALWAYS);
            HBox row = new HBox(6, label, area);
            row.setAlignment(Pos.TOP_LEFT);
            return row;
        }
        area.getStyleClass().add("paragraph-area");
        return area;
    }

    private void focusBlock(int index) {
        for (FieldArea a : areas) {
            if (a.getUserData() instanceof Integer i && i == index) {
                a.requestFocus();
                a.moveTo(a.getLength());
                a.requestFollowCaret();
                focused.set(index);
                return;
            }
        }
    }

    private void focusNext(int from, boolean forward) {
        FieldArea best = null;
        for (FieldArea a : areas) {
            int i = (Integer) a.getUserData();
            if (forward ? i > from && (best == null || i < (Integer) best.getUserData())
                    : i < from && (best == null || i > (Integer) best.getUserData())) {
                best = a;
            }
        }
        if (best != null) {
            best.requestFocus();
        }
    }

    /** The generated parts are redrawn with the report's fields; the edited blocks keep their areas. */
    private void refreshGenerated() {
        ObservableList<BodyBlock> blocks = actions.blocks();
        for (int i = 0; i < blocks.size() && i < body.getChildren().size(); i++) {
            BodyBlock b = blocks.get(i);
            if (b.kind() == BodyBlock.Kind.PARAGRAPH && b.generatedPart() != null) {
                body.getChildren().set(i, generated.of(b.generatedPart(), fields.getValue(), i));
            }
        }
    }

    /** The text the page shows for the clerk's blocks, as printed (a test reads it). */
    public List<String> shownTexts() {
        return areas.stream().map(FieldArea::getText).toList();
    }
}
