package vn.baocao.domain;

import java.util.List;
import java.util.Optional;

/**
 * Everything known and derived about one indicator in one area and period: the row of an assessment table and
 * the facts a report sentence is written from. Derived parts are computed here, never stored.
 *
 * @param target the target of the chosen issuer, or null when that issuer set none
 * @param targets every target of the period, all issuers
 * @param actual the figure of the period (the most final kind available), or null
 * @param previous the figure of the same period last year, or null
 * @param assessment the verdict against {@code target}, or null without a target
 * @param change the change against last year, or null when a figure is missing
 * @param band the assessment band, or null when unassessed
 * @param flags disagreements between the figures as written and as computed
 */
public record IndicatorEvaluation(Indicator indicator, Target target, List<Target> targets, Observation actual,
                                  Observation previous, Assessment assessment, YearOnYearChange change, Band band,
                                  List<MismatchFlag> flags) {

    public IndicatorEvaluation {
        targets = List.copyOf(targets);
        flags = List.copyOf(flags);
    }

    public Optional<Band> bandIfAny() {
        return Optional.ofNullable(band);
    }

    /** Whether the chosen issuer set a target for this indicator (it counts in the band summary). */
    public boolean assigned() {
        return target != null;
    }
}
