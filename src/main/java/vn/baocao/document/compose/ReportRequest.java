package vn.baocao.document.compose;

import java.util.List;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;

/**
 * What a report is computed over.
 *
 * @param area area code (or unambiguous name)
 * @param indicatorCodes the chosen indicators in order; empty = the indicators the issuer assigned targets to
 * @param proRata a shorter period's report pro-rates the flows' year plans ({@link vn.baocao.domain.PeriodPlans})
 */
public record ReportRequest(String area, Period period, Issuer issuer, AssessmentOptions options,
                            List<String> indicatorCodes, FigureSource figureSource, boolean proRata) {

    public ReportRequest(String area, Period period, Issuer issuer, AssessmentOptions options,
                         List<String> indicatorCodes, FigureSource figureSource) {
        this(area, period, issuer, options, indicatorCodes, figureSource, false);
    }

    public ReportRequest {
        indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
        options = options == null ? AssessmentOptions.defaults() : options;
        issuer = issuer == null ? Issuer.NQ_HDND : issuer;
        figureSource = figureSource == null ? FigureSource.OWN_FIGURES : figureSource;
    }
}
