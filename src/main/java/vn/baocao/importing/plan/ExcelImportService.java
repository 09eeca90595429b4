package vn.baocao.importing.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Target;
import vn.baocao.importing.excel.WorkbookReadException;
import vn.baocao.importing.excel.WorkbookReader;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.importing.text.ImportText;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ImportBatchRepository;
import vn.baocao.store.ImportWriter;
import vn.baocao.store.StoreRevision;
import vn.baocao.store.WriteResult;

/**
 * Importing a colleague's workbook: dry run, commit as one batch, undo.
 *
 * <pre>{@code
 * ExcelImportService service = new ExcelImportService(db);
 * ImportRequest request = ImportRequest.of(file).withArea("XINMAN.NAMDAN").withPeriod(Period.year(2024));
 * ImportPreview preview = service.preview(request);      // PasswordRequiredException → ask, withPassword(...)
 * for (ImportQuestion q : preview.questions()) {          // show q.text() and q.choices()
 *     request = request.withAnswer(q.id(), chosenValue);
 * }
 * preview = service.preview(request);                    // until no entry is ERROR (or skip erroneous rows)
 * CommitResult done = service.commit(request);           // ImportRefusedException: nothing written
 * service.undo(done.batchId());
 * }</pre>
 */
public final class ExcelImportService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;
    /** The last preview made on a workbook already read, with what it was made from (see {@link #commit}). */
    private final AtomicReference<Planned> lastPreview = new AtomicReference<>();

    /**
     * @param revision where the store stood before the preview read it: while it stands there still, nothing the
     *                 preview was made from can have changed
     * @param sha256   the file's digest, taken while the preview was made (null when the file could not be read)
     */
    private record Planned(WorkbookData workbook, ImportRequest request, ImportPreview preview, PlanBasis basis,
                           StoreRevision revision, String sha256) {

        /** Whether the store still holds what the preview was made from: at once when nothing was written since. */
        boolean stillHolds(Database db, Connection c) throws SQLException {
            return revision.equals(db.revision()) || basis.stillHolds(c);
        }
    }

    public ExcelImportService(Database db) {
        this.db = db;
    }

    /** Reads the file and makes the dry run; nothing is written. */
    public ImportPreview preview(ImportRequest request) throws WorkbookReadException {
        return preview(WorkbookReader.read(request.file(), request.password()), request);
    }

    /** The dry run on a workbook already read (the UI keeps it while the clerk answers questions). */
    public ImportPreview preview(WorkbookData workbook, ImportRequest request) {
        CompletableFuture<String> digest = CompletableFuture.supplyAsync(() -> FileContent.sha256(request.file()));
        return db.read(c -> {
            StoreRevision revision = db.revision(); // before reading: whatever is written after it changes the next one
            ImportPlanner planner = new ImportPlanner(c, workbook, request);
            ImportPreview preview = planner.plan();
            String hash = FileContent.join(digest);
            List<Long> earlier = hash == null ? List.of() : new ImportBatchRepository(c).activeBatchesOfFile(hash);
            if (!earlier.isEmpty()) {
                preview = preview.withWarning(ImportText.get("excelImportService.tepDungNoiDung", workbook.fileName(), earlier.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
            }
            lastPreview.set(new Planned(workbook, request, preview, planner.basis(), revision, hash));
            return preview;
        });
    }

    /** Reads the file, makes the preview again and commits it as one batch; refused (nothing written) on errors. */
    public CommitResult commit(ImportRequest request) throws WorkbookReadException {
        return commit(WorkbookReader.read(request.file(), request.password()), request);
    }

    /**
     * Commits in ONE transaction: the preview is made again inside it, and when any entry stops the commit (and
     * erroneous rows are not skipped) {@link ImportRefusedException} is thrown and nothing is written. Otherwise the
     * new indicators, the batch, every NEW and CHANGED value (observations, and targets from plan columns) and the
     * remembered mapping are written together.
     *
     * <p>When the last {@link #preview(WorkbookData, ImportRequest)} of this service was made on this very workbook
     * object with the same request (formula checking aside), that preview is reused instead of planning again,
     * provided that inside the transaction the database still holds exactly what it was made from (catalog, areas,
     * remembered mapping, the stored figures of its areas and periods); otherwise the preview is made again. When
     * nothing at all was written to the store since the preview ({@link StoreRevision}), that is known without
     * reading any of it again. The result is the same either way, only faster; a reused preview keeps its formula
     * notes and the file's digest taken with it.
     */
    public CommitResult commit(WorkbookData workbook, ImportRequest request) {
        ImportRequest noFormulaCheck = request.withCheckFormulas(false);
        Planned planned = lastPreview.get();
        Planned reusable = planned != null && planned.workbook() == workbook && planned.basis() != null
                && planned.request().withCheckFormulas(false).equals(noFormulaCheck) ? planned : null;
        return db.inTransaction(c -> {
            boolean reuse = reusable != null && reusable.stillHolds(db, c);
            ImportPreview preview = reuse ? reusable.preview() : new ImportPlanner(c, workbook, noFormulaCheck).plan();
            String refusal = preview.refusal(request.skipErroneousRows());
            if (refusal != null) {
                throw new ImportRefusedException(refusal, preview);
            }
            List<PreviewEntry> toWrite = preview.toWrite();
            if (!preview.fromTemplate() && !preview.mapping().isEmpty()) {
                preview.mapping().save(c, preview.fingerprint());
            }
            if (toWrite.isEmpty()) {
                return new CommitResult(0, 0, 0, 0, preview);
            }
            addIndicators(c, preview);
            ImportBatchRepository batches = new ImportBatchRepository(c);
            long batchId = batches.create(workbook.fileName(), preview.sheet(),
                    BatchMappingJson.of(preview, reuse ? reusable.sha256() : FileContent.sha256(request.file())), null);
            int inserted = 0;
            int updated = 0;
            SourceText source = SourceText.of(batchId);
            try (ImportWriter writer = new ImportWriter(c, batchId)) {
                for (PreviewEntry e : ImportWriter.inKeyOrder(toWrite, PreviewEntry::areaCode, PreviewEntry::period)) {
                    WriteResult r = write(writer, e, source.of(e.cell()));
                    inserted += r == WriteResult.INSERTED ? 1 : 0;
                    updated += r == WriteResult.UPDATED ? 1 : 0;
                }
            }
            batches.setSummary(batchId, ImportText.get("excelImportService.themSua", inserted, updated, preview.summary()));
            return new CommitResult(batchId, inserted, updated, preview.newIndicators().size(), preview);
        });
    }

    /**
     * "lô 12: Biểu01!E5", the source kept with each written figure: the bundle's pattern is filled once per batch
     * around a marker and each cell put in its place (looking the pattern up per figure was a tenth of the Java work
     * of a 96 000-figure commit); a pattern without exactly one place for the cell is filled per figure.
     */
    private record SourceText(long batchId, String before, String after) {
        private static final String MARK = "\u0000";

        static SourceText of(long batchId) {
            String filled = ImportText.get("excelImportService.lo", batchId, MARK);
            int at = filled.indexOf(MARK);
            boolean once = at >= 0 && filled.indexOf(MARK, at + 1) < 0;
            return once ? new SourceText(batchId, filled.substring(0, at), filled.substring(at + 1))
                    : new SourceText(batchId, null, null);
        }

        String of(String cell) {
            return before == null ? ImportText.get("excelImportService.lo", batchId, cell) : before + cell + after;
        }
    }

    /** Restores every value the batch changed; refused when one was edited afterwards. Returns rows restored. */
    public int undo(long batchId) {
        return undoBatch(batchId).restored();
    }

    /**
     * Undoes a batch: every value it changed is restored, and the indicators it added to the catalog are removed
     * again unless figures or targets (entered or imported since) now use them. One transaction; refused as a whole
     * when a value was edited afterwards.
     */
    public UndoResult undoBatch(long batchId) {
        return db.inTransaction(c -> {
            ImportBatchRepository batches = new ImportBatchRepository(c);
            List<String> added = addedIndicators(batches.mappingJson(batchId));
            int restored = batches.undo(batchId);
            CatalogRepository catalog = new CatalogRepository(c);
            List<String> removed = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (String code : added) {
                (catalog.deleteIfUnused(code) ? removed : kept).add(code);
            }
            return new UndoResult(restored, removed, kept);
        });
    }

    /** What undoing a batch did. */
    public record UndoResult(int restored, List<String> indicatorsRemoved, List<String> indicatorsKept) {
    }

    /** The codes a batch added to the catalog, from its mapping JSON ("addedIndicators"); none for older batches. */
    static List<String> addedIndicators(String mappingJson) {
        if (mappingJson == null || mappingJson.isBlank()) {
            return List.of();
        }
        try {
            JsonNode codes = JSON.readTree(mappingJson).path("addedIndicators");
            List<String> list = new ArrayList<>();
            codes.forEach(n -> list.add(n.asText()));
            return list;
        } catch (JsonProcessingException e) {
            return List.of(); // a batch written by hand or damaged: its rows are still restored
        }
    }

    public List<ImportBatchRepository.Batch> batches() {
        return db.read(c -> new ImportBatchRepository(c).list());
    }

    private static WriteResult write(ImportWriter writer, PreviewEntry e, String source) throws SQLException {
        if (e.slot().isTarget()) {
            return writer.save(new Target(e.indicatorCode(), e.areaCode(), e.period(), e.slot().issuer(),
                    TargetRows.comparator(e.qualifier()), e.value(), null, e.textAsWritten()), source);
        }
        return writer.save(new Observation(e.indicatorCode(), e.areaCode(), e.period(), e.slot().kind(), e.value(),
                e.qualifier(), null, null, e.textAsWritten(), e.pctAsWritten(), e.changeAsWritten(), null, source));
    }

    private static void addIndicators(Connection c, ImportPreview preview) throws SQLException {
        CatalogRepository catalog = new CatalogRepository(c);
        int order = 90_000;
        for (NewIndicator n : preview.newIndicators()) {
            boolean rate = n.unit().strip().startsWith("%");
            catalog.save(new Indicator(n.code(), n.name(), n.unit(), ImportText.get("excelImportService.themKhiNhapExcel"),
                    rate ? IndicatorKind.RATE : IndicatorKind.COUNT_FLOW, Direction.NONE, rate ? 2 : 0, null, null, null),
                    null, ImportText.get("excelImportService.nhapTu", preview.fileName(), n.cell()), order++);
        }
    }

}
