package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanTextTest {
    private static final Indicator UP = new Indicator("LD01", "Việc làm", "lao động", "", IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
    private static final Indicator DOWN = new Indicator("LD06", "Hộ nghèo", "%", "", IndicatorKind.RATE, Direction.DOWN, 2, null, null, null);

    @Test
    void theUsualFormsAreRead() {
        assertThat(PlanText.parse("≥ 300", UP)).isEqualTo(new PlanText.Plan(Comparator.GE, new java.math.BigDecimal("300"), null, "≥ 300"));
        assertThat(PlanText.parse(">= 3.500", UP).value()).isEqualByComparingTo("3500");
        assertThat(PlanText.parse("300 trở lên", UP).comparator()).isEqualTo(Comparator.GE);
        assertThat(PlanText.parse("trên 91,6", UP).comparator()).isEqualTo(Comparator.GT);
        assertThat(PlanText.parse("dưới 3", DOWN).comparator()).isEqualTo(Comparator.LT);
        PlanText.Plan range = PlanText.parse("6,6 – 6,8", UP);
        assertThat(range.comparator()).isEqualTo(Comparator.RANGE);
        assertThat(range.value()).isEqualByComparingTo("6.6");
        assertThat(range.high()).isEqualByComparingTo("6.8");
        assertThat(PlanText.parse("khoảng 4", UP).comparator()).isEqualTo(Comparator.APPROX);
        assertThat(PlanText.parse("duy trì", UP).comparator()).isEqualTo(Comparator.MAINTAIN);
        assertThat(PlanText.parse("đạt", UP).comparator()).isEqualTo(Comparator.STATUS);
        assertThat(PlanText.parse("57%", UP).value()).isEqualByComparingTo("57");
    }

    @Test
    void aBareNumberFollowsTheIndicatorsDirection() {
        assertThat(PlanText.parse("300", UP).comparator()).isEqualTo(Comparator.GE);
        assertThat(PlanText.parse("18", DOWN).comparator()).isEqualTo(Comparator.LE);
    }

    @Test
    void emptyMeansNoTargetAndBadTextIsRefusedInVietnamese() {
        assertThat(PlanText.parse("  ", UP)).isNull();
        assertThat(PlanText.parse("-", UP)).isNull();
        assertThatThrownBy(() -> PlanText.parse("≥ ba trăm", UP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Kế hoạch \"≥ ba trăm\" không đọc được");
        assertThatThrownBy(() -> PlanText.parse("1,435", UP)).hasMessageContaining("1,435");
        assertThatThrownBy(() -> PlanText.parse("8 – 6", UP)).hasMessageContaining("giá trị đầu lớn hơn giá trị cuối");
    }

    @Test
    void sourceDocumentsAreReadIntoTheirParts() {
        SourceDocument d = SourceDocument.parse("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022 của HĐND xã Nấm Dẩn về kế hoạch năm 2023");
        assertThat(d.kind()).isEqualTo("Nghị quyết");
        assertThat(d.number()).isEqualTo("58/NQ-HĐND");
        assertThat(d.date()).isEqualTo(java.time.LocalDate.of(2022, 12, 23));
        assertThat(d.issuer()).isEqualTo("HĐND xã Nấm Dẩn");
        assertThat(d.summary()).isEqualTo("kế hoạch năm 2023");
        assertThat(d.shortName()).isEqualTo("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022");
        assertThat(SourceDocument.parse("Kế hoạch giao đầu năm").citation()).isEqualTo("Kế hoạch giao đầu năm");
        assertThatThrownBy(() -> SourceDocument.parse("Quyết định số 1/QĐ-UBND ngày 30/02/2025")).hasMessageContaining("không có thật");
    }
}
