package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregatorTest {

    private static final List<String> COMMUNES = List.of("XA_A", "XA_B", "XA_C");
    private static final Period Y2023 = Period.year(2023);

    private static Indicator indicator(IndicatorKind kind) {
        return new Indicator("I", "Chỉ tiêu", kind == IndicatorKind.RATE ? "%" : "người", "", kind, Direction.UP, 0, null, null, null);
    }

    private static Observation obs(String area, String value) {
        return Observation.of("I", area, Y2023, value == null ? null : new BigDecimal(value));
    }

    private static Observation obs(String area, Period period, String value) {
        return Observation.of("I", area, period, value == null ? null : new BigDecimal(value));
    }

    private static Observation rate(String area, String numerator, String denominator) {
        BigDecimal n = numerator == null ? null : new BigDecimal(numerator);
        BigDecimal d = denominator == null ? null : new BigDecimal(denominator);
        BigDecimal pct = n == null || d == null ? new BigDecimal("50") : PlanAssessor.ratio(n, d);
        return new Observation("I", area, Y2023, ObservationKind.THUC_HIEN, pct, Qualifier.NONE, n, d, null, null, null, null, "manual");
    }

    @Test
    void flowsAreSummedOverAreas() {
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.COUNT_FLOW), COMMUNES,
                List.of(obs("XA_A", "427"), obs("XA_B", "1836"), obs("XA_C", "15")));

        assertThat(r.status()).isEqualTo(AggregateResult.Status.COMPLETE);
        assertThat(r.value()).isEqualByComparingTo("2278");
        assertThat(r.missing()).isEmpty();
        assertThat(r.used()).containsExactly("XA_A", "XA_B", "XA_C");
    }

    @Test
    void stocksAreSummedOverAreasAndMissingAreasAreReported() {
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.COUNT_STOCK), COMMUNES,
                List.of(obs("XA_A", "100"), obs("XA_C", "50"), obs("XA_B", null), obs("XA_KHAC", "999")));

        assertThat(r.status()).isEqualTo(AggregateResult.Status.PARTIAL);
        assertThat(r.value()).isEqualByComparingTo("150");
        assertThat(r.missing()).containsExactly("XA_B");
        assertThat(r.message()).isEqualTo("Thiếu số liệu của: XA_B; kết quả chỉ gồm 02/03 đơn vị.");
    }

    @Test
    void ratesAreRecomputedFromNumeratorAndDenominatorNotAveraged() {
        // 90/100 and 10/100 and 1/10: the unweighted mean of 90%, 10%, 10% would be 36,67%; the real rate is 101/210
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.RATE), COMMUNES,
                List.of(rate("XA_A", "90", "100"), rate("XA_B", "10", "100"), rate("XA_C", "1", "10")));

        assertThat(r.status()).isEqualTo(AggregateResult.Status.COMPLETE);
        assertThat(r.numerator()).isEqualByComparingTo("101");
        assertThat(r.denominator()).isEqualByComparingTo("210");
        assertThat(RoundingPolicy.HALF_UP.round(r.value(), 2)).isEqualByComparingTo("48.10");
    }

    @Test
    void rateIsNotComputableWhenAnAreaLacksItsParts() {
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.RATE), COMMUNES,
                List.of(rate("XA_A", "90", "100"), rate("XA_B", null, null)));

        assertThat(r.status()).isEqualTo(AggregateResult.Status.NOT_COMPUTABLE);
        assertThat(r.value()).isNull();
        assertThat(r.missing()).containsExactly("XA_B", "XA_C");
        assertThat(r.message()).isEqualTo("Không tính được tỷ lệ chung: thiếu tử số, mẫu số của XA_B, XA_C (không lấy trung bình cộng các tỷ lệ).");
    }

    @Test
    void averageIsWeightedWhenWeightsAreGiven() {
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.AVERAGE), COMMUNES,
                List.of(obs("XA_A", "40"), obs("XA_B", "30"), obs("XA_C", "20")),
                Map.of("XA_A", new BigDecimal("1000"), "XA_B", new BigDecimal("3000"), "XA_C", new BigDecimal("1000")));

        assertThat(r.status()).isEqualTo(AggregateResult.Status.COMPLETE);
        assertThat(r.value()).isEqualByComparingTo("30");
    }

    @Test
    void averageWithoutWeightsIsFlagged() {
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.AVERAGE), COMMUNES,
                List.of(obs("XA_A", "40"), obs("XA_B", "30"), obs("XA_C", "20")), Map.of("XA_A", BigDecimal.ONE));

        assertThat(r.status()).isEqualTo(AggregateResult.Status.NOT_COMPUTABLE);
        assertThat(r.message()).contains("thiếu trọng số").contains("XA_B, XA_C");
        assertThat(Aggregator.overAreas(indicator(IndicatorKind.AVERAGE), COMMUNES,
                List.of(obs("XA_A", "40"), obs("XA_B", "30"), obs("XA_C", "20"))).status())
                .isEqualTo(AggregateResult.Status.NOT_COMPUTABLE);
    }

    @Test
    void averageCanBeRecomputedFromTotals() {
        Observation a = new Observation("I", "XA_A", Y2023, null, new BigDecimal("40"), null, new BigDecimal("40000"), new BigDecimal("1000"), null, null, null, null, null);
        Observation b = new Observation("I", "XA_B", Y2023, null, new BigDecimal("20"), null, new BigDecimal("60000"), new BigDecimal("3000"), null, null, null, null, null);
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.AVERAGE), List.of("XA_A", "XA_B"), List.of(a, b));
        assertThat(r.value()).isEqualByComparingTo("25");
        assertThat(r.denominator()).isEqualByComparingTo("4000");
    }

    @Test
    void statusesAreCounted() {
        List<String> twelve = List.of("X01", "X02", "X03", "X04", "X05", "X06", "X07", "X08", "X09", "X10", "X11", "X12");
        List<Observation> values = twelve.stream().map(code -> obs(code, code.compareTo("X08") <= 0 ? "1" : "0")).toList();

        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.STATUS), twelve, values);

        assertThat(r.status()).isEqualTo(AggregateResult.Status.COMPLETE);
        assertThat(r.count()).isEqualTo(8);
        assertThat(r.total()).isEqualTo(12);
        assertThat(r.value()).isEqualByComparingTo("8");
        assertThat(r.statusText("xã")).isEqualTo("08/12 xã đạt");
    }

    @Test
    void statusCountOverThreeCommunesWithOneMissing() {
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.STATUS), COMMUNES, List.of(obs("XA_A", "1"), obs("XA_B", "0")));
        assertThat(r.status()).isEqualTo(AggregateResult.Status.PARTIAL);
        assertThat(r.statusText("xã")).isEqualTo("01/03 xã đạt");
        assertThat(r.missing()).containsExactly("XA_C");
    }

    @Test
    void changesAreNotAggregated() {
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.CHANGE), COMMUNES, List.of(obs("XA_A", "1")));
        assertThat(r.status()).isEqualTo(AggregateResult.Status.NOT_AGGREGATED);
        assertThat(r.isComputed()).isFalse();
        assertThat(r.message()).isNotBlank();
        assertThat(Aggregator.overTime(indicator(IndicatorKind.CHANGE), List.of(obs("XA_A", "1"))).status())
                .isEqualTo(AggregateResult.Status.NOT_AGGREGATED);
    }

    @Test
    void duplicateFiguresForOneAreaAreRefused() {
        AggregateResult r = Aggregator.overAreas(indicator(IndicatorKind.COUNT_FLOW), COMMUNES, List.of(obs("XA_A", "1"), obs("XA_A", "2")));
        assertThat(r.status()).isEqualTo(AggregateResult.Status.NOT_COMPUTABLE);
        assertThat(r.message()).contains("XA_A");
    }

    @Test
    void noFigureAtAll() {
        assertThat(Aggregator.overAreas(indicator(IndicatorKind.COUNT_FLOW), COMMUNES, List.of()).status())
                .isEqualTo(AggregateResult.Status.NOT_COMPUTABLE);
    }

    // ------------------------------------------------------------ over time

    @Test
    void flowsAreSummedOverQuarters() {
        AggregateResult r = Aggregator.overTime(indicator(IndicatorKind.COUNT_FLOW), List.of(
                obs("XA_A", Period.quarter(2023, 3), "30"), obs("XA_A", Period.quarter(2023, 1), "10"),
                obs("XA_A", Period.quarter(2023, 2), "20"), obs("XA_A", Period.quarter(2023, 4), "40")));
        assertThat(r.status()).isEqualTo(AggregateResult.Status.COMPLETE);
        assertThat(r.value()).isEqualByComparingTo("100");
        assertThat(r.used()).containsExactly("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4");
    }

    @Test
    void overlappingPeriodsAreNotSummed() {
        AggregateResult r = Aggregator.overTime(indicator(IndicatorKind.COUNT_FLOW), List.of(
                obs("XA_A", Period.firstHalf(2023), "60"), obs("XA_A", Period.nineMonths(2023), "90")));
        assertThat(r.status()).isEqualTo(AggregateResult.Status.NOT_COMPUTABLE);
        assertThat(r.message()).contains("6 tháng đầu năm 2023").contains("9 tháng năm 2023");
    }

    @Test
    void stocksTakeTheLatestValue() {
        AggregateResult r = Aggregator.overTime(indicator(IndicatorKind.COUNT_STOCK), List.of(
                obs("XA_A", Period.quarter(2023, 4), "8632"), obs("XA_A", Period.quarter(2023, 1), "9496"),
                obs("XA_A", Period.quarter(2023, 2), "9100")));
        assertThat(r.status()).isEqualTo(AggregateResult.Status.COMPLETE);
        assertThat(r.value()).isEqualByComparingTo("8632");
        assertThat(r.used()).containsExactly("2023-Q4");
    }

    @Test
    void stockWithTheLastPeriodMissingTakesTheLatestKnownAndSaysSo() {
        AggregateResult r = Aggregator.overTime(indicator(IndicatorKind.COUNT_STOCK), List.of(
                obs("XA_A", Period.quarter(2023, 1), "9496"), obs("XA_A", Period.quarter(2023, 2), null)));
        assertThat(r.status()).isEqualTo(AggregateResult.Status.PARTIAL);
        assertThat(r.value()).isEqualByComparingTo("9496");
        assertThat(r.missing()).containsExactly("2023-Q2");
        assertThat(r.message()).isEqualTo("Kỳ cuối chưa có số liệu; lấy số của quý I năm 2023.");
    }

    @Test
    void ratesAreNotAccumulatedOverTime() {
        AggregateResult r = Aggregator.overTime(indicator(IndicatorKind.RATE), List.of(obs("XA_A", Period.quarter(2023, 1), "50")));
        assertThat(r.status()).isEqualTo(AggregateResult.Status.NOT_COMPUTABLE);
        assertThat(r.message()).contains("không cộng dồn theo thời gian");
    }
}
