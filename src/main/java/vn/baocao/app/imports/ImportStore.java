package vn.baocao.app.imports;

import java.io.File;
import java.util.List;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.importing.excel.WorkbookReadException;
import vn.baocao.importing.excel.WorkbookReader;
import vn.baocao.importing.plan.CommitResult;
import vn.baocao.importing.plan.ExcelImportService;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.plan.ImportRequest;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ImportBatchRepository;

/** The import wizard's reads and writes: the workbook, the dry run, the commit as one batch, undo. */
public final class ImportStore {
    private final Database db;
    private ExcelImportService service;

    public ImportStore(Database db) {
        this.db = db;
    }

    /** Made on first use: its JSON mapper loads some 350 classes the window's first second does not need. */
    private synchronized ExcelImportService service() {
        if (service == null) {
            service = new ExcelImportService(db);
        }
        return service;
    }

    /** Reads the whole workbook; {@link vn.baocao.importing.excel.PasswordRequiredException} when it is locked. */
    public WorkbookData read(File file, String password) throws WorkbookReadException {
        return WorkbookReader.read(file, password);
    }

    public ImportPreview preview(WorkbookData workbook, ImportRequest request) {
        return service().preview(workbook, request);
    }

    public CommitResult commit(WorkbookData workbook, ImportRequest request) {
        AutoBackups.of(db).before(AutoBackups.BEFORE_IMPORT);
        return service().commit(workbook, request);
    }

    public ExcelImportService.UndoResult undo(long batchId) {
        return service().undoBatch(batchId);
    }

    public List<ImportBatchRepository.Batch> batches() {
        return service().batches();
    }

    public List<Area> areas() {
        return db.read(c -> new AreaRepository(c).all());
    }

    /** The active indicators of the catalog, in its order: what the clerk picks an indicator question's answer from. */
    public List<Indicator> indicators() {
        return db.read(c -> new CatalogRepository(c).indicators());
    }
}
