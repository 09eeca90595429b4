package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.importing.excel.WorkbookReader;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;

/**
 * The commit reuses its preview at once only while nothing was written to the store since (StoreRevision). Each way
 * of writing, between the preview and the commit, of something the preview depends on must still be seen: the
 * commit plans again and writes what the store now calls for, never the stale preview.
 */
class WritesBetweenPreviewAndCommitTest {
    static final int VALUES = 12; // 3 indicators × 2 communes × 2 months
    @TempDir
    Path dir;
    Path file;
    Database db;
    ExcelImportService service;
    WorkbookData data;
    ImportRequest request;
    ImportPreview preview;
    List<Area> areas;
    List<Indicator> indicators;

    @BeforeEach
    void previewed() throws Exception {
        file = dir.resolve("tong-hop.xlsx");
        db = ImportFixtures.demoDb(dir);
        areas = ImportFixtures.communes(db).subList(0, 2);
        indicators = ImportFixtures.catalog(db).subList(0, 3);
        ImportFixtures.writeSummary(file, indicators, areas, 2020, 2);
        service = new ExcelImportService(db);
        data = WorkbookReader.read(file.toFile());
        request = ImportRequest.of(file.toFile()).withCheckFormulas(false);
        preview = service.preview(data, request);
        assertThat(preview.count(EntryStatus.NEW)).isEqualTo(VALUES);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The figure the file holds for the first indicator, first commune, January 2020. */
    private Observation firstFigure(String value) {
        return Observation.of(indicators.get(0).code(), areas.get(0).code(), Period.month(2020, 1), new BigDecimal(value));
    }

    @Test
    void nothingWrittenReusesThePreview() {
        CommitResult done = service.commit(data, request);
        assertThat(done.preview()).isSameAs(preview);
        assertThat(done.inserted()).isEqualTo(VALUES);
    }

    @Test
    void aWriteThePreviewDoesNotDependOnIsCheckedAndThePreviewStillReused() {
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of(indicators.get(0).code(),
                areas.get(0).code(), Period.month(2019, 1), new BigDecimal("5")), null));
        CommitResult done = service.commit(data, request);
        assertThat(done.preview()).isSameAs(preview);
        assertThat(done.inserted()).isEqualTo(VALUES);
    }

    @Test
    void aFigureSavedByHandIsSeen() {
        db.inTransaction(c -> new ObservationRepository(c).save(firstFigure("1"), null));
        CommitResult done = service.commit(data, request);
        assertThat(done.preview()).isNotSameAs(preview);
        assertThat(done.preview().count(EntryStatus.CONFLICT)).isEqualTo(1); // a hand-entered figure is kept
        assertThat(done.inserted()).isEqualTo(VALUES - 1);
        assertThat(done.updated()).isZero();
        Observation kept = db.read(c -> new ObservationRepository(c).find(indicators.get(0).code(),
                areas.get(0).code(), Period.month(2020, 1), firstFigure("1").kind())).orElseThrow();
        assertThat(kept.value()).isEqualByComparingTo("1");
    }

    @Test
    void anotherImportOfTheSameFiguresIsSeen() throws Exception {
        CommitResult other = new ExcelImportService(db).commit(WorkbookReader.read(file.toFile()), request);
        assertThat(other.inserted()).isEqualTo(VALUES);
        CommitResult done = service.commit(data, request);
        assertThat(done.preview()).isNotSameAs(preview);
        assertThat(done.preview().count(EntryStatus.UNCHANGED)).isEqualTo(VALUES);
        assertThat(done.inserted() + done.updated()).isZero();
    }

    @Test
    void anUndoIsSeen() throws Exception {
        CommitResult first = service.commit(data, request);
        ImportPreview again = service.preview(data, request);
        assertThat(again.count(EntryStatus.UNCHANGED)).isEqualTo(VALUES);
        assertThat(service.undo(first.batchId())).isEqualTo(VALUES);
        CommitResult done = service.commit(data, request);
        assertThat(done.preview()).isNotSameAs(again);
        assertThat(done.inserted()).isEqualTo(VALUES);
    }

    @Test
    void aCatalogEditIsSeen() {
        db.inTransaction(c -> {
            new CatalogRepository(c).deactivate(indicators.get(0).code());
            return null;
        });
        assertReplannedWithoutTheFirstIndicator();
    }

    @Test
    void anAreaEditIsSeen() {
        Area a = areas.get(0);
        db.inTransaction(c -> {
            new AreaRepository(c).save(new Area(a.code(), "Tên Khác Hẳn", a.level(), a.parentCode(), a.validFrom(),
                    a.validTo()));
            return null;
        });
        assertReplannedWithoutTheFirstArea();
    }

    @Test
    void aRowWrittenOnTheConnectionOutsideATransactionIsSeen() {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE area SET name = 'Tên Khác Hẳn' WHERE code = ?")) {
                ps.setString(1, areas.get(0).code());
                return ps.executeUpdate();
            }
        });
        assertReplannedWithoutTheFirstArea();
    }

    @Test
    void aWriteByAnotherConnectionIsSeen() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             PreparedStatement ps = other.prepareStatement("UPDATE area SET name = 'Tên Khác Hẳn' WHERE code = ?")) {
            ps.setString(1, areas.get(0).code());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        assertReplannedWithoutTheFirstArea();
    }

    @Test
    void aRestoreIsSeen() {
        Path backup = dir.resolve("truoc.db");
        db.backupTo(backup);
        db.inTransaction(c -> new ObservationRepository(c).save(firstFigure("1"), null));
        preview = service.preview(data, request); // made over the hand-entered figure
        assertThat(preview.count(EntryStatus.NEW)).isEqualTo(VALUES - 1);
        db.restoreFrom(backup); // the figure is gone again
        CommitResult done = service.commit(data, request);
        assertThat(done.preview()).isNotSameAs(preview);
        assertThat(done.inserted()).isEqualTo(VALUES);
        assertThat(done.updated()).isZero();
    }

    private void assertReplannedWithoutTheFirstIndicator() {
        ImportPreview done = commitOrRefusal();
        assertThat(done).isNotSameAs(preview);
        assertThat(done.toWrite()).noneMatch(e -> e.indicatorCode().equals(indicators.get(0).code()));
    }

    private void assertReplannedWithoutTheFirstArea() {
        ImportPreview done = commitOrRefusal();
        assertThat(done).isNotSameAs(preview);
        assertThat(done.toWrite()).noneMatch(e -> areas.get(0).code().equals(e.areaCode()));
    }

    /** The preview the commit wrote by, or the one it refused on (nothing written then). */
    private ImportPreview commitOrRefusal() {
        try {
            return service.commit(data, request).preview();
        } catch (ImportRefusedException e) {
            assertThat(service.batches()).isEmpty();
            return e.preview();
        }
    }
}
