package vn.baocao.importing.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellValueReaderTest {

    /** The decimal of a stored double by the general rule: Excel's 15 significant digits, trailing zeros removed. */
    private static BigDecimal general(double number, boolean percent) {
        BigDecimal value = new BigDecimal(number).round(new MathContext(15));
        if (percent) {
            value = value.multiply(BigDecimal.valueOf(100));
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Test
    void wholeNumbersReadExactlyAsTheGeneralRuleIncludingScale() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 10.0, 1000.0, 80762.0, 1_000_000.0,
                999_999_999_999_999.0, -999_999_999_999_999.0, 1e15, 1e15 + 2, 123_456_789_012_345.0, 9_007_199_254_740_992.0,
                1e20, 0.5, 1.25, 106.67, 0.1 + 0.2, 1e-7, 3.0e14));
        Random random = new Random(26);
        for (int i = 0; i < 20_000; i++) {
            values.add((double) (random.nextLong() % 2_000_000_000_000L));
            values.add(Math.rint(random.nextGaussian() * 1e6));
            values.add(random.nextDouble() * 1e4);
        }
        for (double v : values) {
            for (String format : new String[] {"General", "#,##0", "0.00%", "0%"}) {
                BigDecimal read = CellValueReader.fromDouble(v, format);
                BigDecimal expected = general(v, format.contains("%"));
                assertThat(read).as("%s as %s", v, format).isEqualTo(expected);
                assertThat(read.scale()).as("scale of %s as %s", v, format).isEqualTo(expected.scale());
            }
        }
    }

    @Test
    void numbersWithFewDecimalsReadExactlyAsTheGeneralRuleIncludingScale() {
        List<Double> values = new ArrayList<>(List.of(0.25, -0.25, 1234.25, 0.1, 0.3, 0.1 + 0.2, 106.67, 1e-9, 1.5e-9,
                123_456_789_012.345, 999_999_999_999.99, 99_999_999_999_999.9, 999_999_999_999_999.9, 1e15 + 0.5,
                0.123456789, 0.1234567891, 2.675, 1.005, 3.0e-5, 5e-324, Double.MIN_NORMAL, Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, 0.8546, 12.3456789012345, 1.0 / 3, 2.0 / 3));
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            int decimals = 1 + random.nextInt(10);
            long digits = random.nextLong() % 10_000_000_000_000_000L;
            values.add(digits / Math.pow(10, decimals));
            values.add(random.nextInt(10_000_000) / Math.pow(10, 1 + random.nextInt(9)));
            values.add(random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15));
        }
        for (double v : values) {
            for (String format : new String[] {"General", "#,##0.00", "0.00%", "0%"}) {
                boolean percent = format.contains("%");
                BigDecimal few = CellValueReader.fewDecimals(v, percent);
                if (few != null) {
                    BigDecimal expected = general(v, percent);
                    assertThat(few).as("%s as %s", v, format).isEqualTo(expected);
                    assertThat(few.scale()).as("scale of %s as %s", v, format).isEqualTo(expected.scale());
                }
                if (!Double.isInfinite(v)) {
                    assertThat(CellValueReader.fromDouble(v, format)).as("%s as %s", v, format)
                            .isEqualTo(general(v, percent));
                }
            }
        }
        assertThat(CellValueReader.fewDecimals(1234.25, false)).isEqualTo(new BigDecimal("1234.25"));
        assertThat(CellValueReader.fewDecimals(0.8546, true)).isEqualTo(new BigDecimal("85.46"));
        assertThat(CellValueReader.fewDecimals(0.5, true)).isEqualTo(new BigDecimal("50"));
        assertThat(CellValueReader.fewDecimals(1.0 / 3, false)).isNull();
    }

    @Test
    void percentCellsHoldTheFractionAndReadAsPercent() {
        assertThat(CellValueReader.fromDouble(0.8546, "0.00%")).isEqualByComparingTo("85.46");
        assertThat(CellValueReader.fromDouble(1.0, "0%")).isEqualTo(new BigDecimal("100"));
        assertThat(CellValueReader.fromDouble(1.0, "\"%\"0")).isEqualTo(BigDecimal.ONE);
    }

    @org.junit.jupiter.api.Test
    void formatsMetInTurnEachKeepTheirOwnReading() {
        for (int i = 0; i < 3; i++) {
            assertThat(CellValueReader.fromDouble(0.5, "0%")).isEqualTo(new BigDecimal("50"));
            assertThat(CellValueReader.fromDouble(0.5, "0%")).isEqualTo(new BigDecimal("50"));
            assertThat(CellValueReader.fromDouble(0.5, "General")).isEqualTo(new BigDecimal("0.5"));
            assertThat(CellValueReader.fromDouble(0.5, "\"%\"0.0")).isEqualTo(new BigDecimal("0.5"));
            assertThat(CellValueReader.fromDouble(0.5, "0.0\\%")).isEqualTo(new BigDecimal("0.5"));
            assertThat(CellValueReader.fromDouble(0.5, "0.00%")).isEqualTo(new BigDecimal("50"));
        }
    }

    /** Thousands typed with plain spaces ("1 250 000", "12 500 ha") read as grouped; a space that groups nothing not. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "1 250 000|1250000|", "1 250,5|1250.5|", "12 500 ha|12500|ha", "5 400 người|5400|người"})
    void thousandsGroupedWithPlainSpacesAreOneNumber(String text, String value, String unit) {
        CellValue v = CellValueReader.readText(text);
        assertThat(v.isNumber()).as(v.message()).isTrue();
        assertThat(v.value()).isEqualByComparingTo(value);
        assertThat(v.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(v.textAsWritten()).isEqualTo(text);
    }

    @Test
    void spacesThatGroupNoThousandsStayAnError() {
        assertThat(CellValueReader.readText("2 3").status()).isEqualTo(CellValue.Status.ERROR);
        assertThat(CellValueReader.readText("1 25").status()).isEqualTo(CellValue.Status.ERROR);
    }

    /** A figure converted to the catalog's unit: an ambiguous "1,435" in nghìn đồng keeps both readings, converted. */
    @Test
    void convertingAnAmbiguousFigureConvertsBothReadings() {
        CellValue ambiguous = CellValueReader.readText("1,435");
        assertThat(ambiguous.status()).isEqualTo(CellValue.Status.AMBIGUOUS);
        CellValue converted = ambiguous.times(new BigDecimal("0.001"));
        assertThat(converted.value()).isEqualByComparingTo("0.001435");
        assertThat(converted.alternative()).isEqualByComparingTo("1.435");
        assertThat(converted.resolved(true).value()).isEqualByComparingTo("1.435");
        assertThat(CellValueReader.readText("1500").times(new BigDecimal("1e3")).value().toPlainString())
                .isEqualTo("1500000");
    }
}
