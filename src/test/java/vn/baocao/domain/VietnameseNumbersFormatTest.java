package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumbersFormatTest {

    @ParameterizedTest(name = "{0} with {1} decimals → {2}")
    @CsvSource(delimiter = '|', value = {
            "1435       | 0 | 1.435",
            "8599.376   | 3 | 8.599,376",
            "-0.35      | 2 | -0,35",
            "0.5        | 1 | 0,5",
            "100        | 2 | 100,00",
            "999        | 0 | 999",
            "1000       | 0 | 1.000",
            "1594530    | 0 | 1.594.530",
            "-1234567.8 | 1 | -1.234.567,8",
            "0          | 0 | 0",
            "-0.001     | 2 | 0,00",
            "2278.5     | 0 | 2.279",
    })
    void formatsHalfUp(String value, int decimals, String expected) {
        assertThat(VietnameseNumbers.format(new BigDecimal(value), decimals, RoundingPolicy.HALF_UP)).isEqualTo(expected);
    }

    @Test
    void formatsLongs() {
        assertThat(VietnameseNumbers.format(2278L)).isEqualTo("2.278");
        assertThat(VietnameseNumbers.format(-70396L)).isEqualTo("-70.396");
    }

    @Test
    void seedRoundingFacts() {
        BigDecimal disbursed = PlanAssessor.ratio(new BigDecimal("8599.376"), new BigDecimal("9023.832"));
        assertThat(VietnameseNumbers.formatPercent(disbursed, 2, RoundingPolicy.TRUNCATE)).isEqualTo("95,29%");
        assertThat(VietnameseNumbers.formatPercent(disbursed, 2, RoundingPolicy.HALF_UP)).isEqualTo("95,30%");

        BigDecimal electronic = PlanAssessor.ratio(new BigDecimal("433"), new BigDecimal("530"));
        assertThat(VietnameseNumbers.formatPercent(electronic, 2, RoundingPolicy.TRUNCATE)).isEqualTo("81,69%");
        assertThat(VietnameseNumbers.formatPercent(electronic, 2, RoundingPolicy.HALF_UP)).isEqualTo("81,70%");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2.345  | HALF_UP  | 2,35",
            "2.345  | TRUNCATE | 2,34",
            "-2.345 | HALF_UP  | -2,35",
            "-2.349 | TRUNCATE | -2,34",
            "2.3    | TRUNCATE | 2,30",
    })
    void roundingPolicies(String value, RoundingPolicy policy, String expected) {
        assertThat(VietnameseNumbers.format(new BigDecimal(value), 2, policy)).isEqualTo(expected);
    }

    @Test
    void roundingPolicyModes() {
        assertThat(RoundingPolicy.defaultPolicy()).isEqualTo(RoundingPolicy.HALF_UP);
        assertThat(RoundingPolicy.TRUNCATE.mode()).isEqualTo(RoundingMode.DOWN);
        assertThat(RoundingPolicy.TRUNCATE.round(new BigDecimal("81.698"), 2)).isEqualByComparingTo("81.69");
    }

    @Test
    void percentFormatting() {
        assertThat(VietnameseNumbers.formatPercent(new BigDecimal("125.87"), 2, RoundingPolicy.HALF_UP)).isEqualTo("125,87%");
        assertThat(VietnameseNumbers.formatPercent(new BigDecimal("100"), 2, RoundingPolicy.HALF_UP)).isEqualTo("100,00%");
        assertThat(VietnameseNumbers.formatPercentTrimmed(new BigDecimal("100"), 2, RoundingPolicy.HALF_UP)).isEqualTo("100%");
        assertThat(VietnameseNumbers.formatPercentTrimmed(new BigDecimal("75.000"), 2, RoundingPolicy.HALF_UP)).isEqualTo("75%");
        assertThat(VietnameseNumbers.formatPercentTrimmed(new BigDecimal("8.3333"), 2, RoundingPolicy.HALF_UP)).isEqualTo("8,33%");
        assertThat(VietnameseNumbers.formatPercentTrimmed(new BigDecimal("106.6666"), 2, RoundingPolicy.HALF_UP)).isEqualTo("106,67%");
        assertThat(VietnameseNumbers.formatPercentTrimmed(new BigDecimal("106.6666"), 2, RoundingPolicy.TRUNCATE)).isEqualTo("106,66%");
        assertThat(VietnameseNumbers.formatPercentTrimmed(new BigDecimal("95.30"), 2, RoundingPolicy.HALF_UP)).isEqualTo("95,3%");
        assertThat(VietnameseNumbers.formatPercentTrimmed(new BigDecimal("1250"), 2, RoundingPolicy.HALF_UP)).isEqualTo("1.250%");
    }

    @Test
    void pointsFormatting() {
        assertThat(VietnameseNumbers.formatPoints(new BigDecimal("5.2"), 2, RoundingPolicy.HALF_UP)).isEqualTo("5,2 điểm %");
        assertThat(VietnameseNumbers.formatPoints(new BigDecimal("-0.37"), 2, RoundingPolicy.HALF_UP)).isEqualTo("-0,37 điểm %");
    }

    @Test
    void twoDigitCounts() {
        assertThat(VietnameseNumbers.twoDigits(9)).isEqualTo("09");
        assertThat(VietnameseNumbers.twoDigits(0)).isEqualTo("00");
        assertThat(VietnameseNumbers.twoDigits(12)).isEqualTo("12");
        assertThat(VietnameseNumbers.twoDigits(1435)).isEqualTo("1.435");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1435 | 0", "8599.376 | 3", "-0.35 | 2", "1594530 | 0", "0.5 | 1"})
    void formatThenStrictParseRoundTrips(String value, int decimals) {
        String text = VietnameseNumbers.format(new BigDecimal(value), decimals);
        assertThat(VietnameseNumbers.parseStrictValue(text)).isEqualByComparingTo(value);
    }
}
