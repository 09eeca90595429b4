package vn.baocao.app.data;

import java.util.Objects;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;

/**
 * One stored figure before and after an edit; null on either side means "no figure". Undo writes {@code before}
 * back, redo writes {@code after}.
 */
public record ValueChange(String indicatorCode, String areaCode, Period period, ObservationKind kind,
                          Observation before, Observation after) {

    public ValueChange {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
    }

    public ValueChange reversed() {
        return new ValueChange(indicatorCode, areaCode, period, kind, after, before);
    }
}
