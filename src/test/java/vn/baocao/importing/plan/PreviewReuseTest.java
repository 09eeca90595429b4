package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.importing.excel.WorkbookReader;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.store.Database;

/** commit reuses the last preview only while the database still holds what the preview was made from. */
class PreviewReuseTest {
    @TempDir
    Path dir;

    @Test
    void aPreviewMadeStaleByAnotherWriteIsPlannedAgainInsideTheCommit() throws Exception {
        Path file = dir.resolve("tong-hop.xlsx");
        try (Database db = ImportFixtures.demoDb(dir)) {
            List<Area> areas = ImportFixtures.communes(db).subList(0, 2);
            List<Indicator> indicators = ImportFixtures.catalog(db).subList(0, 3);
            ImportFixtures.writeSummary(file, indicators, areas, 2020, 2);
            ExcelImportService service = new ExcelImportService(db);
            WorkbookData data = WorkbookReader.read(file.toFile());
            ImportRequest request = ImportRequest.of(file.toFile()).withCheckFormulas(false);

            ImportPreview first = service.preview(data, request);
            assertThat(first.count(EntryStatus.NEW)).isEqualTo(12);
            CommitResult done = service.commit(data, request); // reuses the preview: nothing changed
            assertThat(done.inserted()).isEqualTo(12);
            assertThat(done.preview()).isSameAs(first);

            ImportPreview second = service.preview(data, request);
            assertThat(second.count(EntryStatus.UNCHANGED)).isEqualTo(12);
            assertThat(service.undo(done.batchId())).isEqualTo(12); // the figures are gone again

            CommitResult again = service.commit(data, request); // the stale preview would write nothing
            assertThat(again.preview()).isNotSameAs(second);
            assertThat(again.inserted()).isEqualTo(12);
            assertThat(again.preview().count(EntryStatus.NEW)).isEqualTo(12);
        }
    }

    @Test
    void anotherRequestOrWorkbookIsPlannedAgain() throws Exception {
        Path file = dir.resolve("tong-hop.xlsx");
        try (Database db = ImportFixtures.demoDb(dir)) {
            ImportFixtures.writeSummary(file, ImportFixtures.catalog(db).subList(0, 2),
                    ImportFixtures.communes(db).subList(0, 2), 2020, 2);
            ExcelImportService service = new ExcelImportService(db);
            WorkbookData data = WorkbookReader.read(file.toFile());
            ImportRequest request = ImportRequest.of(file.toFile());
            ImportPreview preview = service.preview(data, request);
            CommitResult other = service.commit(WorkbookReader.read(file.toFile()), request);
            assertThat(other.preview()).isNotSameAs(preview);
            assertThat(other.inserted()).isEqualTo(8);
        }
    }
}
