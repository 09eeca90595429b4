package vn.baocao.app.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.domain.Assessment;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Band;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.PlanAssessor;
import vn.baocao.domain.Target;
import vn.baocao.domain.YearOnYearChange;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.TargetRepository;

/**
 * Assesses the grid with the domain's {@link PlanAssessor}, {@link vn.baocao.domain.BandScheme} and
 * {@link YearOnYearChange}, reading the store directly. Used until the store's AssessmentService is merged; it
 * decides nothing itself beyond which stored figure a row shows (thực hiện first).
 */
public final class DomainAssessments implements IndicatorAssessments {
    private final Database db;

    public DomainAssessments(Database db) {
        this.db = db;
    }

    @Override
    public List<RowEvaluation> assessPeriod(String areaCode, Period period, Issuer issuer, AssessmentOptions options) {
        return db.read(c -> {
            List<Indicator> indicators = new CatalogRepository(c).indicators();
            Map<String, Target> targets = new HashMap<>();
            for (Target t : new TargetRepository(c).find(List.of(areaCode), List.of(period))) {
                if (t.issuer() == issuer) {
                    targets.put(t.indicatorCode(), t);
                }
            }
            ObservationRepository observations = new ObservationRepository(c);
            Map<String, Observation> current = shown(observations.find(List.of(areaCode), List.of(period)));
            Map<String, Observation> previous = shown(observations.find(List.of(areaCode), List.of(period.previousYear())));
            List<RowEvaluation> rows = new ArrayList<>(indicators.size());
            for (Indicator i : indicators) {
                Observation prev = previous.get(i.code());
                rows.add(evaluate(i, targets.get(i.code()), current.get(i.code()), prev == null ? null : prev.value(), options));
            }
            return rows;
        });
    }

    @Override
    public RowEvaluation reassess(RowEvaluation row, Observation actual, AssessmentOptions options) {
        return evaluate(row.indicator(), row.target(), actual, row.previous(), options);
    }

    /** One figure per indicator: thực hiện when kept, else the first other kind. */
    private static Map<String, Observation> shown(List<Observation> list) {
        Map<String, Observation> byIndicator = new HashMap<>();
        for (Observation o : list) {
            Observation kept = byIndicator.get(o.indicatorCode());
            if (kept == null || (o.kind() == ObservationKind.THUC_HIEN && kept.kind() != ObservationKind.THUC_HIEN)) {
                byIndicator.put(o.indicatorCode(), o);
            }
        }
        return byIndicator;
    }

    static RowEvaluation evaluate(Indicator indicator, Target target, Observation actual, BigDecimal previous,
                                  AssessmentOptions options) {
        BigDecimal actualValue = actual == null ? null : actual.value();
        String change = YearOnYearChange.of(indicator, actualValue, previous)
                .map(ch -> ch.describe(options, indicator.unit(), Math.max(0, indicator.decimals()))).orElse("");
        if (target == null) {
            return new RowEvaluation(indicator, null, actual, previous, "", "", "", -1, change, List.of(), "");
        }
        Assessment a = new PlanAssessor(options).assess(indicator.direction(), target.comparator(), target.value(),
                target.valueHigh(), actualValue, previous);
        Optional<Band> band = options.bandScheme().classify(a);
        return new RowEvaluation(indicator, target, actual, previous, a.percentText(options), a.verdict().label(),
                band.map(Band::label).orElse(""), band.map(b -> options.bandScheme().bands().indexOf(b)).orElse(-1),
                change, List.of(), a.reason());
    }
}
