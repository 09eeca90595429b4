package vn.baocao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.domain.text.DomainText;

/**
 * Rolls figures up by indicator kind. Over areas (communes → district, one period):
 * COUNT_FLOW and COUNT_STOCK are summed; RATE is recomputed from the summed numerator and denominator and is not
 * computable when any area lacks them (never an unweighted mean of rates); AVERAGE is weighted by the weights given
 * (or recomputed from numerator/denominator) and otherwise not computable; STATUS counts the areas that reached it
 * ("08/12 xã đạt"); CHANGE is not rolled up. Over time (sub-periods → period, one area): COUNT_FLOW is summed (the
 * sub-periods must not overlap), COUNT_STOCK takes the latest value, RATE is recomputed from the summed numerators and
 * denominators when every sub-period has them; other kinds need the whole period's own figure.
 */
public final class Aggregator {

    private Aggregator() {
    }

    /** Rolls up one period's figures of the expected areas; figures of other areas are ignored. */
    public static AggregateResult overAreas(Indicator indicator, List<String> expectedAreas, List<Observation> observations) {
        return overAreas(indicator, expectedAreas, observations, null);
    }

    /**
     * @param weights for AVERAGE: weight per area code (e.g. population); may be null
     */
    public static AggregateResult overAreas(Indicator indicator, List<String> expectedAreas, List<Observation> observations,
                                            Map<String, BigDecimal> weights) {
        IndicatorKind kind = indicator.kind();
        if (kind == IndicatorKind.CHANGE) {
            return notAggregated(kind, expectedAreas.size());
        }
        Map<String, Observation> byArea = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (!expectedAreas.contains(o.areaCode())) {
                continue;
            }
            if (byArea.put(o.areaCode(), o) != null) {
                return notComputable(kind, expectedAreas.size(), List.of(), List.of(),
                        DomainText.get("aggregator.donViCoHai", o.areaCode()));
            }
        }
        return switch (kind) {
            case COUNT_FLOW, COUNT_STOCK -> sumAreas(kind, expectedAreas, byArea);
            case RATE -> rateOverAreas(expectedAreas, byArea);
            case AVERAGE -> averageOverAreas(expectedAreas, byArea, weights);
            case STATUS -> countStatus(expectedAreas, byArea);
            case CHANGE -> notAggregated(kind, expectedAreas.size());
        };
    }

    /** Rolls up one area's figures over sub-periods (months → quarter, quarters → year …). */
    public static AggregateResult overTime(Indicator indicator, List<Observation> observations) {
        IndicatorKind kind = indicator.kind();
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort((a, b) -> a.period().compareTo(b.period()));
        List<String> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Observation o : sorted) {
            (o.value() == null ? missing : used).add(o.period().code());
        }
        switch (kind) {
            case COUNT_FLOW -> {
                for (int i = 0; i + 1 < sorted.size(); i++) {
                    Period a = sorted.get(i).period();
                    Period b = sorted.get(i + 1).period();
                    if (!b.start().isAfter(a.end())) {
                        return notComputable(kind, sorted.size(), used, missing, DomainText.get("aggregator.kyVaTrungNhau", a.label(), b.label()));
                    }
                }
                BigDecimal sum = sorted.stream().map(Observation::value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
                return computed(kind, sum, null, null, used.size(), sorted.size(), used, missing,
                        missing.isEmpty() ? "" : DomainText.get("aggregator.thieuSoLieuKy", String.join(", ", missing)));
            }
            case COUNT_STOCK -> {
                Observation latest = null;
                for (Observation o : sorted) {
                    if (o.value() != null) {
                        latest = o;
                    }
                }
                if (latest == null) {
                    return notComputable(kind, sorted.size(), used, missing, DomainText.get("aggregator.khongKyNaoCo"));
                }
                boolean isLast = latest == sorted.get(sorted.size() - 1);
                return computed(kind, latest.value(), null, null, 1, sorted.size(), List.of(latest.period().code()), missing,
                        isLast ? "" : DomainText.get("aggregator.kyCuoiChuaCo", latest.period().label()));
            }
            case CHANGE -> {
                return notAggregated(kind, sorted.size());
            }
            case RATE -> {
                return rateOverTime(sorted, used, missing);
            }
            default -> {
                return notComputable(kind, sorted.size(), used, missing,
                        DomainText.get("aggregator.chiTieuDangTy"));
            }
        }
    }

    /** A rate over several sub-periods: Σ numerators / Σ denominators, never a mean of the rates. */
    private static AggregateResult rateOverTime(List<Observation> sorted, List<String> used, List<String> missing) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            Observation o = sorted.get(i);
            if (i + 1 < sorted.size() && !sorted.get(i + 1).period().start().isAfter(o.period().end())) {
                return notComputable(IndicatorKind.RATE, sorted.size(), used, missing, DomainText.get("aggregator.kyVaTrungNhau", o.period().label(), sorted.get(i + 1).period().label()));
            }
            if (o.value() == null) {
                continue;
            }
            if (o.numerator() == null || o.denominator() == null) {
                return notComputable(IndicatorKind.RATE, sorted.size(), used, missing,
                        DomainText.get("aggregator.chiTieuDangTy2"));
            }
            num = num.add(o.numerator());
            den = den.add(o.denominator());
        }
        if (used.isEmpty()) {
            return notComputable(IndicatorKind.RATE, sorted.size(), used, missing, DomainText.get("aggregator.khongKyNaoCo"));
        }
        if (den.signum() == 0) {
            return notComputable(IndicatorKind.RATE, sorted.size(), used, missing, DomainText.get("aggregator.tongMauSoBang"));
        }
        return computed(IndicatorKind.RATE, PlanAssessor.ratio(num, den), num, den, used.size(), sorted.size(), used, missing,
                missing.isEmpty() ? "" : DomainText.get("aggregator.thieuSoLieuKy2", String.join(", ", missing)));
    }

    private static AggregateResult sumAreas(IndicatorKind kind, List<String> expected, Map<String, Observation> byArea) {
        List<String> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String area : expected) {
            Observation o = byArea.get(area);
            if (o == null || o.value() == null) {
                missing.add(area);
            } else {
                used.add(area);
                sum = sum.add(o.value());
            }
        }
        if (used.isEmpty()) {
            return notComputable(kind, expected.size(), used, missing, DomainText.get("aggregator.khongDonViNao"));
        }
        return computed(kind, sum, null, null, used.size(), expected.size(), used, missing, missingMessage(missing, used, expected));
    }

    private static AggregateResult rateOverAreas(List<String> expected, Map<String, Observation> byArea) {
        List<String> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (String area : expected) {
            Observation o = byArea.get(area);
            if (o == null || o.numerator() == null || o.denominator() == null) {
                missing.add(area);
            } else {
                used.add(area);
                num = num.add(o.numerator());
                den = den.add(o.denominator());
            }
        }
        if (!missing.isEmpty()) {
            return notComputable(IndicatorKind.RATE, expected.size(), used, missing, DomainText.get("aggregator.khongTinhDuocTy", String.join(", ", missing)));
        }
        if (den.signum() == 0) {
            return notComputable(IndicatorKind.RATE, expected.size(), used, missing, DomainText.get("aggregator.tongMauSoBang"));
        }
        BigDecimal pct = PlanAssessor.ratio(num, den);
        return computed(IndicatorKind.RATE, pct, num, den, used.size(), expected.size(), used, missing, "");
    }

    private static AggregateResult averageOverAreas(List<String> expected, Map<String, Observation> byArea,
                                                    Map<String, BigDecimal> weights) {
        List<String> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String area : expected) {
            Observation o = byArea.get(area);
            (o == null || o.value() == null ? missing : used).add(area);
        }
        if (used.isEmpty()) {
            return notComputable(IndicatorKind.AVERAGE, expected.size(), used, missing, DomainText.get("aggregator.khongDonViNao"));
        }
        BigDecimal top = BigDecimal.ZERO;
        BigDecimal bottom = BigDecimal.ZERO;
        boolean fromParts = weights == null && used.stream().allMatch(a -> byArea.get(a).numerator() != null && byArea.get(a).denominator() != null);
        List<String> noWeight = new ArrayList<>();
        for (String area : used) {
            Observation o = byArea.get(area);
            if (fromParts) {
                top = top.add(o.numerator());
                bottom = bottom.add(o.denominator());
            } else {
                BigDecimal w = weights == null ? null : weights.get(area);
                if (w == null) {
                    noWeight.add(area);
                } else {
                    top = top.add(o.value().multiply(w));
                    bottom = bottom.add(w);
                }
            }
        }
        if (!noWeight.isEmpty()) {
            return notComputable(IndicatorKind.AVERAGE, expected.size(), used, missing, DomainText.get("aggregator.khongTinhDuocBinh", String.join(", ", noWeight)));
        }
        if (bottom.signum() == 0) {
            return notComputable(IndicatorKind.AVERAGE, expected.size(), used, missing, DomainText.get("aggregator.tongTrongSoBang"));
        }
        BigDecimal avg = top.divide(bottom, 20, RoundingMode.DOWN).stripTrailingZeros();
        return computed(IndicatorKind.AVERAGE, avg, fromParts ? top : null, fromParts ? bottom : null, used.size(), expected.size(),
                used, missing, missingMessage(missing, used, expected));
    }

    private static AggregateResult countStatus(List<String> expected, Map<String, Observation> byArea) {
        List<String> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int reached = 0;
        for (String area : expected) {
            Observation o = byArea.get(area);
            if (o == null || o.value() == null) {
                missing.add(area);
            } else {
                used.add(area);
                if (o.value().signum() > 0) {
                    reached++;
                }
            }
        }
        return computed(IndicatorKind.STATUS, BigDecimal.valueOf(reached), null, null, reached, expected.size(), used, missing,
                missing.isEmpty() ? "" : DomainText.get("aggregator.chuaCoSoLieu", String.join(", ", missing)));
    }

    private static String missingMessage(List<String> missing, List<String> used, List<String> expected) {
        return missing.isEmpty() ? "" : DomainText.get("aggregator.thieuSoLieuCua", String.join(", ", missing), VietnameseNumbers.twoDigits(used.size()), VietnameseNumbers.twoDigits(expected.size()));
    }

    private static AggregateResult computed(IndicatorKind kind, BigDecimal value, BigDecimal num, BigDecimal den, int count, int total,
                                            List<String> used, List<String> missing, String message) {
        AggregateResult.Status status = missing.isEmpty() ? AggregateResult.Status.COMPLETE : AggregateResult.Status.PARTIAL;
        return new AggregateResult(kind, status, value, num, den, count, total, used, missing, message);
    }

    private static AggregateResult notComputable(IndicatorKind kind, int total, List<String> used, List<String> missing, String message) {
        return new AggregateResult(kind, AggregateResult.Status.NOT_COMPUTABLE, null, null, null, used.size(), total, used, missing, message);
    }

    private static AggregateResult notAggregated(IndicatorKind kind, int total) {
        return new AggregateResult(kind, AggregateResult.Status.NOT_AGGREGATED, null, null, null, 0, total, List.of(), List.of(),
                DomainText.get("aggregator.chiTieuMucThay"));
    }
}
