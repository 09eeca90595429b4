package vn.baocao.app.data;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.app.Messages;
import vn.baocao.app.PageMessage;
import vn.baocao.domain.Area;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.PlanText;
import vn.baocao.domain.SourceDocument;
import vn.baocao.domain.Target;

/**
 * Typing plan targets in the "Kế hoạch" column for the chosen issuer ("≥ 300", "≤ 18", "6,6 – 6,8", "duy trì",
 * "đạt"), with the document they come from ("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022"), stored once and reused.
 * Same validation and undo as figures: a bad text is refused with its message and nothing is saved.
 */
final class PlanEntry {
    private final DataStore store;
    private final Messages messages;
    private final Supplier<Area> area;
    private final Supplier<Period> period;
    private final Supplier<Issuer> issuer;
    private final PageMessage message;
    private final DataEdits edits;
    private final StringProperty document = new SimpleStringProperty("");
    private final ObservableList<String> documents = FXCollections.observableArrayList();

    PlanEntry(DataStore store, Messages messages, Supplier<Area> area, Supplier<Period> period, Supplier<Issuer> issuer,
              PageMessage message, DataEdits edits) {
        this.store = store;
        this.messages = messages;
        this.area = area;
        this.period = period;
        this.issuer = issuer;
        this.message = message;
        this.edits = edits;
    }

    /** The stored documents, for the page's list. */
    void loadDocuments() {
        documents.setAll(store.documents().stream().map(SourceDocument::citation).toList());
    }

    /** @return false when the text (or the document) was refused; nothing is saved then */
    boolean commit(IndicatorRow row, String text) {
        Area a = area.get();
        Period p = period.get();
        Issuer by = issuer.get();
        if (a == null || p == null || by == null) {
            return false;
        }
        Target after;
        SourceDocument documentAfter;
        try {
            PlanText.Plan plan = PlanText.parse(text, row.indicator());
            after = plan == null ? null : new Target(row.code(), a.code(), p, by, plan.comparator(), plan.value(), plan.high(),
                    plan.text());
            documentAfter = after == null || document.get() == null || document.get().isBlank() ? null
                    : SourceDocument.parse(document.get());
        } catch (IllegalArgumentException e) {
            row.showInputError(e.getMessage());
            message.error(messages.format("data.plan.invalid", row.code(), e.getMessage()));
            return false;
        }
        Target before = row.saved().target();
        SourceDocument documentBefore = before == null ? null : store.documentOf(row.code(), a.code(), p, by).orElse(null);
        if (same(before, after) && Objects.equals(citation(documentBefore), citation(documentAfter))) {
            row.restore();
            return true;
        }
        row.showInputError("");
        edits.apply(ValueEdit.ofPlan(new PlanChange(row.code(), a.code(), p, by, before, after, documentBefore, documentAfter)), true);
        if (documentAfter != null && !documents.contains(documentAfter.citation())) {
            documents.add(0, documentAfter.citation());
        }
        return true;
    }

    private static String citation(SourceDocument d) {
        return d == null ? null : d.citation();
    }

    private static boolean same(Target a, Target b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.comparator() == b.comparator() && equal(a.value(), b.value()) && equal(a.valueHigh(), b.valueHigh());
    }

    private static boolean equal(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    StringProperty documentProperty() {
        return document;
    }

    ObservableList<String> documents() {
        return documents;
    }
}
