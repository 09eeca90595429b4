package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.store.Database;

/**
 * A figure merged across two figure columns (one "120" over TH 2024 and KH 2025) is taken for its first column, and
 * the clerk is told the second got nothing; before, the second column's cell vanished without a word.
 */
class MergedFigureNoteTest {
    @TempDir
    Path dir;

    @Test
    void aFigureMergedOverAnotherFigureColumnSaysSo() throws Exception {
        File file = workbook();
        try (Database db = ImportFixtures.demoDb(dir)) {
            ImportPreview p = new ExcelImportService(db).preview(ImportRequest.of(file).withArea("XINMAN.NAMDAN"));
            PreviewEntry merged = p.entry("'Biểu 01'!D2");
            assertThat(merged.value()).isEqualByComparingTo("120");
            assertThat(merged.notes()).singleElement().satisfies(n ->
                    assertThat(n).contains("gộp sang cột E", "chỉ được ghi cho cột D"));
            assertThat(p.entries()).noneMatch(e -> e.cell().endsWith("!E2"));
            assertThat(p.entry("'Biểu 01'!D3").notes()).isEmpty();
            assertThat(p.entry("'Biểu 01'!E3").value()).isEqualByComparingTo("5500");
        }
    }

    private File workbook() throws Exception {
        Path file = dir.resolve("gop-o.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Biểu 01");
            String[] labels = {"STT", "Chỉ tiêu", "Đơn vị tính", "TH 2024", "KH 2025"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < labels.length; c++) {
                header.createCell(c).setCellValue(labels[c]);
            }
            Row poor = sheet.createRow(1);
            poor.createCell(0).setCellValue(1);
            poor.createCell(1).setCellValue("Số hộ nghèo");
            poor.createCell(2).setCellValue("hộ");
            poor.createCell(3).setCellValue(120);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
            Row people = sheet.createRow(2);
            people.createCell(0).setCellValue(2);
            people.createCell(1).setCellValue("Dân số trung bình");
            people.createCell(2).setCellValue("người");
            people.createCell(3).setCellValue(5400);
            people.createCell(4).setCellValue(5500);
            wb.write(out);
        }
        return file.toFile();
    }
}
