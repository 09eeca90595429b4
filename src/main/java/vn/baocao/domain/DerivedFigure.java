package vn.baocao.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.baocao.domain.text.DomainText;

/**
 * One indicator's figure of a merged unit for a period before the merger: the aggregate of its former units
 * ({@link MergedHistory}) and, when the clerk also stored a figure directly on the new unit, that figure, which wins.
 *
 * @param formerNames "xã Nấm Dẩn (cũ)", in the order the aggregate lists them
 * @param sum the aggregate by indicator kind
 * @param own the figure stored directly on the new unit for the period, or null
 * @param figure what the assessment uses: {@code own} when present, else the derived figure (null when not computable)
 */
public record DerivedFigure(Indicator indicator, String areaCode, Period period, List<String> formerCodes,
                            List<String> formerNames, AggregateResult sum, Observation own, Observation figure) {
    /** The {@link Observation#source()} of a derived figure. */
    public static final String SOURCE = DomainText.get("derivedFigure.tongHopTuCac");

    public DerivedFigure {
        Objects.requireNonNull(indicator, "indicator");
        formerCodes = List.copyOf(formerCodes);
        formerNames = List.copyOf(formerNames);
    }

    /** Whether the figure used is the aggregate (no figure stored on the new unit). */
    public boolean derived() {
        return own == null && figure != null;
    }

    /** Whether a figure stored directly differs from the aggregate: a review item. */
    public boolean differs() {
        return own != null && own.value() != null && sum.isComputed() && sum.value() != null
                && indicator.kind() != IndicatorKind.STATUS && own.value().compareTo(sum.value()) != 0;
    }

    /** Whether an observation is one made by {@link MergedHistory} rather than stored. */
    public static boolean isDerived(Observation o) {
        return o != null && SOURCE.equals(o.source());
    }

    /** The note of a derived observation ("số liệu năm 2024 là tổng của …"), empty for a stored one. */
    public static Optional<String> noteOf(Observation o) {
        return isDerived(o) && o.note() != null ? Optional.of(o.note()) : Optional.empty();
    }
}
