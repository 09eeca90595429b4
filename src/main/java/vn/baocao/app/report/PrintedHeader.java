package vn.baocao.app.report;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.baocao.app.Messages;
import vn.baocao.document.compose.ReportFields;

/**
 * The parts of the page the clerk does not type in the body, drawn as they print from the report's header: the
 * letterhead (cơ quan, Quốc hiệu, số, địa danh và ngày), the trích yếu, and at the foot Nơi nhận and the signer in
 * use. They follow the header tab and the "Áp dụng" of a change in Cài đặt.
 */
public final class PrintedHeader {
    private final Fields f;
    private final Messages messages;

    /** The header as the report's model holds it. */
    public record Fields(ObservableValue<String> parentAgency, ObservableValue<String> issuingAgency,
                         ObservableValue<String> number, ObservableValue<String> symbol, ObservableValue<String> place,
                         ObservableValue<LocalDate> date, ObservableValue<String> summary,
                         ObservableValue<String> authority, ObservableValue<String> position,
                         ObservableValue<String> signerName, ObservableValue<String> recipients) {
    }

    private final ObservableValue<ReportFields> values;

    public PrintedHeader(Fields fields, ObservableValue<ReportFields> values, Messages messages) {
        this.f = fields;
        this.values = values;
        this.messages = messages;
    }

    Node letterhead() {
        GridPane g = new GridPane();
        g.setId("pageLetterhead");
        g.setHgap(18);
        g.setVgap(4);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(42);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(58);
        right.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(left, right);
        Label parent = centred(bind(() -> upper(f.parentAgency().getValue()), f.parentAgency()), "page-agency-parent");
        Label issuing = centred(bind(() -> upper(f.issuingAgency().getValue()), f.issuingAgency()), "page-agency");
        issuing.setId("pageIssuingAgency");
        Label nation = centred(new Label(messages.get("report.page.nation")), "page-nation");
        Label motto = centred(new Label(messages.get("report.page.motto")), "page-motto");
        g.add(new VBox(0, parent, issuing), 0, 0);
        g.add(new VBox(0, nation, motto), 1, 0);
        Label number = centred(bind(() -> messages.format("report.page.number", blankIfEmpty(f.number().getValue()),
                f.symbol().getValue() == null ? "" : f.symbol().getValue()), f.number(), f.symbol()), "page-number");
        number.setId("pageNumber");
        Label placeDate = centred(bind(this::placeAndDate, f.place(), f.date()), "page-place-date");
        placeDate.setId("pagePlaceDate");
        g.add(number, 0, 1);
        g.add(placeDate, 1, 1);
        Label summary = centred(bind(() -> TokenNodes.filledIn(f.summary().getValue(), values.getValue()), f.summary(), values),
                "page-summary");
        summary.setId("pageSummary");
        summary.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(10, g, summary);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    Node signatureAndRecipients() {
        GridPane g = new GridPane();
        g.setHgap(18);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(50);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(50);
        g.getColumnConstraints().addAll(left, right);
        Label title = new Label(messages.get("report.page.recipients"));
        title.getStyleClass().add("page-recipients-title");
        Label recipients = new Label();
        recipients.textProperty().bind(Bindings.createStringBinding(() -> lines(f.recipients().getValue(), "- "), f.recipients()));
        recipients.getStyleClass().add("page-recipients");
        recipients.setWrapText(true);
        VBox left0 = new VBox(2, title, recipients);
        left0.setId("pageRecipients");
        Label authority = centred(bind(() -> f.authority().getValue(), f.authority()), "page-authority");
        Label position = centred(bind(() -> f.position().getValue(), f.position()), "page-authority");
        Label space = new Label(messages.get("report.page.signHere"));
        space.getStyleClass().add("page-sign-space");
        space.setMaxWidth(Double.MAX_VALUE);
        space.setAlignment(Pos.CENTER);
        Label name = centred(bind(() -> f.signerName().getValue(), f.signerName()), "page-signer");
        VBox right0 = new VBox(2, authority, position, space, name);
        right0.setId("pageSigner");
        right0.setAlignment(Pos.TOP_CENTER);
        g.add(left0, 0, 0);
        g.add(right0, 1, 0);
        return g;
    }

    private String placeAndDate() {
        String place = f.place().getValue() == null || f.place().getValue().isBlank() ? "…" : f.place().getValue();
        LocalDate d = f.date().getValue();
        return d == null ? messages.format("report.page.placeDraft", place)
                : messages.format("report.page.placeDate", place, String.format("%02d", d.getDayOfMonth()),
                String.format("%02d", d.getMonthValue()), String.valueOf(d.getYear()));
    }

    private static String blankIfEmpty(String s) {
        return s == null || s.isBlank() ? "\u00a0\u00a0\u00a0\u00a0\u00a0" : s;
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Messages.VIETNAMESE);
    }

    private static String lines(String text, String prefix) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(line.strip().startsWith("-") ? "" : prefix).append(line.strip());
            }
        }
        return sb.toString();
    }

    private static Label bind(java.util.concurrent.Callable<String> text, ObservableValue<?>... deps) {
        Label l = new Label();
        StringBinding b = Bindings.createStringBinding(text, deps);
        l.textProperty().bind(b);
        return l;
    }

    private static Label centred(Label l, String style) {
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return l;
    }
}
