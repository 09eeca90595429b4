package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.store.Database;

/**
 * A figure the domain finds doubtful is imported with the doubt said on it: a forest cover typed 52,8 into a cell
 * formatted as percent shows and is read as 5 280%; 12,5 households has decimals. Before, neither had a note.
 */
class DoubtfulFigureNoteTest {
    @TempDir
    Path dir;

    @Test
    void aRateOverAHundredAndACountWithDecimalsCarryANote() throws Exception {
        File file = workbook();
        try (Database db = ImportFixtures.demoDb(dir)) {
            ImportPreview p = new ExcelImportService(db).preview(ImportRequest.of(file).withArea("XINMAN.NAMDAN"));
            PreviewEntry cover = p.entry("'Biểu 01'!D2");
            assertThat(cover.value()).isEqualByComparingTo("5280");
            assertThat(cover.write()).isTrue();
            assertThat(cover.notes()).anyMatch(n -> n.contains("0–100%"));
            assertThat(p.entry("'Biểu 01'!D3").notes()).anyMatch(n -> n.contains("số nguyên"));
            assertThat(p.entry("'Biểu 01'!D4").notes()).isEmpty();
        }
    }

    private File workbook() throws Exception {
        Path file = dir.resolve("nghi-ngo.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Biểu 01");
            String[] labels = {"STT", "Chỉ tiêu", "Đơn vị tính", "TH 2024"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < labels.length; c++) {
                header.createCell(c).setCellValue(labels[c]);
            }
            Object[][] rows = {{"Tỷ lệ che phủ rừng", "%", 52.8}, {"Số hộ nghèo", "hộ", 12.5},
                {"Dân số trung bình", "người", 5400.0}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue((String) rows[i][0]);
                row.createCell(2).setCellValue((String) rows[i][1]);
                row.createCell(3).setCellValue((Double) rows[i][2]);
            }
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            sheet.getRow(1).getCell(3).setCellStyle(percent);
            wb.write(out);
        }
        return file.toFile();
    }
}
