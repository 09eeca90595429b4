package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueSanityTest {
    private static ValueSanity.Check check(IndicatorKind kind, String unit, String value) {
        return ValueSanity.check(kind, unit, new BigDecimal(value));
    }

    @Test
    void countsOfPeopleAreNotNegativeAndDecimalsAreFlagged() {
        assertThat(check(IndicatorKind.COUNT_STOCK, "người", "-5").refusal()).contains("số âm").contains("người");
        ValueSanity.Check half = check(IndicatorKind.COUNT_FLOW, "hộ", "12.5");
        assertThat(half.refused()).isFalse();
        assertThat(half.warning()).contains("thường là số nguyên").contains("12,5");
        assertThat(check(IndicatorKind.COUNT_FLOW, "vụ; người", "3.0").refused()).isFalse();
        assertThat(check(IndicatorKind.COUNT_FLOW, "người", "2278").refused()).isFalse();
    }

    @Test
    void moneyAreaAndWeightMayHaveDecimalsButAreNotNegative() {
        assertThat(check(IndicatorKind.COUNT_FLOW, "triệu đồng", "8599.376").refused()).isFalse();
        assertThat(check(IndicatorKind.COUNT_FLOW, "ha", "12.5").refused()).isFalse();
        assertThat(check(IndicatorKind.COUNT_FLOW, "tấn", "-1").refused()).isTrue();
    }

    @Test
    void ratesOutsideZeroToHundredAreFlaggedNotRefusedAndChangesMayBeNegative() {
        ValueSanity.Check over = check(IndicatorKind.RATE, "%", "150.76");
        assertThat(over.refused()).isFalse();
        assertThat(over.warning()).contains("150,76%").contains("ngoài khoảng 0–100%");
        assertThat(check(IndicatorKind.RATE, "%", "-0.5").warning()).isNotNull();
        assertThat(check(IndicatorKind.RATE, "%", "65.08").warning()).isNull();
        assertThat(check(IndicatorKind.CHANGE, "điểm %", "-5.2").refused()).isFalse();
        assertThat(check(IndicatorKind.CHANGE, "điểm %", "-5.2").warning()).isNull();
    }

    @Test
    void atMostFifteenSignificantDigitsAndNoHugeNumbers() {
        assertThat(check(IndicatorKind.COUNT_FLOW, "triệu đồng", "123456789012345").refused()).isFalse();
        assertThat(check(IndicatorKind.COUNT_FLOW, "triệu đồng", "1234567890123456").refusal()).contains("số quá lớn");
        assertThat(check(IndicatorKind.COUNT_FLOW, "triệu đồng", "1.23456789012345678").refusal())
                .contains("quá nhiều chữ số");
        String huge = "9".repeat(5000);
        ValueSanity.Check c = check(IndicatorKind.RATE, "%", huge);
        assertThat(c.refusal()).contains("số quá lớn").contains("5000 ký tự").hasSizeLessThan(200);
        assertThat(check(IndicatorKind.CHANGE, "điểm %", "1E+5000").refused()).isTrue();
        assertThat(check(IndicatorKind.COUNT_FLOW, "người", "1000000000000000000000").refusal()).contains("số quá lớn");
    }

    @Test
    void trailingZerosAreNotSignificantDigitsAndAWholeNumberWrittenWithDecimalsIsNotFlagged() {
        // 17 digits as written, 3 significant: a spreadsheet's "1,20000000000000000" is 1,2
        assertThat(check(IndicatorKind.COUNT_FLOW, "triệu đồng", "1.20000000000000000").refused()).isFalse();
        assertThat(check(IndicatorKind.COUNT_FLOW, "triệu đồng", "1.23456789012345000").refused()).isFalse();
        assertThat(check(IndicatorKind.COUNT_FLOW, "triệu đồng", "1.2345678901234567000").refusal())
                .contains("quá nhiều chữ số").contains("17");
        assertThat(check(IndicatorKind.COUNT_FLOW, "người", "1.2E+3").warning()).isNull();
        assertThat(check(IndicatorKind.COUNT_FLOW, "người", "12.00").warning()).isNull();
        assertThat(check(IndicatorKind.COUNT_FLOW, " Người ", "12.50").warning()).contains("12,50");
        assertThat(check(IndicatorKind.COUNT_STOCK, null, "12.5").warning()).isNull();
        assertThat(check(IndicatorKind.COUNT_STOCK, null, "-1").refusal()).contains("số âm").doesNotContain("null");
        assertThat(check(IndicatorKind.RATE, null, "150").warning()).isNull(); // only a rate in "%" is bounded
    }

    @Test
    void minusZeroIsZero() {
        ValueSanity.Check c = check(IndicatorKind.COUNT_STOCK, "người", "-0");
        assertThat(c.refused()).isFalse();
        assertThat(c.value().signum()).isZero();
        assertThat(c.value().toPlainString()).isEqualTo("0");
        assertThat(check(IndicatorKind.RATE, "%", "-0.00").value().toPlainString()).isEqualTo("0.00");
    }

    @Test
    void theStoresRefusalOnlyCheckGivesTheSameValueAndRefusalWithoutTheWarningText() {
        String[] values = {"-5", "12.5", "3.0", "2278", "0", "-0", "-0.00", "150.76", "-0.5", "65.08", "1e20",
                "1234567890.1234567", "8599.376"};
        for (IndicatorKind kind : IndicatorKind.values()) {
            for (String unit : new String[] {"người", "hộ", "%", "triệu đồng", "điểm %", ""}) {
                Indicator indicator = new Indicator("X", "Thử", unit, "Thử", kind, Direction.NONE, 0, null, null, null);
                for (String v : values) {
                    ValueSanity.Check full = ValueSanity.check(indicator, new BigDecimal(v));
                    ValueSanity.Check store = ValueSanity.refusalOnly(indicator, new BigDecimal(v));
                    assertThat(store.value()).as("%s %s %s", kind, unit, v).isEqualTo(full.value());
                    assertThat(store.refusal()).as("%s %s %s", kind, unit, v).isEqualTo(full.refusal());
                    assertThat(store.warning()).isNull();
                }
            }
        }
        assertThat(ValueSanity.check(new Indicator("X", "Thử", "hộ", "Thử", IndicatorKind.COUNT_FLOW, Direction.NONE, 0,
                null, null, null), new BigDecimal("12.5")).warning()).isNotNull(); // the comparison above is not empty
    }
}
