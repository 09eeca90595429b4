package vn.baocao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.domain.Area;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.RoundingPolicy;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.excel.WorkbookReadException;
import vn.baocao.importing.excel.WorkbookReader;
import vn.baocao.importing.plan.CommitResult;
import vn.baocao.importing.plan.EntryStatus;
import vn.baocao.importing.plan.ExcelImportService;
import vn.baocao.importing.plan.Coverage;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.plan.ImportQuestion;
import vn.baocao.importing.plan.ImportRefusedException;
import vn.baocao.importing.plan.ImportRequest;
import vn.baocao.importing.plan.PreviewEntry;
import vn.baocao.importing.report.ImportProblemReport;
import vn.baocao.files.FileWriteException;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.Database;
import vn.baocao.store.ImportBatchRepository;

/**
 * {@code import FILE} (preview, then commit unless --dry-run), {@code import undo BATCH}, {@code import list}.
 * {@code --problems OUT.xlsx} also writes the preview's errors, conflicts and questions as a workbook to send back
 * to the colleague (before any commit; written even when the import is refused).
 * Exit codes: 0 done, 1 refused or failed (nothing written), 2 bad arguments.
 */
@Command(name = "import",
        subcommands = {ImportCommand.Undo.class, ImportCommand.ListBatches.class})
final class ImportCommand extends StoreCommand {
    enum Format { table, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "importCommand.parameter0")
    File file;

    @Option(names = "--sheet", paramLabel = "S", descriptionKey = "importCommand.sheet")
    String sheet;

    @Option(names = "--area", paramLabel = "A", descriptionKey = "importCommand.area")
    String area;

    @Option(names = "--period", paramLabel = "P", descriptionKey = "importCommand.period")
    String period;

    @Option(names = "--password", paramLabel = "PW", descriptionKey = "importCommand.password")
    String password;

    @Option(names = "--issuer", paramLabel = "I", descriptionKey = "importCommand.issuer")
    String issuer;

    @Option(names = "--answer", paramLabel = "ID=VALUE", descriptionKey = "importCommand.answer")
    Map<String, String> answers = new LinkedHashMap<>();

    @Option(names = "--dry-run", descriptionKey = "importCommand.dryRun")
    boolean dryRun;

    @Option(names = "--skip-error-rows", descriptionKey = "importCommand.skipErrorRows")
    boolean skipErrorRows;

    @Option(names = "--overwrite-manual", descriptionKey = "importCommand.overwriteManual")
    boolean overwriteManual;

    @Option(names = "--add-unknown", descriptionKey = "importCommand.addUnknown")
    boolean addUnknown;

    @Option(names = "--problems", paramLabel = "OUT.xlsx", descriptionKey = "import.problems")
    Path problems;

    @Option(names = "--format", defaultValue = "table", descriptionKey = "importCommand.format")
    Format format;

    @Override
    protected int run(Database db, PrintWriter out) throws Exception {
        if (file == null) {
            throw new CliException(CliText.get("importCommand.thieuTenTepDung"));
        }
        ImportRequest request = ImportRequest.of(file).withPassword(password).withSheet(sheet).withArea(area)
                .withPeriod(period == null ? null : Period.parse(period))
                .withPlanIssuer(issuer == null ? null : Issuer.parse(issuer))
                .withSkipErroneousRows(skipErrorRows).withOverwriteManual(overwriteManual)
                .withAddUnknownIndicators(addUnknown);
        for (Map.Entry<String, String> a : answers.entrySet()) {
            request = request.withAnswer(a.getKey(), a.getValue());
        }
        ExcelImportService service = new ExcelImportService(db);
        ImportPreview preview;
        WorkbookData workbook; // read once: the commit below reuses this preview when nothing changed meanwhile
        try {
            workbook = WorkbookReader.read(request.file(), request.password());
            preview = service.preview(workbook, request);
        } catch (WorkbookReadException e) {
            throw new CliException(e.getMessage());
        }
        print(preview, out);
        if (problems != null) {
            writeProblems(db, preview, out);
        }
        String refusal = preview.refusal(skipErrorRows);
        if (refusal != null) {
            spec.commandLine().getErr().println(CliText.get("importCommand.loi", refusal));
            spec.commandLine().getErr().flush();
            return 1;
        }
        if (dryRun) {
            out.println(CliText.get("importCommand.chayThuChuaGhi"));
            return 0;
        }
        AutoBackups.of(db).before(AutoBackups.BEFORE_IMPORT);
        try {
            CommitResult done = service.commit(workbook, request);
            if (done.batchId() == 0) {
                out.println(CliText.get("importCommand.khongCoSoLieu"));
            } else {
                out.println(CliText.get("importCommand.daGhiLoNhap", done.batchId(), done.inserted(), done.updated(), (done.indicatorsAdded() > 0 ? CliText.get("importCommand.themChiTieuVao", done.indicatorsAdded()) : ""), done.batchId()));
            }
            return 0;
        } catch (ImportRefusedException e) {
            spec.commandLine().getErr().println(CliText.get("importCommand.loi", e.getMessage()));
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    /**
     * Writes the problem report; its line goes to the error stream with --format json so that the output stays
     * JSON. A report that cannot be written stops the command before anything is committed.
     */
    private void writeProblems(Database db, ImportPreview preview, PrintWriter out) {
        Map<String, String> areaNames = db.read(c -> new AreaRepository(c).all()).stream()
                .collect(Collectors.toMap(Area::code, Area::name, (a, b) -> a));
        Path written;
        try {
            written = ImportProblemReport.write(preview, problems,
                    new ImportProblemReport.Options(LocalDateTime.now(), areaNames));
        } catch (FileWriteException e) {
            throw new CliException(e.getMessage());
        }
        PrintWriter where = format == Format.json ? spec.commandLine().getErr() : out;
        where.println(CliText.get("importCommand.daGhiBaoCao", written, preview.count(EntryStatus.ERROR), preview.count(EntryStatus.CONFLICT), preview.questions().size()));
        where.flush();
    }

    private void print(ImportPreview p, PrintWriter out) throws Exception {
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.fileName());
            m.put("sheet", p.sheet());
            m.put("template", p.fromTemplate());
            m.put("summary", p.summary());
            List<Map<String, Object>> entries = new ArrayList<>();
            for (PreviewEntry e : p.entries()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("status", e.status().name());
                row.put("cell", e.cell());
                row.put("indicator", e.indicatorCode());
                row.put("area", e.areaCode());
                row.put("period", e.period() == null ? null : e.period().code());
                row.put("slot", e.slot() == null ? null : e.slot().code());
                row.put("value", e.value() == null ? null : e.value().toPlainString());
                row.put("old", e.oldValue() == null ? null : e.oldValue().toPlainString());
                row.put("write", e.write());
                row.put("message", e.message());
                row.put("notes", e.notes());
                entries.add(row);
            }
            m.put("entries", entries);
            m.put("coverage", coverage(p.coverage()));
            m.put("questions", p.questions());
            m.put("warnings", p.warnings());
            out.println(json.writeValueAsString(m));
            out.flush();
            return;
        }
        out.println(CliText.get("importCommand.tepTrang", p.fileName(), p.sheet(), (p.fromTemplate() ? CliText.get("importCommand.bieuNhapCuaBaocao") : ""), (p.remembered() ? CliText.get("importCommand.dungLuaChonDa") : "")));
        TextTable table = new TextTable(CliText.get("importCommand.trangThai"), CliText.get("importCommand.o"), CliText.get("importCommand.chiTieu"), CliText.get("importCommand.diaBan"), CliText.get("importCommand.ky"), CliText.get("importCommand.loai"), CliText.get("importCommand.giaTri"), CliText.get("importCommand.dangCo"), CliText.get("importCommand.ghiChu"))
                .alignRight(6, 7);
        for (PreviewEntry e : p.entries()) {
            List<String> notes = new ArrayList<>();
            if (!e.message().isEmpty()) {
                notes.add(e.message());
            }
            notes.addAll(e.notes());
            table.add(e.status().label(), e.cell(), e.indicatorCode(), e.areaCode(), e.period() == null ? "" : e.period().code(),
                    e.slot() == null ? "" : e.slot().code(), number(e.value()), number(e.oldValue()), String.join("; ", notes));
        }
        table.print(out, TextTable.Format.table);
        out.println(CliText.get("importCommand.tong", p.summary()));
        Coverage cov = p.coverage();
        out.println(CliText.get("importCommand.soTrongTrangO", cov.numeric(), cov.imported(), cov.asked(), cov.skipped(), (cov.reasons().isEmpty() ? "" : " (" + cov.reasons()
                .entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")) + ")")));
        if (cov.checked() > 0) {
            out.println(CliText.get("importCommand.trongSoDaNhap", cov.checked(), cov.checkedCells().stream().filter(c -> !c.agrees()).count()));
        }
        for (ImportQuestion q : p.questions()) {
            out.println(CliText.get("importCommand.cauHoi", q.id(), q.cell(), q.text()));
            for (ImportQuestion.Choice c : q.choices()) {
                out.println("    --answer " + q.id() + "=" + c.value() + "   " + c.label());
            }
        }
        for (String w : p.warnings()) {
            out.println(CliText.get("importCommand.luuY", w));
        }
    }

    /** The JSON form of the coverage: counts, reasons, and every skipped cell with its reason. */
    private static Map<String, Object> coverage(Coverage cov) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numeric", cov.numeric());
        m.put("imported", cov.imported());
        m.put("asked", cov.asked());
        m.put("skipped", cov.skipped());
        m.put("reasons", cov.reasons());
        List<Map<String, String>> cells = new ArrayList<>();
        for (Coverage.SkippedCell s : cov.skippedCells()) {
            Map<String, String> c = new LinkedHashMap<>();
            c.put("cell", s.cell());
            c.put("text", s.text());
            c.put("reason", s.reason());
            cells.add(c);
        }
        m.put("skippedCells", cells);
        m.put("checked", cov.checked());
        m.put("checks", cov.checks());
        List<Map<String, Object>> checked = new ArrayList<>();
        for (Coverage.CheckedCell c : cov.checkedCells()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("cell", c.cell());
            one.put("text", c.text());
            one.put("agrees", c.agrees());
            one.put("outcome", c.outcome());
            checked.add(one);
        }
        m.put("checkedCells", checked);
        return m;
    }

    private static String number(java.math.BigDecimal v) {
        return v == null ? "" : VietnameseNumbers.formatTrimmed(v, 6, RoundingPolicy.HALF_UP);
    }

    @Command(name = "undo")
    static final class Undo extends StoreCommand {
        @Parameters(index = "0", paramLabel = "BATCH", descriptionKey = "importCommand.parameter02")
        long batch;

        @Override
        protected int run(Database db, PrintWriter out) {
            ExcelImportService.UndoResult undone = new ExcelImportService(db).undoBatch(batch);
            out.println(CliText.get("importCommand.daHoanTacLo", batch, undone.restored()));
            if (!undone.indicatorsRemoved().isEmpty()) {
                out.println(CliText.get("importCommand.daBoKhoiDanh", String.join(", ", undone.indicatorsRemoved())));
            }
            if (!undone.indicatorsKept().isEmpty()) {
                out.println(CliText.get("importCommand.giuLaiTrongDanh", String.join(", ", undone.indicatorsKept())));
            }
            return 0;
        }
    }

    @Command(name = "list")
    static final class ListBatches extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) {
            TextTable table = new TextTable(CliText.get("importCommand.lo"), CliText.get("importCommand.tep"), "Trang", CliText.get("importCommand.luc"), CliText.get("importCommand.nguoiNhap"), CliText.get("importCommand.thayDoi"), CliText.get("importCommand.tomTat"), CliText.get("importCommand.hoanTacLuc"))
                    .alignRight(0, 5);
            for (ImportBatchRepository.Batch b : new ExcelImportService(db).batches()) {
                table.add(Long.toString(b.id()), b.fileName(), b.sheet(), b.importedAt(), b.importedBy(),
                        Integer.toString(b.changes()), b.summary(), b.undoneAt());
            }
            table.print(out, TextTable.Format.table);
            if (table.size() == 0) {
                out.println(CliText.get("importCommand.chuaCoLoNhap"));
            }
            return 0;
        }
    }
}
