package vn.baocao.app.report;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.baocao.app.Messages;
import vn.baocao.document.compose.ReportSettings;

/**
 * A change in Cài đặt (letterhead, signer, place, the unit's Nơi nhận) offered to the report on the page, never
 * applied by itself over what the clerk typed: the page shows a bar naming what changed, with "Áp dụng" and
 * "Bỏ qua".
 */
final class SettingsOffer {
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private ReportSettings pending;

    SettingsOffer(Messages messages) {
        this.messages = messages;
    }

    /** Offers {@code fresh} when it differs from the header on the page in anything the settings decide. */
    void offer(ReportSettings fresh, HeaderFields header) {
        List<String> changed = new java.util.ArrayList<>();
        if (!lines(fresh.parentAgency()).equals(HeaderFields.clean(header.parentAgency.get()))
                || !lines(fresh.issuingAgency()).equals(HeaderFields.clean(header.issuingAgency.get()))) {
            changed.add(messages.get("report.settings.letterhead"));
        }
        if (fresh.place() != null && !fresh.place().equals(HeaderFields.clean(header.place.get()))) {
            changed.add(messages.get("report.settings.place"));
        }
        if (fresh.signature() != null && (!SignatureText.lines(fresh.signature()).equals(HeaderFields.clean(header.authority.get()))
                || !nz(fresh.signature().position()).equals(HeaderFields.clean(header.position.get()))
                || !nz(fresh.signature().signerName()).equals(HeaderFields.clean(header.signerName.get())))) {
            changed.add(messages.get("report.settings.signer"));
        }
        if (!fresh.recipients().isEmpty() && !lines(fresh.recipients()).equals(HeaderFields.clean(header.recipients.get()))) {
            changed.add(messages.get("report.settings.recipients"));
        }
        if (changed.isEmpty()) {
            dismiss();
            return;
        }
        pending = fresh;
        text.set(messages.format("report.settings.changed", String.join(", ", changed)));
    }

    /** "Áp dụng": the header takes the settings' letterhead, place, signer and Nơi nhận; the body is untouched. */
    boolean apply(HeaderFields header) {
        if (pending == null) {
            return false;
        }
        header.parentAgency.set(String.join("\n", pending.parentAgency()));
        header.issuingAgency.set(String.join("\n", pending.issuingAgency()));
        if (pending.place() != null) {
            header.place.set(pending.place());
        }
        if (pending.signature() != null) {
            header.signature(pending.signature());
        }
        if (!pending.recipients().isEmpty()) {
            header.recipients.set(String.join("\n", pending.recipients()));
        }
        dismiss();
        return true;
    }

    void dismiss() {
        pending = null;
        text.set("");
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    private static String lines(List<String> lines) {
        return HeaderFields.clean(String.join("\n", lines));
    }

    private static String nz(String s) {
        return s == null ? "" : HeaderFields.clean(s);
    }
}
