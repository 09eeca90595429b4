package vn.baocao.app.data;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorEvaluator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.MismatchFlag;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.store.AssessmentService;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;

/**
 * The grid's assessments from the store's {@link AssessmentService} and the domain's {@link IndicatorEvaluator}.
 * The service gives the indicators that have a figure or a target; the grid also lists the rest of the catalog
 * (evaluated by the same evaluator, with no figure yet) so the clerk can type their figures.
 */
public final class ServiceAssessments implements IndicatorAssessments {
    /** Same order as the domain's choice of the most final figure (chính thức, thực hiện, sơ bộ, ước). */
    private static final List<ObservationKind> MOST_FINAL_FIRST = List.of(ObservationKind.CHINH_THUC,
            ObservationKind.THUC_HIEN, ObservationKind.SO_BO, ObservationKind.UOC);

    private final Database db;
    private final AssessmentService service;

    public ServiceAssessments(Database db) {
        this.db = db;
        this.service = new AssessmentService(db);
    }

    @Override
    public List<RowEvaluation> assessPeriod(String areaCode, Period period, Issuer issuer, AssessmentOptions options) {
        AssessmentService.Result result = service.assess(areaCode, period, issuer, options);
        Map<String, IndicatorEvaluation> evaluated = result.rows().stream()
                .collect(Collectors.toMap(e -> e.indicator().code(), e -> e, (a, b) -> a));
        String area = result.area().code();
        List<Indicator> catalog = db.read(c -> new CatalogRepository(c).indicators());
        Set<String> missing = catalog.stream().map(Indicator::code).filter(code -> !evaluated.containsKey(code))
                .collect(Collectors.toSet());
        Map<String, Observation> previous = missing.isEmpty() ? Map.of() : mostFinal(db.read(c ->
                new ObservationRepository(c).find(List.of(area), List.of(period.previousYear()))), missing);
        IndicatorEvaluator evaluator = new IndicatorEvaluator(options);
        return catalog.stream().map(i -> {
            IndicatorEvaluation e = evaluated.get(i.code());
            if (e == null) {
                e = evaluator.evaluate(i, issuer, List.of(), null, previous.get(i.code()));
            }
            return toRow(e, issuer, options);
        }).toList();
    }

    @Override
    public RowEvaluation reassess(RowEvaluation row, Observation actual, AssessmentOptions options) {
        IndicatorEvaluation e = new IndicatorEvaluator(options)
                .evaluate(row.indicator(), row.issuer(), row.targets(), actual, row.previous());
        return toRow(e, row.issuer(), options);
    }

    private static Map<String, Observation> mostFinal(List<Observation> figures, Set<String> codes) {
        Map<String, Observation> byCode = new HashMap<>();
        figures.stream().filter(o -> codes.contains(o.indicatorCode()))
                .sorted(Comparator.comparingInt(o -> MOST_FINAL_FIRST.indexOf(o.kind())))
                .forEach(o -> byCode.putIfAbsent(o.indicatorCode(), o));
        return byCode;
    }

    /** The evaluation in the words the grid shows; every text comes from the domain. */
    static RowEvaluation toRow(IndicatorEvaluation e, Issuer issuer, AssessmentOptions options) {
        Indicator i = e.indicator();
        var a = e.assessment();
        var band = e.band();
        return new RowEvaluation(i, issuer, e.target(), e.targets(), e.actual(), e.previous(),
                a == null ? "" : a.percentText(options),
                a == null ? "" : a.verdict().label(),
                band == null ? "" : band.label(),
                band == null ? -1 : options.bandScheme().bands().indexOf(band),
                e.change() == null ? "" : e.change().describe(options, i.unit(), Math.max(0, i.decimals())),
                e.flags().stream().map(ServiceAssessments::flagText).toList(),
                a == null ? "" : a.reason());
    }

    private static String flagText(MismatchFlag f) {
        return f.severity().label() + ": " + f.message();
    }
}
