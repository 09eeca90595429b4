package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.store.Database;

/**
 * The area the clerk chooses is for files that do not say their own. A sheet whose title names another commune (a
 * neighbour's copy, the second sheet of a district file) was imported for the chosen area without a word; the
 * figures still go where the clerk said, and the preview now says that the title disagrees.
 */
class TitleAreaWarningTest {
    @TempDir
    Path dir;

    @Test
    void aTitleNamingAnotherAreaIsSaid() throws Exception {
        File file = workbook();
        try (Database db = ImportFixtures.demoDb(dir)) {
            ImportPreview p = new ExcelImportService(db).preview(ImportRequest.of(file).withArea("XINMAN.NAMDAN"));
            assertThat(p.entry("'Biểu 01'!D4").areaCode()).isEqualTo("XINMAN.NAMDAN");
            assertThat(p.warnings()).singleElement().asString()
                    .contains("Xã Chế Là", "XINMAN.CHELA", "XINMAN.NAMDAN");
        }
    }

    @Test
    void aTitleNamingTheChosenAreaIsNot() throws Exception {
        File file = workbook();
        try (Database db = ImportFixtures.demoDb(dir)) {
            ImportPreview p = new ExcelImportService(db).preview(ImportRequest.of(file).withArea("XINMAN.CHELA"));
            assertThat(p.entry("'Biểu 01'!D4").areaCode()).isEqualTo("XINMAN.CHELA");
            assertThat(p.warnings()).isEmpty();
        }
    }

    private File workbook() throws Exception {
        Path file = dir.resolve("che-la.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Biểu 01");
            sheet.createRow(0).createCell(0).setCellValue("Địa bàn: Xã Chế Là");
            Row header = sheet.createRow(2);
            String[] labels = {"STT", "Chỉ tiêu", "Đơn vị tính", "TH 2024"};
            for (int c = 0; c < labels.length; c++) {
                header.createCell(c).setCellValue(labels[c]);
            }
            Row people = sheet.createRow(3);
            people.createCell(0).setCellValue(1);
            people.createCell(1).setCellValue("Dân số trung bình");
            people.createCell(2).setCellValue("người");
            people.createCell(3).setCellValue(3100);
            wb.write(out);
        }
        return file.toFile();
    }
}
