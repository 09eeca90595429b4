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
 * Figures the domain finds doubtful are said before they are written: a forest cover typed 52,8 into a cell
 * formatted as percent shows and is read as 5 280%; 12,5 households has decimals. Before, the preview said nothing.
 */
class DoubtfulFiguresTest {
    @TempDir
    Path dir;

    @Test
    void aRateOverAHundredAndACountWithDecimalsAreSaidOncePerIndicator() throws Exception {
        File file = workbook();
        try (Database db = ImportFixtures.demoDb(dir)) {
            ImportPreview p = new ExcelImportService(db).preview(ImportRequest.of(file).withArea("XINMAN.NAMDAN"));
            PreviewEntry cover = p.entry("'Biểu 01'!D2");
            assertThat(cover.value()).isEqualByComparingTo("5280");
            assertThat(cover.write()).isTrue();
            assertThat(p.warnings()).filteredOn(w -> w.contains("0–100%")).singleElement().satisfies(w -> {
                assertThat(w).contains(cover.indicatorCode(), "1 số cần xem lại", "'Biểu 01'!D2 = 5.280");
                assertThat(w).doesNotContain("D3", "D4");
            });
            assertThat(p.warnings()).filteredOn(w -> w.contains("số đếm có phần thập phân")).singleElement()
                    .satisfies(w -> assertThat(w).contains("'Biểu 01'!D3 = 12,5").doesNotContain("D4"));
        }
    }

    @Test
    void manyDoubtfulFiguresOfOneIndicatorNameTheFirstCellsAndCountTheRest() throws Exception {
        File file = workbook(52.8, 61.0, 70.5, 80.25, 99.0);
        try (Database db = ImportFixtures.demoDb(dir)) {
            ImportPreview p = new ExcelImportService(db).preview(ImportRequest.of(file).withArea("XINMAN.NAMDAN"));
            assertThat(p.warnings()).filteredOn(w -> w.contains("0–100%")).singleElement().satisfies(w ->
                    assertThat(w).contains("5 số cần xem lại", "D2 = 5.280", "E2 = 6.100", "F2 = 7.050", "và 2 ô khác")
                            .doesNotContain("G2", "H2"));
        }
    }

    /** Biểu 01: forest cover (percent-formatted cells), poor households, population; one TH column per cover figure. */
    private File workbook(double... covers) throws Exception {
        if (covers.length == 0) {
            covers = new double[] {52.8};
        }
        Path file = dir.resolve("nghi-ngo.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Biểu 01");
            String[] labels = {"STT", "Chỉ tiêu", "Đơn vị tính"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < labels.length; c++) {
                header.createCell(c).setCellValue(labels[c]);
            }
            for (int y = 0; y < covers.length; y++) {
                header.createCell(3 + y).setCellValue("TH " + (2024 - covers.length + 1 + y));
            }
            Object[][] rows = {{"Tỷ lệ che phủ rừng", "%", covers[0]}, {"Số hộ nghèo", "hộ", 12.5},
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
            for (int y = 0; y < covers.length; y++) {
                Row row = sheet.getRow(1);
                (y == 0 ? row.getCell(3) : row.createCell(3 + y)).setCellValue(covers[y]);
                row.getCell(3 + y).setCellStyle(percent);
            }
            wb.write(out);
        }
        return file.toFile();
    }
}
