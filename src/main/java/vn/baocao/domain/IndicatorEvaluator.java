package vn.baocao.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.baocao.domain.text.DomainText;

/**
 * Evaluates the indicators of one area and period from their stored facts: picks the figure, the target of the
 * chosen issuer and last year's figure, then assesses, classifies, measures the change and checks the figures as
 * written. Pure: the store only loads the facts.
 */
public final class IndicatorEvaluator {
    /** When several kinds of figure exist, the most final one speaks for the period. */
    private static final List<ObservationKind> PREFERENCE = List.of(ObservationKind.CHINH_THUC,
            ObservationKind.THUC_HIEN, ObservationKind.SO_BO, ObservationKind.UOC);

    private final AssessmentOptions options;
    private final PlanAssessor assessor;
    private final MismatchChecker checker;

    public IndicatorEvaluator(AssessmentOptions options) {
        this.options = options;
        this.assessor = new PlanAssessor(options);
        this.checker = new MismatchChecker(options);
    }

    public AssessmentOptions options() {
        return options;
    }

    /**
     * One row per indicator that has a figure or a target in the period, in catalog order.
     *
     * @param current figures of the period; {@code previous} those of the same period last year
     */
    public List<IndicatorEvaluation> evaluate(List<Indicator> catalog, Issuer issuer, Collection<Target> targets,
                                              Collection<Observation> current, Collection<Observation> previous) {
        return evaluate(catalog, issuer, targets, current, previous, false);
    }

    /**
     * As {@link #evaluate(List, Issuer, Collection, Collection, Collection)}; with {@code everyIndicator} the
     * indicators without a figure or target of the period get a row too (a data-entry grid lists them all).
     */
    public List<IndicatorEvaluation> evaluate(List<Indicator> catalog, Issuer issuer, Collection<Target> targets,
                                              Collection<Observation> current, Collection<Observation> previous,
                                              boolean everyIndicator) {
        Map<String, List<Target>> targetsByCode = targets.stream().collect(Collectors.groupingBy(Target::indicatorCode));
        Map<String, List<Observation>> currentByCode = current.stream().collect(Collectors.groupingBy(Observation::indicatorCode));
        Map<String, List<Observation>> previousByCode = previous.stream().collect(Collectors.groupingBy(Observation::indicatorCode));
        List<IndicatorEvaluation> rows = new ArrayList<>();
        for (Indicator indicator : catalog) {
            List<Target> its = targetsByCode.getOrDefault(indicator.code(), List.of());
            List<Observation> now = currentByCode.getOrDefault(indicator.code(), List.of());
            if (its.isEmpty() && now.isEmpty() && !everyIndicator) {
                continue;
            }
            rows.add(evaluate(indicator, issuer, its, preferred(now), preferred(previousByCode.getOrDefault(indicator.code(), List.of()))));
        }
        return rows;
    }

    /** Evaluates one indicator from its targets (all issuers) and the two figures. */
    public IndicatorEvaluation evaluate(Indicator indicator, Issuer issuer, List<Target> targets, Observation actual,
                                        Observation previous) {
        Target target = targets.stream().filter(t -> t.issuer() == issuer).findFirst().orElse(null);
        // A lũy kế missing some of its months is not the period's figure: no percent of plan, no change on last year.
        java.util.Optional<String> partial = SpanRollUp.partialCover(actual);
        Assessment assessment = target == null ? null : partial.isPresent()
                ? new Assessment(Verdict.THIEU_SO_LIEU, null, false, DomainText.get("spanRollUp.chuaDuKyLyDo", partial.get()))
                : assessor.assess(indicator, target, actual, previous);
        Band band = assessment == null ? null : options.bandScheme().classify(assessment).orElse(null);
        YearOnYearChange change = partial.isPresent() ? null : YearOnYearChange.of(indicator,
                actual == null ? null : actual.value(), previous == null ? null : previous.value()).orElse(null);
        List<MismatchFlag> flags = new ArrayList<>();
        if (actual != null) {
            flags.addAll(checker.checkPercentOfPlan(actual.pctAsWritten(), assessmentWrittenAgainst(indicator, target,
                    assessment, targets, actual, previous)));
            flags.addAll(checker.checkChange(actual.changeAsWritten(), change, indicator.unit(), indicator.decimals()));
            FactChecks.rateComponents(indicator, actual, options).ifPresent(flags::add);
            FactChecks.valueText(indicator, actual).ifPresent(flags::add);
        }
        if (target != null) {
            FactChecks.planText(target).ifPresent(flags::add);
        }
        return new IndicatorEvaluation(indicator, target, targets, actual, previous, assessment, change, band, flags);
    }

    /**
     * The assessment a written percent refers to. A report compares with the plan it names, which need not be the
     * chosen issuer's: without that issuer's target, the other target whose percent agrees with the text is taken
     * (else the first), so "đạt 86,18% kế hoạch giao" is still checked against the UBND plan.
     */
    private Assessment assessmentWrittenAgainst(Indicator indicator, Target target, Assessment assessment,
                                                List<Target> targets, Observation actual, Observation previous) {
        if (target != null || targets.isEmpty() || actual.pctAsWritten() == null) {
            return assessment;
        }
        Assessment first = null;
        for (Target other : targets) {
            Assessment a = assessor.assess(indicator, other, actual, previous);
            if (checker.checkPercentOfPlan(actual.pctAsWritten(), a).isEmpty()) {
                return a;
            }
            first = first == null ? a : first;
        }
        return first;
    }

    /** The most final figure among several kinds, or null. */
    static Observation preferred(List<Observation> figures) {
        return figures.stream().min(Comparator.comparingInt(o -> PREFERENCE.indexOf(o.kind()))).orElse(null);
    }
}
