package vn.baocao.store;

import java.util.List;
import vn.baocao.domain.Area;
import vn.baocao.domain.AssessmentOptions;
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
    public record Result(Area area, Period period, Issuer issuer, List<IndicatorEvaluation> rows) {
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
            List<IndicatorEvaluation> rows = new IndicatorEvaluator(options).evaluate(catalog, issuer, targets, current, previous,
                    everyIndicator);
            return new Result(area, period, issuer, rows);
        });
    }
}
