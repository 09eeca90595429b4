package vn.baocao.store;

import java.util.List;
import vn.baocao.domain.Area;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.DerivedFigure;
import vn.baocao.domain.MergedHistory;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorEvaluator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;

/** Loads the facts of one area and period and evaluates every indicator (the rules live in the domain). */
public final class AssessmentService {
    private final Database db;

    public AssessmentService(Database db) {
        this.db = db;
    }

    /** The evaluation of an area in a period, against the targets of one issuer. */
    /**
     * @param derived for a unit formed by a merger, the figures of this period and last year's that come from (or
     *                were checked against) its former units; empty otherwise
     */
    public record Result(Area area, Period period, Issuer issuer, List<IndicatorEvaluation> rows, List<DerivedFigure> derived) {
        public Result {
            derived = List.copyOf(derived);
        }

        public Result(Area area, Period period, Issuer issuer, List<IndicatorEvaluation> rows) {
            this(area, period, issuer, rows, List.of());
        }

        /** The derived or checked figure of an indicator for a period, if any. */
        public java.util.Optional<DerivedFigure> derived(String indicatorCode, Period of) {
            return derived.stream().filter(d -> d.indicator().code().equals(indicatorCode) && d.period().equals(of)).findFirst();
        }

        /** The rows the issuer set targets for: the "chỉ tiêu giao" of a report. */
        public List<IndicatorEvaluation> assigned() {
            return rows.stream().filter(IndicatorEvaluation::assigned).toList();
        }
    }

    public Result assess(String areaCodeOrName, Period period, Issuer issuer, AssessmentOptions options) {
        return assess(areaCodeOrName, period, issuer, options, false);
    }

    /** With {@code everyIndicator}, also a row for each catalog indicator without a figure or target (for data entry). */
    public Result assess(String areaCodeOrName, Period period, Issuer issuer, AssessmentOptions options,
                         boolean everyIndicator) {
        return db.read(c -> {
            Area area = new AreaRepository(c).require(areaCodeOrName);
            List<Indicator> catalog = new CatalogRepository(c).indicators();
            List<Target> targets = new TargetRepository(c).find(List.of(area.code()), List.of(period));
            ObservationRepository observations = new ObservationRepository(c);
            List<Observation> current = observations.find(List.of(area.code()), List.of(period));
            List<Observation> previous = observations.find(List.of(area.code()), List.of(period.previousYear()));
            // A unit formed by a merger: periods before it come from the former units (issue 13).
            PredecessorFigures history = new PredecessorFigures(c);
            List<DerivedFigure> derivedNow = history.derive(area, period, catalog, current);
            List<DerivedFigure> derivedBefore = history.derive(area, period.previousYear(), catalog, previous);
            List<IndicatorEvaluation> rows = new IndicatorEvaluator(options).evaluate(catalog, issuer, targets,
                    MergedHistory.withDerived(current, derivedNow), MergedHistory.withDerived(previous, derivedBefore),
                    everyIndicator);
            List<DerivedFigure> derived = new java.util.ArrayList<>(derivedNow);
            derived.addAll(derivedBefore);
            return new Result(area, period, issuer, rows, derived);
        });
    }
}
