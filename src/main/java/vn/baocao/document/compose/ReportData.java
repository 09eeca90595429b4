package vn.baocao.document.compose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.document.text.DocumentText;
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
 * @param spanNotes per chosen indicator code, how its figure was summed up from shorter periods (lũy kế) and what it lacks
 * @param next the next period's targets of the issuer, evaluated without figures (Phương hướng, Kế hoạch)
 * @param citations per issuer code, the documents its targets of the period cite (the report's căn cứ)
 * @param parent the area above (a commune's district, a district's province), or null
 * @param context the other indicators with a figure of the period, in catalog order: not chosen for the report, they
 *                are told only in the narrative of a sector the report has, never counted or tabled
 */
public record ReportData(Area area, Period period, Issuer issuer, AssessmentOptions options,
                         List<IndicatorEvaluation> indicators, Map<String, IndicatorEvaluation> all,
                         Set<String> catalogCodes, Map<String, List<AreaFigure>> breakdowns,
                         List<DistrictCheck> districtChecks, List<DerivedFigure> derived, Map<String, String> spanNotes,
                         List<IndicatorEvaluation> next, Map<String, List<String>> citations,
                         Area parent, List<IndicatorEvaluation> context) {

    public ReportData {
        indicators = List.copyOf(indicators);
        all = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(all)); // keeps catalog order
        catalogCodes = Set.copyOf(catalogCodes);
        breakdowns = Map.copyOf(breakdowns);
        districtChecks = List.copyOf(districtChecks);
        derived = derived == null ? List.of() : List.copyOf(derived);
        spanNotes = spanNotes == null ? Map.of() : Map.copyOf(spanNotes);
        next = next == null ? List.of() : List.copyOf(next);
        citations = citations == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(citations));
        context = context == null ? List.of() : List.copyOf(context);
    }

    public ReportData(Area area, Period period, Issuer issuer, AssessmentOptions options,
                      List<IndicatorEvaluation> indicators, Map<String, IndicatorEvaluation> all,
                      Set<String> catalogCodes, Map<String, List<AreaFigure>> breakdowns,
                      List<DistrictCheck> districtChecks) {
        this(area, period, issuer, options, indicators, all, catalogCodes, breakdowns, districtChecks, null, null, null, null, null, null);
    }

    /** Whether any chosen indicator has a figure of the period (stored or summed up from shorter periods). */
    public boolean hasFigures() {
        return indicators.stream().anyMatch(r -> r.actual() != null && r.actual().value() != null);
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

    /**
     * "Ủy ban nhân dân tỉnh Hà Giang" is written to the level above: "tỉnh Hà Giang"; when it is not known, a prompt
     * the review names ("[Ghi cơ quan nhận văn bản]"), never a made-up "cấp trên".
     */
    public String parentName() {
        return parent == null ? DocumentText.get("reportData.ghiCoQuanNhan") : parent.level().label() + " " + parent.name();
    }

    /** Whether the level above the area is known (a Công văn's Kính gửi is its People's Committee). */
    public boolean hasParent() {
        return parent != null;
    }

    /** "Ủy ban nhân dân tỉnh Hà Giang", or the prompt of {@link #parentName()} alone. */
    public String parentCommittee() {
        return parent == null ? parentName() : DocumentText.get("reportData.uyBanNhanDan", parentName());
    }

    /** "huyện Xín Mần", "xã Chí Cà". */
    public String areaName() {
        return area.level().label() + " " + area.name();
    }
}
