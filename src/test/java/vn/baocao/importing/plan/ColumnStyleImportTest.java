package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Period;
import vn.baocao.store.Database;

/**
 * An ambiguous "1,435" is read the way the other text cells of its column are written, an unreadable one is tried
 * the English way in a column proven English: the column's style is judged only when such a cell needs it, from
 * every text cell of the column's data rows (the same outcome as judging every column up front).
 */
class ColumnStyleImportTest {
    @TempDir
    Path dir;

    @Test
    void ambiguousAndEnglishTextsAreReadLikeTheirColumn() throws Exception {
        Path file = dir.resolve("kieu-so.xlsx");
        try (Database db = ImportFixtures.demoDb(dir)) {
            List<Indicator> indicators = ImportFixtures.catalog(db).subList(0, 4);
            // D: Vietnamese decimals; E: English-looking texts; F: plain numbers, nothing to judge
            String[][] values = {
                {"8.599,376", "1,234,567", "12"},
                {"1,435", "1,435", "13"},
                {"125,87", "2,345.5", "14"},
                {"2,5", "3,456,789.25", "15"}};
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = wb.createSheet("Biểu 01");
                Row header = sheet.createRow(0);
                String[] labels = {"STT", "Chỉ tiêu", "Đơn vị tính", "TH 2022", "TH 2023", "TH 2024"};
                for (int c = 0; c < labels.length; c++) {
                    header.createCell(c).setCellValue(labels[c]);
                }
                for (int i = 0; i < values.length; i++) {
                    Row row = sheet.createRow(i + 1);
                    row.createCell(0).setCellValue(i + 1);
                    row.createCell(1).setCellValue(indicators.get(i).name());
                    row.createCell(2).setCellValue(indicators.get(i).unit());
                    row.createCell(3).setCellValue(values[i][0]);
                    row.createCell(4).setCellValue(values[i][1]);
                    row.createCell(5).setCellValue(Double.parseDouble(values[i][2]));
                }
                wb.write(out);
            }
            ImportPreview preview = new ExcelImportService(db).preview(ImportRequest.of(file.toFile())
                    .withArea("XINMAN.CHICA").withCheckFormulas(false));
            Map<String, PreviewEntry> byCell = preview.entries().stream()
                    .collect(Collectors.toMap(PreviewEntry::cell, e -> e));
            assertThat(byCell.get("'Biểu 01'!D3").value()).isEqualByComparingTo("1.435");
            assertThat(byCell.get("'Biểu 01'!D3").notes()).anyMatch(n -> n.contains("như các ô khác của cột D"));
            // E is written the English way: its ambiguous "1,435" is one thousand four hundred thirty-five, and the
            // texts the Vietnamese way cannot read are read the English way, each with a note saying so (before the
            // eighth round E counted as Vietnamese, "1,234,567" read as "1,234" with a unit: E3 became 1,435)
            assertThat(byCell.get("'Biểu 01'!E3").value()).isEqualByComparingTo("1435");
            assertThat(byCell.get("'Biểu 01'!E3").notes()).anyMatch(n -> n.contains("như các ô khác của cột E"));
            assertThat(byCell.get("'Biểu 01'!E2").value()).isEqualByComparingTo("1234567");
            assertThat(byCell.get("'Biểu 01'!E4").value()).isEqualByComparingTo("2345.5");
            assertThat(byCell.get("'Biểu 01'!E4").notes()).anyMatch(n -> n.contains("tiếng Anh"));
            assertThat(byCell.get("'Biểu 01'!E5").value()).isEqualByComparingTo("3456789.25");
            assertThat(byCell.get("'Biểu 01'!D4").value()).isEqualByComparingTo("125.87");
            assertThat(byCell.get("'Biểu 01'!F3").notes()).isEmpty();
            assertThat(byCell.get("'Biểu 01'!D2").value()).isEqualByComparingTo("8599.376");
            assertThat(byCell.get("'Biểu 01'!F3").value()).isEqualTo(new BigDecimal("13"));
            assertThat(byCell.get("'Biểu 01'!F3").period()).isEqualTo(Period.year(2024));
            assertThat(preview.questions()).isEmpty();
        }
    }
}
