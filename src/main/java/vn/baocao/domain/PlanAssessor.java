package vn.baocao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.baocao.domain.text.DomainText;

/**
 * Computes the percent of plan and the verdict for one indicator against one target. Direction decides what "đạt"
 * means; the comparator only says what form the target has.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>Direction</th><th>Comparator</th><th>Verdict</th><th>Percent</th></tr>
 *   <tr><td>UP</td><td>EQ, GE</td><td>actual &gt; plan VUOT, = DAT, &lt; KHONG_DAT</td><td>actual / plan × 100</td></tr>
 *   <tr><td>UP</td><td>GT</td><td>actual &gt; plan VUOT, else KHONG_DAT</td><td>actual / plan × 100</td></tr>
 *   <tr><td>UP</td><td>LE, LT</td><td>KHONG_DANH_GIA: a ceiling on a higher-is-better indicator contradicts itself</td>
 *       <td>actual / plan × 100, for information</td></tr>
 *   <tr><td>DOWN</td><td>EQ, LE</td><td>actual &lt; plan VUOT, = DAT, &gt; KHONG_DAT ("giảm còn 25,93%" is a ceiling)</td>
 *       <td>met: 100 or plan / actual × 100 ({@link CeilingPercentMode}); missed: plan / actual × 100</td></tr>
 *   <tr><td>DOWN</td><td>LT</td><td>actual &lt; plan VUOT, else KHONG_DAT</td><td>as LE</td></tr>
 *   <tr><td>DOWN</td><td>GE, GT</td><td>KHONG_DANH_GIA: a floor on a lower-is-better indicator contradicts itself</td><td>none</td></tr>
 *   <tr><td>UP/DOWN</td><td>RANGE, APPROX</td><td>inside DAT; outside on the better side VUOT, worse side KHONG_DAT</td><td>none</td></tr>
 *   <tr><td>UP/DOWN</td><td>MAINTAIN</td><td>at least as good as the previous value (else the target value) DAT, worse KHONG_DAT</td><td>none</td></tr>
 *   <tr><td>UP/DOWN</td><td>STATUS</td><td>actual ≥ 1 DAT, 0 KHONG_DAT</td><td>none</td></tr>
 *   <tr><td>NONE</td><td>any</td><td>KHONG_DANH_GIA (tracked only)</td><td>actual / plan × 100 for EQ, GE, GT, LE, LT</td></tr>
 * </table>
 * A missing actual or plan gives THIEU_SO_LIEU, as does a zero plan for a higher-is-better indicator (no percent can be
 * computed). A zero ceiling ("không để xảy ra") is assessed normally. Nothing here throws for missing or zero figures.
 */
public final class PlanAssessor {

    private final AssessmentOptions options;

    public PlanAssessor(AssessmentOptions options) {
        this.options = options;
    }

    public PlanAssessor() {
        this(AssessmentOptions.defaults());
    }

    public AssessmentOptions options() {
        return options;
    }

    /** Assesses an observation against a target; {@code previous} (same period last year) is used by MAINTAIN only. */
    public Assessment assess(Indicator indicator, Target target, Observation actual, Observation previous) {
        return assess(indicator.direction(), target.comparator(), target.value(), target.valueHigh(),
                actual == null ? null : actual.value(), previous == null ? null : previous.value());
    }

    /**
     * @param plan the target value (lower bound for RANGE, level for MAINTAIN; may be null for STATUS)
     * @param planHigh upper bound for RANGE, tolerance for APPROX; else ignored
     * @param previous the previous period's value, for MAINTAIN
     */
    public Assessment assess(Direction direction, Comparator comparator, BigDecimal plan, BigDecimal planHigh,
                             BigDecimal actual, BigDecimal previous) {
        if (direction == Direction.NONE) {
            BigDecimal pct = comparator.hasPercent() && actual != null && plan != null ? ratio(actual, plan) : null;
            return new Assessment(Verdict.KHONG_DANH_GIA, pct, false, DomainText.get("planAssessor.chiTieuChiTheo"));
        }
        if (actual == null) {
            return missing(DomainText.get("planAssessor.chuaCoSoThuc"));
        }
        return switch (comparator) {
            case EQ, GE, GT, LE, LT -> direction == Direction.UP
                    ? assessFloor(comparator, plan, actual)
                    : assessCeiling(comparator, plan, actual);
            case RANGE -> assessRange(direction, plan, planHigh, actual, DomainText.get("planAssessor.khoang", num(plan), num(planHigh)));
            case APPROX -> assessApprox(direction, plan, planHigh, actual);
            case MAINTAIN -> assessMaintain(direction, previous != null ? previous : plan, actual);
            case STATUS -> actual.signum() > 0
                    ? new Assessment(Verdict.DAT, null, false, DomainText.get("planAssessor.dat"))
                    : new Assessment(Verdict.KHONG_DAT, null, false, DomainText.get("planAssessor.chuaDat"));
        };
    }

    private Assessment assessFloor(Comparator comparator, BigDecimal plan, BigDecimal actual) {
        if (plan == null) {
            return missing(DomainText.get("planAssessor.chuaCoKeHoach"));
        }
        if (comparator == Comparator.LE || comparator == Comparator.LT) {
            return new Assessment(Verdict.KHONG_DANH_GIA, ratio(actual, plan), false,
                    DomainText.get("planAssessor.chiTieuCangCao", comparator.symbol(), num(plan)));
        }
        if (plan.signum() <= 0) {
            return missing(DomainText.get("planAssessor.keHoachBangKhong", num(plan)));
        }
        BigDecimal pct = ratio(actual, plan);
        int cmp = actual.compareTo(plan);
        Verdict verdict;
        if (cmp > 0) {
            verdict = Verdict.VUOT;
        } else if (cmp == 0 && comparator != Comparator.GT) {
            verdict = Verdict.DAT;
        } else {
            verdict = Verdict.KHONG_DAT;
        }
        String relation = cmp > 0 ? ">" : cmp == 0 ? "=" : "<";
        String reason = DomainText.get("planAssessor.thucHienKeHoach2", num(actual), relation, comparator.symbol(), num(plan));
        return new Assessment(verdict, pct, false, reason);
    }

    private Assessment assessCeiling(Comparator comparator, BigDecimal plan, BigDecimal actual) {
        if (plan == null) {
            return missing(DomainText.get("planAssessor.chuaCoKeHoach"));
        }
        if (comparator == Comparator.GE || comparator == Comparator.GT) {
            return new Assessment(Verdict.KHONG_DANH_GIA, null, false,
                    DomainText.get("planAssessor.chiTieuCangThap", comparator.symbol(), num(plan)));
        }
        int cmp = actual.compareTo(plan);
        boolean met = comparator == Comparator.LT ? cmp < 0 : cmp <= 0;
        Verdict verdict = !met ? Verdict.KHONG_DAT : cmp < 0 ? Verdict.VUOT : Verdict.DAT;
        BigDecimal pct;
        if (met && options.ceilingMode() == CeilingPercentMode.HUNDRED_WHEN_MET) {
            pct = VietnameseNumbers.HUNDRED;
        } else {
            // plan / actual: undefined when nothing happened (actual 0) or for a negative ceiling
            pct = plan.signum() < 0 || actual.signum() <= 0 ? null : ratio(plan, actual);
        }
        String relation = cmp > 0 ? ">" : cmp == 0 ? "=" : "<";
        String reason = DomainText.get("planAssessor.thucHienMucTran", num(actual), relation, comparator.symbol(), num(plan), (met ? DomainText.get("planAssessor.chiTieuCangThap2") : DomainText.get("planAssessor.chiTieuCangThap3")));
        return new Assessment(verdict, pct, true, reason);
    }

    private Assessment assessApprox(Direction direction, BigDecimal plan, BigDecimal tolerance, BigDecimal actual) {
        if (plan == null) {
            return missing(DomainText.get("planAssessor.chuaCoKeHoach"));
        }
        BigDecimal tol = tolerance != null ? tolerance.abs() : plan.abs().multiply(options.approxRelativeTolerance());
        return assessRange(direction, plan.subtract(tol), plan.add(tol), actual, DomainText.get("planAssessor.khoang2", num(plan), num(tol)));
    }

    private Assessment assessRange(Direction direction, BigDecimal low, BigDecimal high, BigDecimal actual, String planText) {
        if (low == null || high == null) {
            return missing(DomainText.get("planAssessor.keHoachDangKhoang"));
        }
        BigDecimal lo = low.min(high);
        BigDecimal hi = low.max(high);
        Verdict verdict;
        String where;
        if (actual.compareTo(lo) < 0) {
            verdict = direction == Direction.DOWN ? Verdict.VUOT : Verdict.KHONG_DAT;
            where = DomainText.get("planAssessor.thapHon");
        } else if (actual.compareTo(hi) > 0) {
            verdict = direction == Direction.UP ? Verdict.VUOT : Verdict.KHONG_DAT;
            where = DomainText.get("planAssessor.caoHon");
        } else {
            verdict = Verdict.DAT;
            where = DomainText.get("planAssessor.namTrong");
        }
        return new Assessment(verdict, null, false, DomainText.get("planAssessor.thucHienKeHoach", num(actual), where, planText));
    }

    private Assessment assessMaintain(Direction direction, BigDecimal reference, BigDecimal actual) {
        if (reference == null) {
            return missing(DomainText.get("planAssessor.chuaCoSoKy"));
        }
        int cmp = actual.compareTo(reference);
        boolean kept = direction == Direction.UP ? cmp >= 0 : cmp <= 0;
        return new Assessment(kept ? Verdict.DAT : Verdict.KHONG_DAT, null, false,
                DomainText.get("planAssessor.thucHienMuc", num(actual), (kept ? DomainText.get("planAssessor.giuDuoc") : DomainText.get("planAssessor.khongGiuDuoc")), num(reference)));
    }

    private static Assessment missing(String reason) {
        return new Assessment(Verdict.THIEU_SO_LIEU, null, false, reason);
    }

    /** numerator / denominator × 100 at scale 20, truncated there so a later TRUNCATE display is exact; null for /0. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || numerator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(VietnameseNumbers.HUNDRED).divide(denominator, 20, RoundingMode.DOWN);
    }

    private static String num(BigDecimal v) {
        return v == null ? "?" : VietnameseNumbers.formatTrimmed(v, 6, RoundingPolicy.HALF_UP);
    }
}
