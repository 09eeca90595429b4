package vn.baocao.importing.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.importing.SampleWorkbooks;
import vn.baocao.importing.plan.ImportFixtures;
import vn.baocao.importing.template.TemplateExporter;
import vn.baocao.store.Database;

/**
 * The streaming reader gives exactly the usermodel's WorkbookData for every .xlsx the project ships or its tests
 * write: the shared samples, the generated district summary (the benchmark's layout), exported templates and
 * the small files of GeneratedFilesReadingTest.
 */
class StreamingXlsxSamplesTest {
    @TempDir
    Path dir;

    static Stream<String> xlsxSamples() throws Exception {
        try (Stream<Path> files = Files.list(SampleWorkbooks.dir())) {
            List<String> names = files.filter(f -> {
                try {
                    return FileKindDetector.detect(f.toFile()).kind() == FileKind.XLSX;
                } catch (Exception e) {
                    return false;
                }
            }).map(f -> f.getFileName().toString()).sorted().toList();
            return names.stream();
        }
    }

    @Test
    void theSampleWorkbooksIncludeSeveralPlainXlsx() throws Exception {
        assertThat(xlsxSamples().toList()).contains("synthetic-bieu01.xlsx", "synthetic-richtext-mixed-fonts.xlsx",
                "synthetic-many-styles-zipbomb-false-positive.xlsx", "synthetic-xlsx-content-named.xls");
    }

    @ParameterizedTest
    @MethodSource("xlsxSamples")
    void sharedSampleStreamsIdentically(String name) throws Exception {
        ReaderEquivalence.assertStreamsIdentically(SampleWorkbooks.sample(name));
    }

    @Test
    void generatedDistrictSummaryStreamsIdentically() throws Exception {
        Path workbook = dir.resolve("tong-hop.xlsx");
        try (Database db = ImportFixtures.demoDb(dir)) {
            List<Area> areas = ImportFixtures.communes(db).subList(0, 4);
            List<Indicator> indicators = ImportFixtures.catalog(db).subList(0, 12);
            ImportFixtures.writeSummary(workbook, indicators, areas, 2020, 14);
        }
        ReaderEquivalence.assertStreamsIdentically(workbook.toFile());
    }

    @Test
    void exportedAndFilledTemplatesStreamIdentically() throws Exception {
        Path template = dir.resolve("bieu-nhap.xlsx");
        try (Database db = ImportFixtures.demoDb(dir)) {
            List<Area> areas = ImportFixtures.communes(db).subList(0, 3);
            List<Indicator> indicators = ImportFixtures.catalog(db).subList(0, 6);
            TemplateExporter.export(new TemplateExporter.Request(areas, Period.firstHalf(2025), indicators,
                    Issuer.NQ_HDND, "UBND huyện Xín Mần"), template);
        }
        ReaderEquivalence.assertStreamsIdentically(template.toFile());

        Path filled = dir.resolve("da-dien.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            sheet.getRow(6).getCell(4).setCellValue(1435);
            sheet.getRow(7).getCell(4).setCellValue(8599.376);
            sheet.getRow(8).getCell(4).setCellValue(-0.125);
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        ReaderEquivalence.assertStreamsIdentically(filled.toFile());
    }

    /** The import corpus (src/test/resources/corpus), every .xlsx by content. */
    static Stream<String> corpusWorkbooks() throws Exception {
        Path corpus = Path.of(StreamingXlsxSamplesTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> {
                try {
                    return FileKindDetector.detect(f.toFile()).kind() == FileKind.XLSX;
                } catch (Exception e) {
                    return false;
                }
            }).map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHoldsItsWorkbooksAsXlsx() throws Exception {
        // 29, the seven added for issue 14 (30-36), and those of the unseen-shapes round (37-)
        assertThat(corpusWorkbooks().count()).isEqualTo(44);
    }

    /**
     * Each corpus workbook gives the usermodel's cell grid when streamed (issue 17); one the streaming reader
     * declines (fill-dragged formulas) is then read by the usermodel through {@link WorkbookReader}, same result.
     */
    @ParameterizedTest
    @MethodSource("corpusWorkbooks")
    void corpusWorkbookStreamsIdentically(String name) throws Exception {
        File file = new File(StreamingXlsxSamplesTest.class.getResource("/corpus/" + name).toURI());
        try {
            StreamingXlsxReader.read(file, name);
        } catch (XlsxFallback e) {
            ReaderEquivalence.assertFallsBack(file);
            return;
        }
        ReaderEquivalence.assertStreamsIdentically(file);
    }

    @Test
    void hiddenSheetsRowsColumnsAndLegacyRunsStreamIdentically() throws Exception {
        File file = GeneratedFilesReadingTest.hiddenPartsWorkbook(dir.resolve("an.xlsx").toFile());
        ReaderEquivalence.assertStreamsIdentically(file);
    }
}
