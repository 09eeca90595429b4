package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.importing.template.TemplateExporter;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.TargetRepository;

/** Export a data-entry template, fill it with POI as a colleague would, import it: same values, no questions. */
class TemplateRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aFilledTemplateReimportsWithIdenticalValuesAndNoQuestions() throws Exception {
        try (Database db = ImportFixtures.demoDb(dir)) {
            List<Area> areas = ImportFixtures.communes(db).subList(0, 3);
            List<Indicator> indicators = db.read(c -> List.of(new CatalogRepository(c).require("LD01"),
                    new CatalogRepository(c).require("LD03"), new CatalogRepository(c).require("LD06"),
                    new CatalogRepository(c).require("KT02")));
            Period period = Period.firstHalf(2025);
            Path template = dir.resolve("bieu-nhap.xlsx");
            TemplateExporter.export(new TemplateExporter.Request(areas, period, indicators, Issuer.NQ_HDND, "UBND huyện Xín Mần"),
                    template);

            Path filled = dir.resolve("da-dien.xlsx");
            try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getProtect()).isTrue();
                assertThat(sheet.isColumnHidden(0)).isTrue();
                assertThat(sheet.getRow(3).getZeroHeight()).isTrue();
                assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Kỳ báo cáo: 6 tháng đầu năm 2025");
                assertThat(sheet.getRow(6).getCell(2).getCellStyle().getLocked()).isTrue();
                for (int r = 6; r < 6 + indicators.size(); r++) {
                    for (int c = 4; c < 4 + areas.size() * 2; c++) {
                        XSSFCell cell = sheet.getRow(r).getCell(c);
                        assertThat(cell.getCellStyle().getLocked()).isFalse();
                        cell.setCellValue(value(r, c));
                    }
                }
                DataFormatter vietnamese = new DataFormatter(Locale.forLanguageTag("vi-VN"));
                sheet.getRow(6).getCell(4).setCellValue(1435);
                assertThat(vietnamese.formatCellValue(sheet.getRow(6).getCell(4))).isEqualTo("1.435");
                sheet.getRow(8).getCell(4).setCellValue(8599.376);
                assertThat(vietnamese.formatCellValue(sheet.getRow(8).getCell(4))).isEqualTo("8.599,38");
                try (OutputStream out = Files.newOutputStream(filled)) {
                    wb.write(out);
                }
            }

            ExcelImportService service = new ExcelImportService(db);
            ImportPreview preview = service.preview(ImportRequest.of(filled.toFile()));
            assertThat(preview.fromTemplate()).isTrue();
            assertThat(preview.questions()).isEmpty();
            assertThat(preview.stopping()).isEmpty();
            int cells = indicators.size() * areas.size() * 2;
            assertThat(preview.entries()).hasSize(cells).allMatch(e -> e.status() == EntryStatus.NEW);
            CommitResult done = service.commit(ImportRequest.of(filled.toFile()));
            assertThat(done.inserted()).isEqualTo(cells);

            List<String> codes = areas.stream().map(Area::code).toList();
            List<Observation> observations = db.read(c -> new ObservationRepository(c).find(codes, List.of(period)));
            List<Target> targets = db.read(c -> new TargetRepository(c).find(codes, List.of(period)));
            assertThat(observations).hasSize(cells / 2);
            assertThat(targets).hasSize(cells / 2).allMatch(t -> t.issuer() == Issuer.NQ_HDND);
            for (int i = 0; i < indicators.size(); i++) {
                for (int a = 0; a < areas.size(); a++) {
                    int row = 6 + i;
                    int planColumn = 4 + 2 * a;
                    String code = indicators.get(i).code();
                    String area = areas.get(a).code();
                    Target t = targets.stream().filter(x -> x.indicatorCode().equals(code) && x.areaCode().equals(area))
                            .findFirst().orElseThrow();
                    Observation o = observations.stream().filter(x -> x.indicatorCode().equals(code)
                            && x.areaCode().equals(area)).findFirst().orElseThrow();
                    assertThat(t.value()).isEqualByComparingTo(expected(row, planColumn));
                    assertThat(o.value()).isEqualByComparingTo(expected(row, planColumn + 1));
                }
            }
            // importing the same file again changes nothing and asks nothing
            ImportPreview again = service.preview(ImportRequest.of(filled.toFile()));
            assertThat(again.questions()).isEmpty();
            assertThat(again.entries()).allMatch(e -> e.status() == EntryStatus.UNCHANGED);
        }
    }

    private static double value(int row, int column) {
        return row * 100 + column + (column % 2 == 0 ? 0.5 : 0);
    }

    private static BigDecimal expected(int row, int column) {
        if (row == 6 && column == 4) {
            return new BigDecimal("1435");
        }
        if (row == 8 && column == 4) {
            return new BigDecimal("8599.376");
        }
        return BigDecimal.valueOf(value(row, column));
    }
}
