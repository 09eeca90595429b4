package vn.baocao.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import vn.baocao.app.FieldLabel;
import vn.baocao.app.Messages;
import vn.baocao.app.settings.Signer;

/** The header tab: letterhead, number, place and date, summary, signature, recipients. */
final class HeaderForm extends ScrollPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Messages messages;

    HeaderForm(ReportViewModel vm, Messages messages) {
        this.messages = messages;
        setFitToWidth(true);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(160, 360, Double.MAX_VALUE,
                Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));
        int r = 0;
        TextArea parent = area(vm.header().parentAgencyProperty(), 2, "reportParentAgency");
        g.addRow(r++, label("report.field.parentAgency", parent), parent);
        TextArea issuing = area(vm.header().issuingAgencyProperty(), 2, "reportIssuingAgency");
        g.addRow(r++, label("report.field.issuingAgency", issuing), issuing);
        TextField number = field(vm.header().numberProperty(), "reportNumber");
        number.setPromptText(messages.get("report.field.number.prompt"));
        number.setPrefColumnCount(6);
        TextField symbol = field(vm.header().symbolProperty(), "reportSymbol");
        symbol.setPrefColumnCount(10);
        HBox numberBox = new HBox(8, number, new Label("/"), symbol);
        numberBox.setAlignment(Pos.CENTER_LEFT);
        g.addRow(r++, label("report.field.number", number), numberBox);
        TextField place = field(vm.header().placeProperty(), "reportPlace");
        g.addRow(r++, label("report.field.place", place), place);
        DatePicker date = new DatePicker();
        date.setId("reportDate");
        date.setPromptText(messages.get("report.field.date.prompt"));
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DAY.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), DAY);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        date.valueProperty().bindBidirectional(vm.header().dateProperty());
        g.addRow(r++, label("report.field.date", date), date);
        TextArea summary = area(vm.header().summaryProperty(), 2, "reportSummary");
        g.addRow(r++, label("report.field.summary", summary), summary);
        ComboBox<Signer> signer = new ComboBox<>(vm.signers());
        signer.setId("reportSigner");
        signer.setPromptText(messages.get("report.field.signer.prompt"));
        signer.setConverter(vn.baocao.app.ShownAs.text(Signer::summary));
        signer.setMaxWidth(Double.MAX_VALUE);
        signer.setOnAction(e -> vm.applySigner(signer.getValue()));
        g.addRow(r++, label("report.field.signer", signer), signer);
        TextArea authority = area(vm.header().authorityProperty(), 2, "reportAuthority");
        authority.setPromptText(messages.get("report.field.authority.prompt"));
        g.addRow(r++, label("report.field.authority", authority), authority);
        TextField position = field(vm.header().positionProperty(), "reportPosition");
        g.addRow(r++, label("report.field.position", position), position);
        TextField name = field(vm.header().signerNameProperty(), "reportSignerName");
        g.addRow(r++, label("report.field.signerName", name), name);
        TextArea addressees = area(vm.header().addresseesProperty(), 2, "reportAddressees");
        addressees.setPromptText(messages.get("report.field.addressees.prompt"));
        g.addRow(r++, label("report.field.addressees", addressees), addressees);
        TextArea recipients = area(vm.header().recipientsProperty(), 5, "reportRecipients");
        g.addRow(r++, label("report.field.recipients", recipients), recipients);
        Label hint = new Label(messages.get("report.field.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        g.add(hint, 0, r, 2, 1);
        setContent(g);
    }

    private TextArea area(javafx.beans.property.StringProperty p, int rows, String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(p);
        return a;
    }

    private TextField field(javafx.beans.property.StringProperty p, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private Label label(String key, Node target) {
        return FieldLabel.of(messages.get(key), target);
    }
}
