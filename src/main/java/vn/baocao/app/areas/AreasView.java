package vn.baocao.app.areas;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.baocao.app.FieldLabel;
import vn.baocao.app.MessageLabel;
import vn.baocao.app.Messages;
import vn.baocao.app.ShownAs;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;

/** Danh mục › Địa bàn: the areas in use, with a form to add a village, rename, end and record a merger. */
public final class AreasView extends SplitPane {

    public AreasView(AreasViewModel vm, Messages messages) {
        setId("areasEditor");
        TableView<Area> table = new TableView<>(vm.areas());
        table.setId("areasTable");
        table.getColumns().add(col(messages.get("catalog.area.code"), Area::code, 130));
        table.getColumns().add(col(messages.get("catalog.area.name"), Area::name, 200));
        table.getColumns().add(col(messages.get("catalog.area.level"), a -> a.level().label(), 70));
        table.getColumns().add(col(messages.get("catalog.area.parent"), a -> a.parentCode() == null ? "" : a.parentCode(), 90));
        table.getColumns().add(col(messages.get("areas.column.validity"), AreasView::validity, 170));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.selectedProperty().set(s);
            }
        });

        TextField code = field("areaCode", vm.codeProperty());
        TextField name = field("areaName", vm.nameProperty());
        ComboBox<AreaLevel> level = new ComboBox<>();
        level.setId("areaLevel");
        level.getItems().setAll(AreaLevel.THON, AreaLevel.XA, AreaLevel.TINH);
        level.setConverter(ShownAs.text(AreaLevel::label));
        level.valueProperty().bindBidirectional(vm.levelProperty());
        ComboBox<String> type = new ComboBox<>();
        type.setId("areaType");
        type.setEditable(true);
        type.getItems().setAll("thôn", "bản", "tổ dân phố", "Xã", "Phường");
        type.valueProperty().bindBidirectional(vm.typeProperty());
        TextField parent = field("areaParent", vm.parentProperty());
        TextField date = field("areaDate", vm.dateProperty());
        date.setPromptText("01/07/2025");
        TextField former = field("areaFormer", vm.formerCodesProperty());
        former.setPromptText(messages.get("areas.former.prompt"));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(180, 260, Double.MAX_VALUE, Priority.ALWAYS,
                javafx.geometry.HPos.LEFT, true));
        int r = 0;
        form.addRow(r++, FieldLabel.of(messages.get("areas.field.code"), code), code);
        form.addRow(r++, FieldLabel.of(messages.get("areas.field.name"), name), name);
        form.addRow(r++, FieldLabel.of(messages.get("areas.field.level"), level), level);
        form.addRow(r++, FieldLabel.of(messages.get("areas.field.type"), type), type);
        form.addRow(r++, FieldLabel.of(messages.get("areas.field.parent"), parent), parent);
        form.addRow(r++, FieldLabel.of(messages.get("areas.field.date"), date), date);
        form.addRow(r, FieldLabel.of(messages.get("areas.field.former"), former), former);

        Button fresh = button("areasNew", messages.get("areas.new"), vm::startNew);
        Button add = button("areasAdd", messages.get("areas.add"), vm::add);
        Button rename = button("areasRename", messages.get("areas.rename"), vm::rename);
        Button end = button("areasEnd", messages.get("areas.end"), vm::end);
        Button merge = button("areasMerge", messages.get("areas.merge"), vm::merge);
        Label hint = new Label(messages.get("areas.hint"));
        hint.setWrapText(true);
        FlowPane buttons = new FlowPane(8, 8, fresh, add, rename, end, merge);
        VBox right = new VBox(12, form, buttons, hint,
                MessageLabel.bound("areasMessage", vm.message().textProperty(), vm.message().errorProperty()));
        right.setPadding(new Insets(12));
        getItems().setAll(table, right);
        setDividerPositions(0.55);
    }

    private static String validity(Area a) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        if (a.validFrom() == null && a.validTo() == null) {
            return "";
        }
        Messages m = Messages.load();
        return (a.validFrom() == null ? "" : m.format("areas.validity.from", f.format(a.validFrom())))
                + (a.validFrom() != null && a.validTo() != null ? " " : "")
                + (a.validTo() == null ? "" : m.format("areas.validity.to", f.format(a.validTo())));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<Area, String> col(String title, Function<Area, String> value, double width) {
        TableColumn<Area, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
