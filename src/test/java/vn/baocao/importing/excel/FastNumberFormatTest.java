package vn.baocao.importing.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The fast formats give DataFormatter(vi-VN).formatCellValue's text for every value they accept. */
class FastNumberFormatTest {
    private static final List<String> FAST = List.of("General", "@", "0", "0.0", "0.00", "0.000", "#,##0", "#,##0.0",
            "#,##0.00", "#,##0.000", "0%", "0.0%", "0.00%", "#,##0%", "#,##0.00%");

    @Test
    void matchesDataFormatterOnAwkwardAndRandomValues() throws Exception {
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        List<Double> values = AwkwardValues.all(20_000);
        List<String> differences = new ArrayList<>();
        int fastCount = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCell cell = wb.createSheet("s").createRow(0).createCell(0);
            for (String format : FAST) {
                FastNumberFormat fast = FastNumberFormat.of(format);
                assertThat(fast).as(format).isNotNull();
                XSSFCellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(format));
                cell.setCellStyle(style);
                for (double value : values) {
                    String mine = fast.format(value);
                    if (mine == null) {
                        continue;
                    }
                    fastCount++;
                    cell.setCellValue(value);
                    String expected = formatter.formatCellValue(cell);
                    if (!expected.equals(mine)) {
                        differences.add(format + " " + value + ": DataFormatter \"" + expected + "\", fast \"" + mine + "\"");
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(fastCount).as("the fast path handles nearly all values").isGreaterThan(FAST.size() * 19_000);
    }

    @Test
    void leavesUncommonFormatsAndValuesToDataFormatter() {
        assertThat(FastNumberFormat.of("#,##0;[Red]-#,##0")).isNull();
        assertThat(FastNumberFormat.of("0.00E+00")).isNull();
        assertThat(FastNumberFormat.of("#,##0\" triệu đồng\"")).isNull();
        assertThat(FastNumberFormat.of("dd/mm/yyyy")).isNull();
        assertThat(FastNumberFormat.of(null)).isNull();
        assertThat(FastNumberFormat.of("General").format(1e11)).as("scientific").isNull();
        assertThat(FastNumberFormat.of("General").format(Double.NaN)).isNull();
        assertThat(FastNumberFormat.of("0.00").format(Double.POSITIVE_INFINITY)).isNull();
    }

    @Test
    void writesVietnameseSeparatorsAndKeepsTheSignOfANegativeThatRoundsToZero() {
        assertThat(FastNumberFormat.of("#,##0.00").format(1234567.891)).isEqualTo("1.234.567,89");
        assertThat(FastNumberFormat.of("0.00").format(-0.001)).isEqualTo("-0,00");
        assertThat(FastNumberFormat.of("0.00%").format(0.0312)).isEqualTo("3,12%");
        assertThat(FastNumberFormat.of("General").format(0.1 + 0.2)).isEqualTo("0,3");
        assertThat(FastNumberFormat.of("General").format(-0.0)).isEqualTo("0");
    }

    @Test
    void takesAShortDecimalAsItIsAndLeavesLongerOnesToTheRounding() throws Exception {
        assertThat(FastNumberFormat.shortestIfExact(1000.25)).isEqualTo("1000,25");
        assertThat(FastNumberFormat.shortestIfExact(0.0125)).isEqualTo("0,0125");
        assertThat(FastNumberFormat.shortestIfExact(1234567.891)).isEqualTo("1234567,891");
        assertThat(FastNumberFormat.shortestIfExact(0.1 + 0.2)).as("17 digits: rounded first").isNull();
        assertThat(FastNumberFormat.shortestIfExact(0.001234567891)).as("12 decimals").isNull();
        assertThat(FastNumberFormat.shortestIfExact(12345678.5)).as("written with an exponent").isNull();
        assertThat(FastNumberFormat.shortestIfExact(0.0001)).as("written with an exponent").isNull();
        assertThat(FastNumberFormat.shortestIfExact(3.0)).as("whole").isNull();
        // short decimals of every size the shortcut takes: the same text as DataFormatter's
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        java.util.Random random = new java.util.Random(17);
        FastNumberFormat general = FastNumberFormat.of("General");
        int taken = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCell cell = wb.createSheet("s").createRow(0).createCell(0);
            for (int i = 0; i < 20_000; i++) {
                int decimals = 1 + random.nextInt(10);
                double value = (random.nextBoolean() ? -1 : 1) * random.nextInt(10_000_000) / Math.pow(10, decimals);
                if (FastNumberFormat.shortestIfExact(Math.abs(value)) != null) {
                    taken++;
                }
                String mine = general.format(value);
                if (mine != null) { // null: left to DataFormatter (1E-10 and below)
                    cell.setCellValue(value);
                    assertThat(mine).as("%s", value).isEqualTo(formatter.formatCellValue(cell));
                }
            }
        }
        assertThat(taken).isGreaterThan(10_000);
    }
}
