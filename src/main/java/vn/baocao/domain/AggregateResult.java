package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.baocao.domain.text.DomainText;

/**
 * A figure rolled up from communes to the district, or from sub-periods to a longer period.
 *
 * @param value the result (for a RATE the percent; for a STATUS the number of areas that reached it); null when not computable
 * @param numerator for RATE / AVERAGE recomputed from parts: the summed numerator, else null
 * @param denominator for RATE / AVERAGE recomputed from parts: the summed denominator, else null
 * @param count for STATUS: areas that reached it; else the number of figures used
 * @param total for STATUS: all areas expected; else the number of areas or periods expected
 * @param used area codes (or period codes) whose figures went in
 * @param missing area codes (or period codes) without a usable figure
 * @param message Vietnamese explanation, always set when the status is not COMPLETE
 */
public record AggregateResult(IndicatorKind kind, Status status, BigDecimal value, BigDecimal numerator,
                              BigDecimal denominator, int count, int total, List<String> used, List<String> missing,
                              String message) {

    public enum Status {
        /** Every expected figure was there. */
        COMPLETE,
        /** Computed from the figures present; some were missing (see {@link #missing()}). */
        PARTIAL,
        /** Cannot be computed honestly (a rate without numerator/denominator, an average without weights …). */
        NOT_COMPUTABLE,
        /** This kind is never rolled up (changes). */
        NOT_AGGREGATED
    }

    public AggregateResult {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        used = List.copyOf(used);
        missing = List.copyOf(missing);
        message = message == null ? "" : message;
    }

    public boolean isComputed() {
        return status == Status.COMPLETE || status == Status.PARTIAL;
    }

    /** For STATUS: "08/12 xã đạt"; empty for other kinds. */
    public String statusText(String areaNoun) {
        if (kind != IndicatorKind.STATUS) {
            return "";
        }
        return DomainText.get("aggregateResult.dat", VietnameseNumbers.twoDigits(count), VietnameseNumbers.twoDigits(total), areaNoun);
    }
}
