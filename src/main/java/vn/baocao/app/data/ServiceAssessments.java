package vn.baocao.app.data;

import java.util.List;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorEvaluator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.MismatchFlag;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.store.AssessmentService;
import vn.baocao.store.Database;

/**
 * The grid's assessments from the store's {@link AssessmentService} and the domain's {@link IndicatorEvaluator}.
 * The grid lists every catalog indicator, those without a figure yet too, so the clerk can type their figures.
 */
public final class ServiceAssessments implements IndicatorAssessments {
    private final AssessmentService service;

    public ServiceAssessments(Database db) {
        this.service = new AssessmentService(db);
    }

    @Override
    public List<RowEvaluation> assessPeriod(String areaCode, Period period, Issuer issuer, AssessmentOptions options) {
        return service.assess(areaCode, period, issuer, options, true).rows().stream()
                .map(e -> toRow(e, issuer, options)).toList();
    }

    @Override
    public RowEvaluation reassess(RowEvaluation row, Observation actual, AssessmentOptions options) {
        IndicatorEvaluation e = new IndicatorEvaluator(options)
                .evaluate(row.indicator(), row.issuer(), row.targets(), actual, row.previous());
        return toRow(e, row.issuer(), options);
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
