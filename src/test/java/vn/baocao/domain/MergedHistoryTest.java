package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A merged unit's figures before the merger, aggregated from its former units, for every kind of indicator. */
class MergedHistoryTest {
    private static final List<String> FORMER = List.of("A", "B", "C");
    private static final List<String> NAMES = List.of("Chế Là", "Nà Chì", "Nấm Dẩn");
    private static final Period Y2024 = Period.year(2024);

    private static Indicator indicator(IndicatorKind kind) {
        String unit = kind == IndicatorKind.RATE ? "%" : kind == IndicatorKind.STATUS ? "Đạt/Chưa đạt" : "người";
        return new Indicator("I", "Chỉ tiêu", unit, "", kind, Direction.UP, 0, null, null, null);
    }

    private static Observation obs(String area, String value) {
        return Observation.of("I", area, Y2024, value == null ? null : new BigDecimal(value));
    }

    private static Observation rate(String area, String numerator, String denominator) {
        BigDecimal n = numerator == null ? null : new BigDecimal(numerator);
        BigDecimal d = denominator == null ? null : new BigDecimal(denominator);
        BigDecimal pct = n == null || d == null ? new BigDecimal("50") : PlanAssessor.ratio(n, d);
        return new Observation("I", area, Y2024, ObservationKind.THUC_HIEN, pct, Qualifier.NONE, n, d, null, null, null, null, "manual");
    }

    private static DerivedFigure derive(IndicatorKind kind, List<Observation> former, List<Observation> own) {
        List<DerivedFigure> all = MergedHistory.derive(List.of(indicator(kind)), "NEW", Y2024, FORMER, NAMES, "các xã", former, own);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void flowsAreSummedAndMarkedDerived() {
        DerivedFigure d = derive(IndicatorKind.COUNT_FLOW, List.of(obs("A", "120"), obs("B", "95"), obs("C", "85")), List.of());
        assertThat(d.derived()).isTrue();
        assertThat(d.figure().value()).isEqualByComparingTo("300");
        assertThat(d.figure().areaCode()).isEqualTo("NEW");
        assertThat(DerivedFigure.isDerived(d.figure())).isTrue();
        assertThat(d.figure().note()).isEqualTo("số liệu năm 2024 là tổng của các xã Chế Là, Nà Chì, Nấm Dẩn trước sắp xếp");
    }

    @Test
    void stocksAreSummedAndAMissingUnitIsSaid() {
        DerivedFigure d = derive(IndicatorKind.COUNT_STOCK, List.of(obs("A", "3100"), obs("C", "2900")), List.of());
        assertThat(d.figure().value()).isEqualByComparingTo("6000");
        assertThat(d.sum().status()).isEqualTo(AggregateResult.Status.PARTIAL);
        assertThat(d.figure().note()).contains("Thiếu số liệu của: B");
    }

    @Test
    void ratesAreRecomputedFromNumeratorsAndDenominators() {
        DerivedFigure d = derive(IndicatorKind.RATE, List.of(rate("A", "30", "100"), rate("B", "10", "200"), rate("C", "20", "100")),
                List.of());
        assertThat(d.figure().value()).isEqualByComparingTo("15"); // 60 / 400, not the mean of 30, 5 and 20
        assertThat(d.figure().numerator()).isEqualByComparingTo("60");
        assertThat(d.figure().denominator()).isEqualByComparingTo("400");
        assertThat(d.figure().note()).startsWith("tỷ lệ năm 2024 tính lại từ tử số, mẫu số của các xã");
    }

    @Test
    void aRateWithoutItsPartsIsNotComputableAndNothingIsInvented() {
        DerivedFigure d = derive(IndicatorKind.RATE, List.of(rate("A", "30", "100"), rate("B", null, null), rate("C", "20", "100")),
                List.of());
        assertThat(d.figure()).isNull();
        assertThat(d.derived()).isFalse();
        assertThat(d.sum().status()).isEqualTo(AggregateResult.Status.NOT_COMPUTABLE);
        assertThat(d.sum().message()).contains("thiếu tử số, mẫu số của B");
        assertThat(MergedHistory.withDerived(List.of(), List.of(d))).isEmpty();
    }

    @Test
    void averagesComeFromTheirParts() {
        Observation a = new Observation("I", "A", Y2024, ObservationKind.THUC_HIEN, new BigDecimal("40"), Qualifier.NONE,
                new BigDecimal("4000"), new BigDecimal("100"), null, null, null, null, "manual");
        Observation b = new Observation("I", "B", Y2024, ObservationKind.THUC_HIEN, new BigDecimal("30"), Qualifier.NONE,
                new BigDecimal("9000"), new BigDecimal("300"), null, null, null, null, "manual");
        DerivedFigure d = derive(IndicatorKind.AVERAGE, List.of(a, b), List.of());
        assertThat(d.figure().value()).isEqualByComparingTo("32.5"); // 13 000 / 400
        assertThat(d.sum().status()).isEqualTo(AggregateResult.Status.PARTIAL);
    }

    @Test
    void statusesAreCountedAndNeverAssessedAsTheNewUnitsStatus() {
        DerivedFigure d = derive(IndicatorKind.STATUS, List.of(obs("A", "1"), obs("B", "0"), obs("C", "1")), List.of());
        assertThat(d.derived()).isTrue();
        assertThat(d.figure().value()).isNull();
        assertThat(d.figure().textAsWritten()).isEqualTo("02/03 đơn vị đạt");
        assertThat(d.figure().note()).startsWith("năm 2024: 02/03 đơn vị đạt");
    }

    @Test
    void changesAreNotAggregated() {
        DerivedFigure d = derive(IndicatorKind.CHANGE, List.of(obs("A", "1.2"), obs("B", "0.8")), List.of());
        assertThat(d.figure()).isNull();
        assertThat(d.sum().status()).isEqualTo(AggregateResult.Status.NOT_AGGREGATED);
    }

    @Test
    void aFigureStoredOnTheNewUnitWinsAndADifferenceIsReported() {
        List<Observation> former = List.of(obs("A", "120"), obs("B", "95"), obs("C", "85"));
        DerivedFigure differs = derive(IndicatorKind.COUNT_FLOW, former, List.of(obs("NEW", "310")));
        assertThat(differs.derived()).isFalse();
        assertThat(differs.figure().value()).isEqualByComparingTo("310");
        assertThat(DerivedFigure.isDerived(differs.figure())).isFalse();
        assertThat(differs.differs()).isTrue();
        assertThat(MergedHistory.withDerived(List.of(obs("NEW", "310")), List.of(differs))).hasSize(1);

        DerivedFigure same = derive(IndicatorKind.COUNT_FLOW, former, List.of(obs("NEW", "300.0")));
        assertThat(same.differs()).isFalse();
    }

    @Test
    void theMostFinalFigureOfEachFormerUnitCounts() {
        Observation estimate = new Observation("I", "A", Y2024, ObservationKind.UOC, new BigDecimal("999"), Qualifier.NONE,
                null, null, null, null, null, null, "manual");
        DerivedFigure d = derive(IndicatorKind.COUNT_FLOW, List.of(estimate, obs("A", "120"), obs("B", "80")), List.of());
        assertThat(d.figure().value()).isEqualByComparingTo("200");
        assertThat(d.figure().kind()).isEqualTo(ObservationKind.THUC_HIEN);
    }
}
