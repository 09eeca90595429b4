package vn.baocao.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.domain.text.DomainText;

/**
 * A period's figure built from the shorter periods stored inside it (lũy kế), when the period itself is not stored:
 * a quarter, 6 tháng, 9 tháng or year from its months, else from its quarters, else from the halves or 6 tháng + quý
 * III / 9 tháng + quý IV. How the parts combine is the indicator kind's ({@link Aggregator#overTime}); a part that is
 * missing is named in the result's message, never silently left out.
 */
public final class SpanRollUp {
    /** When several kinds of figure exist for one sub-period, the most final one counts. */
    private static final List<ObservationKind> PREFERENCE = List.of(ObservationKind.CHINH_THUC,
            ObservationKind.THUC_HIEN, ObservationKind.SO_BO, ObservationKind.UOC);

    /**
     * The figure of {@code span} rolled up from its parts, and how.
     *
     * @param figure the derived figure (kind UOC when any part is an estimate), its note says what it was built from
     * @param result the roll-up, {@link AggregateResult#message()} set when parts were missing
     * @param parts the sub-periods the span was built from (all expected, present or not)
     */
    public record Derived(Observation figure, AggregateResult result, List<Period> parts, List<Period> missingParts) {
        public Derived {
            parts = List.copyOf(parts);
            missingParts = List.copyOf(missingParts);
        }

        public boolean complete() {
            return missingParts.isEmpty();
        }
    }

    /**
     * The start of the {@link Observation#source()} of a figure summed from only some of the span's parts; the parts it
     * has follow ("tháng 7, 8, 9 năm 2025"). Such a figure is not the span's: it is printed as what it covers, and no
     * percent of plan or change on last year is computed from it ({@link IndicatorEvaluator}).
     */
    static final String PARTIAL_SOURCE = DomainText.get("spanRollUp.chuaDuKy") + " ";

    private SpanRollUp() {
    }

    /** The parts a partial roll-up covers ("tháng 7, 8, 9 năm 2025"), empty for any other figure. */
    public static Optional<String> partialCover(Observation o) {
        return o != null && o.source() != null && o.source().startsWith(PARTIAL_SOURCE)
                ? Optional.of(o.source().substring(PARTIAL_SOURCE.length())) : Optional.empty();
    }

    /**
     * Whether a roll-up with parts missing misses part of the span's value: always for a flow or a rate; for a stock
     * (the latest value counts) only when the span's last part is missing, since a stock at the span's end is whole.
     */
    private static boolean partial(Indicator indicator, List<Period> tiling, List<Period> missing) {
        if (missing.isEmpty()) {
            return false;
        }
        return indicator.kind() != IndicatorKind.COUNT_STOCK || missing.contains(tiling.get(tiling.size() - 1));
    }

    /** The ways the span can be tiled by shorter periods, finest first; empty for a month. */
    public static List<List<Period>> tilings(Period span) {
        List<List<Period>> out = new ArrayList<>();
        int y = span.year();
        int first = span.start().getMonthValue();
        int last = span.end().getMonthValue();
        boolean calendar = span.start().getYear() == y && span.end().getYear() == y;
        if (!calendar || span.type() == PeriodType.MONTH || span.type() == PeriodType.SCHOOL_YEAR
                || span.type() == PeriodType.MULTI_YEAR) {
            return out;
        }
        List<Period> months = new ArrayList<>();
        for (int m = first; m <= last; m++) {
            months.add(Period.month(y, m));
        }
        out.add(months);
        if (span.type() != PeriodType.QUARTER && (first - 1) % 3 == 0 && last % 3 == 0) { // 5 tháng: no quarters
            List<Period> quarters = new ArrayList<>();
            for (int q = (first - 1) / 3 + 1; q <= last / 3; q++) {
                quarters.add(Period.quarter(y, q));
            }
            out.add(quarters);
        }
        if (span.type() == PeriodType.NINE_MONTHS) {
            out.add(List.of(Period.firstHalf(y), Period.quarter(y, 3)));
        }
        if (span.type() == PeriodType.YEAR) {
            out.add(List.of(Period.firstHalf(y), new Period(PeriodType.HALF_YEAR, y, 2)));
            out.add(List.of(Period.nineMonths(y), Period.quarter(y, 4)));
        }
        return out;
    }

    /** Every sub-period any tiling of the span uses (what to load from the store). */
    public static List<Period> allParts(Period span) {
        List<Period> out = new ArrayList<>();
        for (List<Period> t : tilings(span)) {
            for (Period p : t) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * The span's figure for one indicator and area from the figures given (any periods; those outside the span are
     * ignored). The first tiling with at least one figure is used; empty when none has one or the kind does not
     * roll up over time (the result is then still returned, with its message, when a tiling had figures).
     */
    public static Optional<Derived> of(Indicator indicator, String areaCode, Period span, List<Observation> figures) {
        for (List<Period> tiling : tilings(span)) {
            Map<Period, Observation> byPart = new LinkedHashMap<>();
            for (Period p : tiling) {
                figures.stream().filter(o -> o.period().equals(p) && o.indicatorCode().equals(indicator.code()) && o.value() != null)
                        .min(Comparator.comparingInt(o -> PREFERENCE.indexOf(o.kind())))
                        .ifPresent(o -> byPart.put(p, o));
            }
            if (byPart.isEmpty()) {
                continue;
            }
            List<Period> missing = tiling.stream().filter(p -> !byPart.containsKey(p)).toList();
            List<Observation> parts = new ArrayList<>(byPart.values());
            AggregateResult r = Aggregator.overTime(indicator, parts);
            if (!r.isComputed()) {
                return Optional.of(new Derived(null, r, tiling, missing));
            }
            boolean estimate = parts.stream().anyMatch(o -> o.kind() == ObservationKind.UOC);
            String from = DomainText.get("spanRollUp.luyKeTuKy", byPart.size(), tiling.size(), labels(new ArrayList<>(byPart.keySet())));
            String message = missing.isEmpty() ? "" : DomainText.get("spanRollUp.thieuSoLieuSo", labels(missing), span.label(), labels(new ArrayList<>(byPart.keySet())));
            if (missing.isEmpty() && !r.message().isBlank()) {
                message = r.message();
            }
            AggregateResult withMessage = new AggregateResult(r.kind(), missing.isEmpty() ? r.status() : AggregateResult.Status.PARTIAL,
                    r.value(), r.numerator(), r.denominator(), r.count(), tiling.size(), r.used(),
                    missing.stream().map(Period::code).toList(), message);
            String covered = labels(new ArrayList<>(byPart.keySet()));
            Observation figure = new Observation(indicator.code(), areaCode, span,
                    estimate ? ObservationKind.UOC : ObservationKind.THUC_HIEN, r.value(), Qualifier.NONE,
                    r.numerator(), r.denominator(), null, null, null, from,
                    partial(indicator, tiling, missing) ? PARTIAL_SOURCE + covered : DomainText.get("spanRollUp.luyKeTuCac"));
            return Optional.of(new Derived(figure, withMessage, tiling, missing));
        }
        return Optional.empty();
    }

    /** "tháng 1, 2, 3 năm 2023"; other parts by their own labels. */
    public static String labels(List<Period> periods) {
        if (!periods.isEmpty() && periods.stream().allMatch(p -> p.type() == PeriodType.MONTH && p.year() == periods.get(0).year())) {
            return DomainText.get("spanRollUp.thangNam", String.join(", ", periods.stream().map(p -> String.valueOf(p.index())).toList()), periods.get(0).year());
        }
        List<String> out = new ArrayList<>();
        for (Period p : periods) {
            out.add(p.label());
        }
        return String.join(", ", out);
    }
}
