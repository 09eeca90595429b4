package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.store.Database;

/**
 * A workbook written by a program that never calculated it holds formulas without a result ({@code <f>} and no
 * {@code <v>}). Excel would show the figure only after calculating; the file says nothing, so the import must not
 * store 0 (before: "Số hộ dân cư" =1000+100 was written as 0 with a mere note) but tell the clerk to save it in Excel.
 */
class UncalculatedFormulaImportTest {
    @TempDir
    Path dir;

    @Test
    void aFormulaWithoutAStoredResultIsAnErrorNotZero() throws Exception {
        File file = workbook(false);
        try (Database db = ImportFixtures.demoDb(dir)) {
            Map<String, PreviewEntry> byCell = preview(db, file);
            PreviewEntry households = byCell.get("'Biểu 01'!D3");
            assertThat(households.stopsCommit()).as(households.toString()).isTrue();
            assertThat(households.value()).isNull();
            assertThat(households.write()).isFalse();
            assertThat(households.message()).contains("=1000+100").contains("Excel");
            assertThat(byCell.get("'Biểu 01'!D2").value()).isEqualByComparingTo("5400");
        }
    }

    @Test
    void theSameFormulaCalculatedIsImported() throws Exception {
        File file = workbook(true);
        try (Database db = ImportFixtures.demoDb(dir)) {
            PreviewEntry households = preview(db, file).get("'Biểu 01'!D3");
            assertThat(households.stopsCommit()).isFalse();
            assertThat(households.value()).isEqualByComparingTo("1100");
        }
    }

    private static Map<String, PreviewEntry> preview(Database db, File file) throws Exception {
        ImportPreview p = new ExcelImportService(db).preview(ImportRequest.of(file).withArea("XINMAN.NAMDAN"));
        return p.entries().stream().collect(Collectors.toMap(PreviewEntry::cell, e -> e));
    }

    private File workbook(boolean calculated) throws Exception {
        Path file = dir.resolve(calculated ? "da-tinh.xlsx" : "chua-tinh.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Biểu 01");
            String[] labels = {"STT", "Chỉ tiêu", "Đơn vị tính", "TH 2024"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < labels.length; c++) {
                header.createCell(c).setCellValue(labels[c]);
            }
            Row people = sheet.createRow(1);
            people.createCell(0).setCellValue(1);
            people.createCell(1).setCellValue("Dân số trung bình");
            people.createCell(2).setCellValue("người");
            people.createCell(3).setCellValue(5400);
            Row households = sheet.createRow(2);
            households.createCell(0).setCellValue(2);
            households.createCell(1).setCellValue("Số hộ dân cư");
            households.createCell(2).setCellValue("hộ");
            households.createCell(3).setCellFormula("1000+100");
            if (calculated) {
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            }
            wb.write(out);
        }
        return file.toFile();
    }
}
