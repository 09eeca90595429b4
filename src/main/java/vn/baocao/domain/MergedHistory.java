package vn.baocao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.baocao.domain.text.DomainText;

/**
 * Figures of a unit formed by a merger, for periods before the merger: the aggregate of the former units by indicator
 * kind ({@link Aggregator#overAreas}): flows and stocks summed, rates recomputed from numerators and denominators (not
 * computable when one is missing), averages from their parts, statuses counted ("02/03 xã đạt"), changes not
 * aggregated. A figure stored directly on the new unit wins; a difference from the aggregate is reported.
 */
public final class MergedHistory {
    private static final List<ObservationKind> PREFERENCE = List.of(ObservationKind.CHINH_THUC,
            ObservationKind.THUC_HIEN, ObservationKind.SO_BO, ObservationKind.UOC);

    private MergedHistory() {
    }

    /**
     * @param formerCodes the former units, in report order; {@code formerNames} their names ("Nấm Dẩn")
     * @param noun what they were, plural, for notes: "các xã"
     * @param formerFigures the former units' figures of the period (any kinds; the most final per unit counts)
     * @param own the new unit's stored figures of the period (any kinds)
     * @return one entry per indicator that has a figure of a former unit, in catalog order
     */
    public static List<DerivedFigure> derive(List<Indicator> catalog, String areaCode, Period period, List<String> formerCodes,
                                             List<String> formerNames, String noun, List<Observation> formerFigures,
                                             List<Observation> own) {
        Map<String, List<Observation>> byIndicator = formerFigures.stream()
                .filter(o -> formerCodes.contains(o.areaCode()))
                .collect(Collectors.groupingBy(Observation::indicatorCode));
        Map<String, List<Observation>> ownByIndicator = own.stream().collect(Collectors.groupingBy(Observation::indicatorCode));
        List<DerivedFigure> out = new ArrayList<>();
        for (Indicator indicator : catalog) {
            List<Observation> parts = byIndicator.get(indicator.code());
            if (parts == null || parts.isEmpty()) {
                continue;
            }
            List<Observation> onePerUnit = parts.stream()
                    .collect(Collectors.groupingBy(Observation::areaCode, LinkedHashMap::new, Collectors.toList()))
                    .values().stream().map(MergedHistory::preferred).toList();
            AggregateResult sum = Aggregator.overAreas(indicator, formerCodes, onePerUnit);
            Observation stored = preferred(ownByIndicator.getOrDefault(indicator.code(), List.of()));
            Observation derived = sum.isComputed() ? observation(indicator, areaCode, period, sum, onePerUnit,
                    noun + " " + String.join(", ", formerNames)) : null;
            out.add(new DerivedFigure(indicator, areaCode, period, formerCodes, formerNames, sum, stored,
                    stored != null ? stored : derived));
        }
        return out;
    }

    /** The new unit's figures with the derived ones added where it has none of its own. */
    public static List<Observation> withDerived(List<Observation> own, List<DerivedFigure> derived) {
        List<Observation> all = new ArrayList<>(own);
        for (DerivedFigure d : derived) {
            if (d.derived()) {
                all.add(d.figure());
            }
        }
        return all;
    }

    /** "số liệu năm 2024 là tổng của các xã A, B, C trước sắp xếp" and its variants by kind. */
    public static String note(IndicatorKind kind, Period period, String formerUnits, AggregateResult sum) {
        String units = DomainText.get("mergedHistory.truocSapXep", formerUnits);
        return switch (kind) {
            case RATE -> DomainText.get("mergedHistory.tyLeTinhLai", period.label(), units);
            case AVERAGE -> DomainText.get("mergedHistory.soBinhQuanTinh", period.label(), units);
            case STATUS -> period.label() + ": " + sum.statusText(DomainText.get("mergedHistory.donVi")) + " (" + units + ")";
            default -> DomainText.get("mergedHistory.soLieuLaTong", period.label(), units);
        };
    }

    private static Observation observation(Indicator indicator, String areaCode, Period period, AggregateResult sum,
                                           List<Observation> parts, String formerUnits) {
        boolean estimate = parts.stream().anyMatch(o -> o.kind() == ObservationKind.UOC);
        String note = note(indicator.kind(), period, formerUnits, sum)
                + (sum.message().isBlank() ? "" : "; " + sum.message());
        // A count of units that reached a status is not the status of the new unit: shown, never assessed.
        boolean status = indicator.kind() == IndicatorKind.STATUS;
        BigDecimal value = sum.value();
        if (value != null && (indicator.kind() == IndicatorKind.RATE || indicator.kind() == IndicatorKind.AVERAGE)) {
            // Recomputed rates are written like entered ones (two decimals); the parts stay exact.
            value = value.setScale(Math.max(2, indicator.decimals()), RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return new Observation(indicator.code(), areaCode, period, estimate ? ObservationKind.UOC : ObservationKind.THUC_HIEN,
                status ? null : value, Qualifier.NONE, sum.numerator(), sum.denominator(),
                status ? sum.statusText(DomainText.get("mergedHistory.donVi")) : null, null, null, note, DerivedFigure.SOURCE);
    }

    private static Observation preferred(List<Observation> figures) {
        return figures.stream().min(Comparator.comparingInt(o -> PREFERENCE.indexOf(o.kind()))).orElse(null);
    }
}
