package vn.baocao.app.areas;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.baocao.app.FieldLabel;
import vn.baocao.app.MessageLabel;
import vn.baocao.app.Messages;
import vn.baocao.app.ShownAs;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.IssuingBody;

/** The short "Đơn vị của tôi" page: shown over the window on first start, and from Cài đặt. */
public final class MyUnitView extends StackPane {

    public MyUnitView(MyUnitViewModel vm, Messages messages) {
        setId("myUnitPage");
        getStyleClass().add("my-unit-page");
        Label title = new Label(messages.get("unit.title"));
        title.getStyleClass().add("page-title");
        title.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        Label intro = new Label(messages.get("unit.intro"));
        intro.setWrapText(true);
        Label current = new Label();
        current.setId("myUnitCurrent");
        current.textProperty().bind(vm.currentProperty());

        TextField query = new TextField();
        query.setId("myUnitQuery");
        query.setPromptText(messages.get("unit.query.prompt"));
        query.textProperty().bindBidirectional(vm.queryProperty());
        ListView<AdminUnit> results = new ListView<>(vm.results());
        results.setId("myUnitResults");
        results.setPrefHeight(180);
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AdminUnit u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : capital(u.nameWithType()) + " — " + capital(u.provinceWithType())
                        + "  (" + u.code() + ")");
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, u) -> {
            if (u != null) {
                vm.selectedProperty().set(u);
            }
        });
        vm.selectedProperty().addListener((o, a, u) -> {
            if (u != null && results.getSelectionModel().getSelectedItem() != u) {
                results.getSelectionModel().select(u);
            }
        });

        ComboBox<IssuingBody> body = new ComboBox<>();
        body.setId("myUnitBody");
        body.getItems().setAll(IssuingBody.values());
        body.setConverter(ShownAs.text(IssuingBody::label));
        body.valueProperty().bindBidirectional(vm.bodyProperty());
        TextField bodyName = new TextField();
        bodyName.setId("myUnitBodyName");
        bodyName.setPromptText(messages.get("unit.bodyName.prompt"));
        bodyName.textProperty().bindBidirectional(vm.bodyNameProperty());
        bodyName.visibleProperty().bind(vm.bodyProperty().isEqualTo(IssuingBody.KHAC));
        bodyName.managedProperty().bind(bodyName.visibleProperty());
        HBox.setHgrow(bodyName, Priority.ALWAYS);
        CheckBox province = new CheckBox(messages.get("unit.provinceAbove"));
        province.setId("myUnitProvinceAbove");
        province.selectedProperty().bindBidirectional(vm.provinceAboveProperty());

        Label preview = new Label();
        preview.setId("myUnitPreview");
        preview.setWrapText(true);
        preview.textProperty().bind(vm.previewProperty());
        preview.setStyle("-fx-border-color: #b8b8b8; -fx-padding: 10; -fx-background-color: white;");
        preview.setMaxWidth(Double.MAX_VALUE);

        Button use = new Button(messages.get("unit.use"));
        use.setId("myUnitUse");
        use.setDefaultButton(true);
        use.setMnemonicParsing(true);
        use.setOnAction(e -> vm.choose());
        use.disableProperty().bind(vm.selectedProperty().isNull());
        Button later = new Button(messages.get("unit.later"));
        later.setId("myUnitLater");
        later.setCancelButton(true);
        later.setMnemonicParsing(true);
        later.setOnAction(e -> vm.close());

        VBox box = new VBox(10, title, intro, current,
                FieldLabel.of(messages.get("unit.query"), query), query, results,
                FieldLabel.of(messages.get("unit.body"), body), new HBox(8, body, bodyName), province,
                new Label(messages.get("unit.preview")), preview,
                new HBox(10, use, later),
                MessageLabel.bound("myUnitMessage", vm.message().textProperty(), vm.message().errorProperty()));
        box.setPadding(new Insets(24));
        box.setMaxWidth(760);
        box.setMaxHeight(USE_PREF_SIZE);
        box.setStyle("-fx-background-color: #f7f7f7; -fx-border-color: #9a9a9a; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 12, 0, 0, 2);");
        StackPane.setAlignment(box, Pos.CENTER);
        getChildren().add(box);
        setStyle("-fx-background-color: rgba(60,60,60,0.35);");
        visibleProperty().bind(vm.shownProperty());
        managedProperty().bind(vm.shownProperty());
        vm.shownProperty().addListener((o, a, shown) -> {
            if (shown) {
                query.requestFocus();
            }
        });
    }

    private static String capital(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(Messages.VIETNAMESE) + text.substring(1);
    }
}
