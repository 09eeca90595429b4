package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.importing.SampleWorkbooks.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.importing.mapping.RememberedMapping;
import vn.baocao.store.Database;
import vn.baocao.store.ImportBatchRepository;

/** The batch's JSON written by the streaming generator is the very text databind wrote from the same maps. */
class BatchMappingJsonTest {
    @TempDir
    Path dir;

    /** How the JSON was made before: maps serialised by databind, the remembered mapping as a bean. */
    static String databind(ImportPreview preview, String sha256) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fingerprint", preview.fingerprint());
        if (sha256 != null) {
            m.put("sha256", sha256);
        }
        m.put("template", preview.fromTemplate());
        Map<String, String> columns = new LinkedHashMap<>();
        for (ColumnPlan col : preview.columns()) {
            columns.put(col.letter(), col.imported() ? col.slot().code() + " " + col.areaCode() + " " + col.period().code()
                    : "bỏ qua: " + col.reason());
        }
        m.put("columns", columns);
        m.put("remembered", preview.mapping());
        m.put("addedIndicators", preview.newIndicators().stream().map(NewIndicator::code).toList());
        return new ObjectMapper().writeValueAsString(m);
    }

    @Test
    void aSheetWithQuestionsSkippedColumnsNewIndicatorsAndARememberedMapping() throws Exception {
        try (Database db = ImportFixtures.demoDb(dir)) {
            File file = sample("synthetic-bieu01.xlsx");
            ImportRequest request = SampleImportTest.answered(ImportRequest.of(file).withArea(SampleImportTest.AREA))
                    .withAnswer("so:F", Answers.THOUSANDS_COMMA).withSkipErroneousRows(true);
            ImportPreview preview = new ExcelImportService(db).preview(request);
            assertThat(preview.newIndicators()).hasSize(3);
            assertThat(preview.mapping().isEmpty()).isFalse();
            assertThat(preview.columns()).anyMatch(c -> !c.imported()).anyMatch(ColumnPlan::imported);
            String sha = FileContent.sha256(file);
            assertThat(BatchMappingJson.of(preview, sha)).isEqualTo(databind(preview, sha));
            assertThat(BatchMappingJson.of(preview, null)).isEqualTo(databind(preview, null));

            CommitResult done = new ExcelImportService(db).commit(request);
            String stored = db.read(c -> new ImportBatchRepository(c).mappingJson(done.batchId()));
            assertThat(stored).isEqualTo(databind(done.preview(), sha));
            assertThat(ExcelImportService.addedIndicators(stored)).hasSize(3);
        }
    }

    @Test
    void aSummaryStoredWithTheDigestTakenAtItsPreview() throws Exception {
        Path file = dir.resolve("tong-hop.xlsx");
        try (Database db = ImportFixtures.demoDb(dir)) {
            ImportFixtures.writeSummary(file, ImportFixtures.catalog(db).subList(0, 2),
                    ImportFixtures.communes(db).subList(0, 2), 2020, 3);
            ExcelImportService service = new ExcelImportService(db);
            var data = vn.baocao.importing.excel.WorkbookReader.read(file.toFile());
            ImportRequest request = ImportRequest.of(file.toFile());
            ImportPreview preview = service.preview(data, request);
            CommitResult done = service.commit(data, request);
            assertThat(done.preview()).isSameAs(preview);
            String stored = db.read(c -> new ImportBatchRepository(c).mappingJson(done.batchId()));
            assertThat(stored).isEqualTo(databind(preview, ImportFixtures.checksum(file)));
        }
    }

    @Test
    void aRememberedMappingIsTheTextDatabindWroteAndReadsBack() throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("tổng sản lượng lương thực|tấn", "NN01");
        rows.put("dấu \"ngoặc\" \\ và \t tab\u0001\u2028 😀", "BO_QUA");
        rows.put("trống", null);
        RememberedMapping mapping = new RememberedMapping(Map.of("E", "KH"), Map.of("F", "VN"), rows);
        assertThat(mapping.toJson()).isEqualTo(new ObjectMapper().writeValueAsString(mapping));
        assertThat(RememberedMapping.empty().toJson()).isEqualTo(new ObjectMapper()
                .writeValueAsString(RememberedMapping.empty())).isEqualTo("{\"columns\":{},\"numberStyles\":{},\"rows\":{}}");
        assertThat(new ObjectMapper().readValue(mapping.toJson(), RememberedMapping.class)).isEqualTo(mapping);
    }
}
