package vn.baocao.app.verify;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.baocao.app.MessageLabel;
import vn.baocao.app.Messages;
import vn.baocao.sign.SignatureReport;

/** "Kiểm tra chữ ký số", shown over the window from the Tệp menu; Esc closes it, the buttons have Alt keys. */
public final class SignatureCheckView extends StackPane {
    private final VBox cards = new VBox(10);

    public SignatureCheckView(SignatureCheckViewModel vm, Messages messages) {
        setId("signatureCheckPage");
        Label title = new Label(messages.get("verify.title"));
        title.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        Label intro = new Label(messages.get("verify.intro"));
        intro.setWrapText(true);

        Label file = new Label();
        file.setId("signatureCheckFile");
        file.textProperty().bind(vm.fileTextProperty());
        file.setWrapText(true);
        Label anchors = new Label();
        anchors.setId("signatureCheckAnchors");
        anchors.setWrapText(true);
        anchors.textProperty().bind(vm.anchorsTextProperty());

        Button choose = button(messages.get("verify.chooseButton"), "signatureCheckChoose");
        choose.setDefaultButton(true);
        choose.setOnAction(e -> vm.chooseFile());
        Button root = button(messages.get("verify.rootButton"), "signatureCheckRoot");
        root.setOnAction(e -> vm.importRoot());
        Button close = button(messages.get("verify.close"), "signatureCheckClose");
        close.setCancelButton(true);
        close.setOnAction(e -> vm.close());

        cards.setId("signatureCheckList");
        cards.setPadding(new Insets(2));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(330);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        vm.signatures().addListener((ListChangeListener<SignatureCheckViewModel.Entry>) c -> rebuild(vm));

        VBox box = new VBox(10, title, intro, new HBox(6, new Label(messages.get("verify.file")), file), anchors,
                new HBox(10, choose, root), scroll,
                MessageLabel.bound("signatureCheckMessage", vm.message().textProperty(), vm.message().errorProperty()),
                new HBox(10, close));
        box.setPadding(new Insets(24));
        box.setMaxWidth(860);
        box.setMaxHeight(USE_PREF_SIZE);
        box.setStyle("-fx-background-color: #f7f7f7; -fx-border-color: #9a9a9a; "
                + "-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 12, 0, 0, 2);");
        StackPane.setAlignment(box, Pos.CENTER);
        getChildren().add(box);
        setStyle("-fx-background-color: rgba(60,60,60,0.35);");
        visibleProperty().bind(vm.shownProperty());
        managedProperty().bind(vm.shownProperty());
        vm.shownProperty().addListener((o, a, shown) -> {
            if (shown) {
                choose.requestFocus();
            }
        });
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    /** One card per signature: its verdict, then the facts in two columns. */
    private void rebuild(SignatureCheckViewModel vm) {
        cards.getChildren().clear();
        for (SignatureCheckViewModel.Entry entry : vm.signatures()) {
            Label heading = new Label(entry.title());
            heading.setStyle("-fx-font-weight: bold; -fx-text-fill: " + (entry.good() ? "#1b6e20" : "#b3261e") + ";");
            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(3);
            grid.getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints());
            grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
            int row = 0;
            for (SignatureReport.Line line : entry.lines()) {
                Label value = new Label(line.value());
                value.setWrapText(true);
                grid.addRow(row++, new Label(line.label() + ":"), value);
            }
            VBox card = new VBox(6, heading, grid);
            card.getStyleClass().add("signature-card");
            card.setPadding(new Insets(10));
            card.setStyle("-fx-background-color: white; -fx-border-color: " + (entry.good() ? "#8fbf8f" : "#d99a94") + ";");
            cards.getChildren().add(card);
        }
    }
}
