package vn.baocao.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.baocao.app.Messages;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Signature;
import vn.baocao.document.compose.ReportSettings;
import vn.baocao.domain.VietnameseText;

/**
 * The header of the report on the page as the clerk edits it (cơ quan, số, ký hiệu, địa danh, ngày, người ký, nơi
 * nhận, trích yếu): filled from a stored report and read back into its settings, every wrong field explained.
 */
public final class HeaderFields {
    final StringProperty parentAgency = new SimpleStringProperty("");
    final StringProperty issuingAgency = new SimpleStringProperty("");
    final StringProperty number = new SimpleStringProperty("");
    final StringProperty symbol = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty authority = new SimpleStringProperty("");
    final StringProperty position = new SimpleStringProperty("");
    final StringProperty signerName = new SimpleStringProperty("");
    final StringProperty recipients = new SimpleStringProperty("");
    /** Kính gửi (a Công văn); empty leaves the template's, the superior found from the area. */
    final StringProperty addressees = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");

    void fill(ReportSettings s, AdministrativeDocument doc) {
        parentAgency.set(String.join("\n", s.parentAgency()));
        issuingAgency.set(String.join("\n", s.issuingAgency()));
        number.set(s.number() == null ? "" : String.valueOf(s.number()));
        symbol.set(s.symbol() != null ? s.symbol() : doc.number().symbol());
        place.set(s.place() == null ? "" : s.place());
        date.set(s.issueDate());
        signature(s.signature() != null ? s.signature() : doc.signature());
        recipients.set(String.join("\n", s.recipients().isEmpty() ? doc.recipients() : s.recipients()));
        // a line still to be filled from the data ({{kinh_gui}}) is not shown as code: the empty field says so
        addressees.set(String.join("\n", s.addressees().stream().filter(a -> !a.contains("{{")).toList()));
        summary.set(doc.summary());
    }

    void signature(Signature signature) {
        authority.set(SignatureText.lines(signature));
        position.set(signature == null || signature.position() == null ? "" : signature.position());
        signerName.set(signature == null || signature.signerName() == null ? "" : signature.signerName());
    }

    /**
     * The settings the fields give, the report's other choices kept from {@code base}.
     *
     * @throws IllegalArgumentException with a Vietnamese message when a field is wrong
     */
    ReportSettings settings(ReportSettings base, List<String> accepted, Messages messages) {
        Integer n = null;
        String numberText = clean(number.get());
        if (!numberText.isEmpty()) {
            try {
                n = Integer.valueOf(numberText);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1) {
                throw new IllegalArgumentException(messages.format("report.error.number", numberText));
            }
        }
        String sym = clean(symbol.get());
        if (sym.isEmpty()) {
            throw new IllegalArgumentException(messages.get("report.error.symbol"));
        }
        Signature signature;
        try {
            signature = new Signature(SignatureText.parse(authority.get()), clean(position.get()), clean(signerName.get()));
        } catch (SignatureText.InvalidLine e) {
            throw new IllegalArgumentException(messages.format("report.error.authority", e.line()));
        }
        String p = clean(place.get());
        return new ReportSettings(lines(parentAgency.get()), lines(issuingAgency.get()), n, sym,
                p.isEmpty() ? null : p, date.get() == null ? null : date.get().toString(), signature,
                lines(addressees.get()), lines(recipients.get()), base.changeWording(), base.rounding(),
                base.ceilingMode(), base.breakdown(), base.figureSource(), new ArrayList<>(accepted),
                base.proRata(), base.citations(), base.carried());
    }

    String cleanSummary() {
        return clean(summary.get());
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String c = clean(line);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    static String clean(String s) {
        return s == null ? "" : VietnameseText.nfc(s.strip());
    }

    public StringProperty parentAgencyProperty() {
        return parentAgency;
    }

    public StringProperty issuingAgencyProperty() {
        return issuingAgency;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty symbolProperty() {
        return symbol;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty authorityProperty() {
        return authority;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public StringProperty addresseesProperty() {
        return addressees;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
