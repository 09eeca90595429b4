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
}
