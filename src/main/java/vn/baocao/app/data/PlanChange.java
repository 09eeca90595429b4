package vn.baocao.app.data;

import java.util.Objects;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.SourceDocument;
import vn.baocao.domain.Target;

/**
 * One issuer's plan target before and after an edit, with the document it comes from; null on either side means
 * "none". Undo writes {@code before} back, redo writes {@code after}.
 */
public record PlanChange(String indicatorCode, String areaCode, Period period, Issuer issuer, Target before, Target after,
                         SourceDocument documentBefore, SourceDocument documentAfter) {

    public PlanChange {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(issuer, "issuer");
    }

    public PlanChange reversed() {
        return new PlanChange(indicatorCode, areaCode, period, issuer, after, before, documentAfter, documentBefore);
    }
}
