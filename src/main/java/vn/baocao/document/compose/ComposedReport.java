package vn.baocao.document.compose;

import java.util.List;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.domain.MismatchFlag;

/** A report ready to render, with its data-quality review. */
public record ComposedReport(AdministrativeDocument document, List<ReviewItem> review, ReportData data) {
    public ComposedReport {
        review = List.copyOf(review);
    }

    /** Warnings the clerk has not accepted yet. */
    public List<ReviewItem> openWarnings() {
        return review.stream().filter(i -> !i.accepted() && i.severity() == MismatchFlag.Severity.WARNING).toList();
    }
}
