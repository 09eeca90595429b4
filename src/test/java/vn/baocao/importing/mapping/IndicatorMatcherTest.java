package vn.baocao.importing.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;

/** Abbreviations, prefixes, words in brackets and units in matching names to the catalog. */
class IndicatorMatcherTest {
    static Indicator ind(String code, String name, String unit) {
        return new Indicator(code, name, unit, "", IndicatorKind.COUNT_FLOW, Direction.NONE, 0, null, null, null);
    }

    static final IndicatorMatcher MATCHER = new IndicatorMatcher(List.of(
            ind("BH01", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%"),
            ind("BH05", "Số người tham gia bảo hiểm thất nghiệp", "người"),
            ind("LD07", "Số hộ nghèo", "hộ"),
            ind("LD08", "Số hộ nghèo giảm (thoát nghèo) trong năm", "hộ"),
            ind("LD10", "Tỷ lệ hộ cận nghèo", "%"),
            ind("YT01", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%"),
            ind("VH01", "Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "%"),
            ind("KT04", "Tổng sản lượng lương thực có hạt", "tấn"),
            ind("KT09", "Số hợp tác xã thành lập mới", "HTX")));

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Tỷ lệ dân số tham gia BHYT|%|BH01", "Số người tham gia BHTN|người|BH05", "Số hộ thoát nghèo|hộ|LD08",
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ|%|YT01", "Tỷ lệ hộ đạt danh hiệu GĐVH|%|VH01",
            "Số HTX thành lập mới|HTX|KT09", "Số hộ nghèo|hộ|LD07"})
    void matchesByItselfWhatAPersonWouldMatch(String name, String unit, String code) {
        List<IndicatorMatch> found = MATCHER.candidates(name, unit);
        assertThat(found.get(0).indicator().code()).isEqualTo(code);
        assertThat(found.get(0).automatic()).isTrue();
        assertThat(found.size() == 1 || found.get(1).confidence() < found.get(0).confidence()).isTrue();
    }

    @Test
    void aRowInHaIsNeverAnIndicatorInTan() {
        assertThat(MATCHER.candidates("Tổng sản lượng lương thực có hạt", "Ha")).isEmpty();
        assertThat(MATCHER.candidates("Tổng sản lượng lương thực có hạt", "tấn").get(0).confidence()).isEqualTo(1.0);
    }

    @Test
    void twoWordsAreNotEnoughToMatchByParts() {
        assertThat(MATCHER.candidates("Hộ nghèo", "hộ")).allMatch(m -> !m.automatic());
    }

    /** "m²" as typed is an area, so a row in m² is the same measure as an indicator in ha, never a length. */
    @Test
    void aSquareMetreTypedWithItsSuperscriptIsAnArea() {
        assertThat(IndicatorMatcher.unitKey("m²")).isEqualTo("m2");
        assertThat(IndicatorMatcher.unitKey("km²")).isEqualTo("km2");
        assertThat(UnitKinds.differ(IndicatorMatcher.unitKey("m²"), IndicatorMatcher.unitKey("ha"))).isFalse();
        assertThat(UnitKinds.differ(IndicatorMatcher.unitKey("m²"), IndicatorMatcher.unitKey("km"))).isTrue();
    }
}
