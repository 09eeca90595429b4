package vn.baocao.app.report;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import vn.baocao.document.compose.ReviewItem;
import vn.baocao.domain.MismatchFlag;

/** One item of the data-quality review, with whether the clerk accepted it for this report. */
public final class ReviewRow {
    private final ReviewItem item;
    private final BooleanProperty accepted;

    public ReviewRow(ReviewItem item) {
        this.item = item;
        this.accepted = new SimpleBooleanProperty(item.accepted());
    }

    public ReviewItem item() {
        return item;
    }

    public String key() {
        return item.key();
    }

    public String message() {
        return item.message();
    }

    public boolean isWarning() {
        return item.severity() == MismatchFlag.Severity.WARNING;
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
