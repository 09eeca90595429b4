package vn.baocao.importing.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The factor from a row's unit to the catalog's, only for the same measure on another scale. */
class UnitScalesTest {
    @Test
    void convertsBetweenScalesOfOneMeasure() {
        assertThat(UnitScales.factor("nghìn đồng", "triệu đồng")).isEqualByComparingTo("0.001");
        assertThat(UnitScales.factor("1.000 đồng", "triệu đồng")).isEqualByComparingTo("0.001");
        assertThat(UnitScales.factor("Tỷ đồng", "triệu đồng")).isEqualByComparingTo("1000");
        assertThat(UnitScales.factor("nghìn đồng/người/năm", "triệu đồng/người/năm")).isEqualByComparingTo("0.001");
        assertThat(UnitScales.factor("‰", "%")).isEqualByComparingTo("0.1");
        assertThat(UnitScales.factor("tạ/ha", "tấn/ha")).isEqualByComparingTo("0.1");
        assertThat(UnitScales.factor("m2", "ha")).isEqualByComparingTo("0.0001");
        assertThat(UnitScales.factor("m²", "ha")).isEqualByComparingTo("0.0001");
        assertThat(UnitScales.factor("km²", "ha")).isEqualByComparingTo("100");
    }

    @Test
    void readsTheAbbreviationsOfMoneyUnits() {
        assertThat(UnitScales.factor("Ng.đ", "triệu đồng")).isEqualByComparingTo("0.001");
        assertThat(UnitScales.factor("1000đ", "triệu đồng")).isEqualByComparingTo("0.001");
        assertThat(UnitScales.factor("Ng.đ/người/năm", "triệu đồng/người/năm")).isEqualByComparingTo("0.001");
        assertThat(UnitScales.factor("Tỷ", "triệu đồng")).isEqualByComparingTo("1000");
        assertThat(UnitScales.factor("Tr.đ", "triệu đồng")).isNull();
        assertThat(UnitScales.factor("Trđ", "triệu đồng")).isNull();
    }

    @Test
    void noFactorForTheSameUnitAnotherMeasureOrAnUnknownOne() {
        assertThat(UnitScales.factor("triệu đồng", "Triệu đồng")).isNull();
        assertThat(UnitScales.factor("ha", "tấn")).isNull();
        assertThat(UnitScales.factor("nghìn đồng/người", "triệu đồng/người/năm")).isNull();
        assertThat(UnitScales.factor("sào", "ha")).isNull();
        assertThat(UnitScales.factor("", "triệu đồng")).isNull();
        assertThat(UnitScales.factor("tấn", "")).isNull();
    }

    @Test
    void knowsUnitsOfAScaleNotRemarks() {
        assertThat(UnitScales.knows("ha")).isTrue();
        assertThat(UnitScales.knows("nghìn đồng")).isTrue();
        assertThat(UnitScales.knows("tạ/ha")).isTrue();
        assertThat(UnitScales.knows("đa chiều")).isFalse();
        assertThat(UnitScales.knows("tăng")).isFalse();
        assertThat(UnitScales.knows("")).isFalse();
    }

    /** Lengths and volumes are scales too: a road in m for an indicator in km is divided by 1 000. */
    @Test
    void convertsLengthsAndVolumes() {
        assertThat(UnitScales.factor("m", "km")).isEqualByComparingTo("0.001");
        assertThat(UnitScales.factor("lít", "m3")).isEqualByComparingTo("0.001");
        assertThat(UnitScales.factor("usd", "triệu đồng")).isNull();
        assertThat(UnitScales.factor("mẫu", "ha")).isNull();
    }

    /** One table says what a unit measures, for the matcher's refusals as for the conversions. */
    @Test
    void theMatchersMeasuresAreTheScalesMeasures() {
        assertThat(UnitKinds.differ(IndicatorMatcher.unitKey("Ng.đ"), IndicatorMatcher.unitKey("ha"))).isTrue();
        assertThat(UnitKinds.differ(IndicatorMatcher.unitKey("Ng.đ"), IndicatorMatcher.unitKey("triệu đồng")))
                .isFalse();
        assertThat(UnitKinds.differ(IndicatorMatcher.unitKey("sào"), IndicatorMatcher.unitKey("tấn"))).isTrue();
        assertThat(UnitKinds.differ(IndicatorMatcher.unitKey("hộ"), IndicatorMatcher.unitKey("tấn"))).isFalse();
    }
}
