package vn.baocao.document.compose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.domain.Area;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.DerivedFigure;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;

/**
 * The evaluated figures a report is written from, loaded once per export.
 *
 * @param indicators the chosen indicators in report order (each evaluated, with or without data)
 * @param all every indicator with a figure or a target in the period, by code (placeholders may name any of them)
 * @param catalogCodes every indicator code of the catalog, to tell an unknown code from one without data
 * @param breakdowns per indicator code, the communes' figures (district reports only)
 * @param districtChecks district figures compared with the sum of their communes
 * @param derived for a unit formed by a merger, the figures of the period and of last year that come from (or were
 *                checked against) its former units: "số liệu năm 2024 là tổng của các xã A, B, C trước sắp xếp"
 */
public record ReportData(Area area, Period period, Issuer issuer, AssessmentOptions options,
                         List<IndicatorEvaluation> indicators, Map<String, IndicatorEvaluation> all,
                         Set<String> catalogCodes, Map<String, List<AreaFigure>> breakdowns,
                         List<DistrictCheck> districtChecks, List<DerivedFigure> derived) {

    public ReportData(Area area, Period period, Issuer issuer, AssessmentOptions options,
                      List<IndicatorEvaluation> indicators, Map<String, IndicatorEvaluation> all,
                      Set<String> catalogCodes, Map<String, List<AreaFigure>> breakdowns,
                      List<DistrictCheck> districtChecks) {
        this(area, period, issuer, options, indicators, all, catalogCodes, breakdowns, districtChecks, List.of());
    }

    public ReportData {
        indicators = List.copyOf(indicators);
        all = Map.copyOf(all);
        catalogCodes = Set.copyOf(catalogCodes);
        breakdowns = Map.copyOf(breakdowns);
        districtChecks = List.copyOf(districtChecks);
        derived = derived == null ? List.of() : List.copyOf(derived);
    }

    /** The chosen indicators the issuer set a target for: the "chỉ tiêu giao". */
    public List<IndicatorEvaluation> assigned() {
        return indicators.stream().filter(IndicatorEvaluation::assigned).toList();
    }

    public Optional<IndicatorEvaluation> row(String code) {
        for (IndicatorEvaluation r : indicators) {
            if (r.indicator().code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.ofNullable(all.get(code));
    }

    /** "huyện Xín Mần", "xã Chí Cà". */
    public String areaName() {
        return area.level().label() + " " + area.name();
    }
}
