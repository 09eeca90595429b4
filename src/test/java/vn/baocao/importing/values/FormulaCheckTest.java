package vn.baocao.importing.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recomputed formula that differs only in floating-point noise is not reported as a difference. */
class FormulaCheckTest {
    @TempDir
    Path dir;

    @Test
    void noiseInTheLastDigitsIsNotADifferenceButARealOneIs() throws Exception {
        Path file = dir.resolve("f.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("S");
            Row r = s.createRow(0);
            r.createCell(0).setCellValue(1642.08666);
            r.createCell(1).setCellFormula("A1*3/3");
            r.createCell(2).setCellFormula("A1+1");
            wb.write(out);
        }
        Map<Long, BigDecimal> cached = Map.of(FormulaCheck.key(0, 1), new BigDecimal("1642.0866600000001"),
                FormulaCheck.key(0, 2), new BigDecimal("1642.08666"));
        Map<Long, FormulaCheck.Result> results = FormulaCheck.check(file.toFile(), null, 0, cached,
                Map.of(FormulaCheck.key(0, 1), "General", FormulaCheck.key(0, 2), "General"));
        assertThat(results).doesNotContainKey(FormulaCheck.key(0, 1)); // only disagreements are returned
        assertThat(results.get(FormulaCheck.key(0, 2)).note()).contains("1.642,08666").contains("1.643,08666");
        assertThat(FormulaCheck.sameNumber(new BigDecimal("1642.08666"), new BigDecimal("1642.0866600000001"))).isTrue();
        assertThat(FormulaCheck.sameNumber(new BigDecimal("1642.08666"), new BigDecimal("1642.08667"))).isFalse();
    }
}
