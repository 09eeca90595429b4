package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearOnYearChangeTest {

    private static final Indicator INSURED = new Indicator("BH02", "Số người tham gia bảo hiểm y tế", "người", "BHXH",
            IndicatorKind.COUNT_STOCK, Direction.UP, 0, null, null, null);
    private static final Indicator TRAINED = new Indicator("LD04", "Tỷ lệ lao động qua đào tạo", "%", "LĐ-TB&XH",
            IndicatorKind.RATE, Direction.UP, 1, null, null, null);
    private static final AssessmentOptions DEFAULTS = AssessmentOptions.defaults();

    private static YearOnYearChange change(Indicator i, String current, String previous) {
        return YearOnYearChange.of(i, new BigDecimal(current), new BigDecimal(previous)).orElseThrow();
    }

    @Test
    void countChangeAbsoluteAndRelative() {
        YearOnYearChange c = change(INSURED, "70396", "69435");
        assertThat(c.rate()).isFalse();
        assertThat(c.absolute()).isEqualByComparingTo("961");
        assertThat(RoundingPolicy.HALF_UP.round(c.relative(), 2)).isEqualByComparingTo("1.38");
        assertThat(c.points()).isNull();
        assertThat(c.direction()).isEqualTo(ChangeDirection.TANG);
        assertThat(c.describeAbsolute("người", 0, RoundingPolicy.HALF_UP)).isEqualTo("tăng 961 người");
        assertThat(c.describe(DEFAULTS, "người", 0)).isEqualTo("tăng 961 người (tăng 1,38%)");
    }

    @Test
    void seedInsuranceRevenueWritesBothForms() {
        YearOnYearChange c = change(INSURED, "67148", "59732");
        assertThat(c.describe(DEFAULTS.withRounding(RoundingPolicy.TRUNCATE), "triệu đồng", 0))
                .isEqualTo("tăng 7.416 triệu đồng (tăng 12,41%)");
        assertThat(c.describe(DEFAULTS, "triệu đồng", 0)).isEqualTo("tăng 7.416 triệu đồng (tăng 12,42%)");
    }

    @Test
    void decrease() {
        YearOnYearChange c = change(INSURED, "1056", "1146");
        assertThat(c.direction()).isEqualTo(ChangeDirection.GIAM);
        assertThat(c.describeAbsolute("người", 0, RoundingPolicy.HALF_UP)).isEqualTo("giảm 90 người");
        assertThat(c.describeRelative(2, RoundingPolicy.HALF_UP)).isEqualTo("giảm 7,85%");
    }

    @Test
    void noChange() {
        YearOnYearChange c = change(INSURED, "3", "3");
        assertThat(c.direction()).isEqualTo(ChangeDirection.KHONG_DOI);
        assertThat(c.describe(DEFAULTS, "trường", 0)).isEqualTo("không đổi");
    }

    @Test
    void relativeIsNullWhenPreviousIsZero() {
        YearOnYearChange c = change(INSURED, "5", "0");
        assertThat(c.relative()).isNull();
        assertThat(c.describeRelative(2, RoundingPolicy.HALF_UP)).isEmpty();
        assertThat(c.describe(DEFAULTS, "vụ", 0)).isEqualTo("tăng 5 vụ");
    }

    @Test
    void negativePreviousKeepsTheDirectionOfTheRelativeChange() {
        YearOnYearChange c = change(INSURED, "-1", "-2");
        assertThat(c.relative()).isEqualByComparingTo("50");
    }

    @Test
    void rateChangeIsInPoints() {
        YearOnYearChange c = change(TRAINED, "57", "51.8");
        assertThat(c.rate()).isTrue();
        assertThat(c.points()).isEqualByComparingTo("5.2");
        assertThat(RoundingPolicy.HALF_UP.round(c.relative(), 2)).isEqualByComparingTo("10.04");
        assertThat(c.describe(DEFAULTS, "%", 1)).isEqualTo("tăng 5,2 điểm %");
        assertThat(c.describe(DEFAULTS.withChangeWording(ChangeWording.LEGACY_PERCENT), "%", 1)).isEqualTo("tăng 5,2%");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "19.4  | 19.77 | POINTS         | giảm 0,37 điểm %",
            "19.4  | 19.77 | LEGACY_PERCENT | giảm 0,37%",
            "1.48  | 1.68  | POINTS         | giảm 0,2 điểm %",
            "64    | 62    | POINTS         | tăng 2 điểm %",
            "56    | 56    | POINTS         | không đổi",
    })
    void rateWording(String current, String previous, ChangeWording wording, String expected) {
        assertThat(change(TRAINED, current, previous).describePoints(wording, 2, RoundingPolicy.HALF_UP)).isEqualTo(expected);
    }

    @Test
    void tinyChangeThatRoundsToZeroReadsAsNoChange() {
        assertThat(change(TRAINED, "57.001", "57").describePoints(ChangeWording.POINTS, 2, RoundingPolicy.HALF_UP)).isEqualTo("không đổi");
    }

    @Test
    void missingFigureGivesNoChange() {
        assertThat(YearOnYearChange.of(INSURED, null, BigDecimal.ONE)).isEmpty();
        assertThat(YearOnYearChange.of(INSURED, BigDecimal.ONE, null)).isEmpty();
    }

    @Test
    void pointsDescriptionIsEmptyForCounts() {
        assertThat(change(INSURED, "2", "1").describePoints(ChangeWording.POINTS, 2, RoundingPolicy.HALF_UP)).isEmpty();
    }
}
