package vn.baocao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.baocao.domain.text.DomainText;

/**
 * The plans a report of a period is measured against. A plan set for the period itself counts as it is. A report of a
 * shorter period (tháng, quý, 6 tháng, 9 tháng) without one is measured against the year's plan ("đạt 45% kế hoạch
 * năm", seed 000 and 002); only when the clerk asks for it is a flow's year plan pro-rated by months ("kế hoạch theo
 * tiến độ"), since a flow's year plan is not spread evenly by any rule the office has written down.
 */
public final class PeriodPlans {
    /** The start of a pro-rated plan's written text; how the wording tells it from a plan set for the period. */
    public static final String PRO_RATA_MARK = DomainText.get("periodPlans.theoTienDo");

    private PeriodPlans() {
    }

    /**
     * @param targets targets of the period and of its year (others are ignored)
     * @param proRata pro-rate a flow's year plan by the period's months
     */
    public static List<Target> forPeriod(Period period, Collection<Target> targets, Collection<Indicator> catalog, boolean proRata) {
        List<Target> out = new ArrayList<>();
        Set<String> own = new HashSet<>();
        for (Target t : targets) {
            if (t.period().equals(period)) {
                out.add(t);
                own.add(t.indicatorCode() + "|" + t.issuer());
            }
        }
        if (period.type() == PeriodType.YEAR) {
            return out;
        }
        Period year = Period.year(period.end().getYear());
        for (Target t : targets) {
            if (!t.period().equals(year) || own.contains(t.indicatorCode() + "|" + t.issuer())) {
                continue;
            }
            Indicator indicator = catalog.stream().filter(i -> i.code().equals(t.indicatorCode())).findFirst().orElse(null);
            if (proRata && indicator != null && indicator.kind() == IndicatorKind.COUNT_FLOW && t.value() != null) {
                out.add(proRated(t, period, indicator));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the plan is the year's plan used for a shorter period (its percent is "của kế hoạch năm"). */
    public static boolean isYearPlanFor(Target t, Period period) {
        return t != null && period.type() != PeriodType.YEAR && t.period().type() == PeriodType.YEAR;
    }

    public static boolean isProRated(Target t) {
        return t != null && t.textAsWritten() != null && t.textAsWritten().startsWith(PRO_RATA_MARK);
    }

    /** The months a period's figure covers: from January for 6 tháng and 9 tháng, its own months otherwise. */
    public static int months(Period period) {
        int last = period.end().getMonthValue();
        int first = period.cumulative() ? 1 : period.start().getMonthValue();
        return last - first + 1;
    }

    static Target proRated(Target t, Period period, Indicator indicator) {
        int months = months(period);
        BigDecimal share = BigDecimal.valueOf(months);
        BigDecimal value = scale(t.value(), share, indicator);
        BigDecimal high = t.valueHigh() == null || t.comparator() != Comparator.RANGE ? t.valueHigh() : scale(t.valueHigh(), share, indicator);
        String text = PRO_RATA_MARK + DomainText.get("periodPlans.keHoachNam", months, period.end().getYear(),
                VietnameseNumbers.formatTrimmed(t.value(), indicator.decimals(), RoundingPolicy.HALF_UP));
        return new Target(t.indicatorCode(), t.areaCode(), period, t.issuer(), t.comparator(), value, high, text);
    }

    private static BigDecimal scale(BigDecimal v, BigDecimal months, Indicator indicator) {
        return v.multiply(months).divide(BigDecimal.valueOf(12), Math.max(indicator.decimals(), 0), RoundingMode.HALF_UP);
    }
}
