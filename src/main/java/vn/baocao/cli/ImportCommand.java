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
@Command(name = "import", description = "Nhập số liệu từ tệp Excel (xem trước, rồi ghi thành một lô; có thể hoàn tác).",
        subcommands = {ImportCommand.Undo.class, ImportCommand.ListBatches.class})
final class ImportCommand extends StoreCommand {
    enum Format { table, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Tệp .xlsx, .xls (hoặc CSV, HTML, XML 2003).")
    File file;

    @Option(names = "--sheet", paramLabel = "S", description = "Tên trang tính (mặc định: trang đầu có bảng chỉ tiêu).")
    String sheet;

    @Option(names = "--area", paramLabel = "A", description = "Mã hoặc tên địa bàn khi tệp không ghi rõ.")
    String area;

    @Option(names = "--period", paramLabel = "P", description = "Kỳ báo cáo khi tiêu đề cột không ghi rõ: " + Period.SYNTAX + ".")
    String period;

    @Option(names = "--password", paramLabel = "PW", description = "Mật khẩu mở tệp.")
    String password;

    @Option(names = "--issuer", paramLabel = "I", description = "Cơ quan giao kế hoạch cho cột Kế hoạch (mặc định NQ_HDND).")
    String issuer;

    @Option(names = "--answer", paramLabel = "ID=VALUE", description = "Trả lời một câu hỏi của bản xem trước, "
            + "ví dụ --answer chi-tieu:15=LD01 --answer so:F=EN --answer cot:G=BO_QUA.")
    Map<String, String> answers = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Chỉ xem trước, không ghi gì.")
    boolean dryRun;

    @Option(names = "--skip-error-rows", description = "Bỏ qua các dòng có lỗi và ghi phần còn lại.")
    boolean skipErrorRows;

    @Option(names = "--overwrite-manual", description = "Ghi đè cả số liệu đã nhập tay (mặc định: giữ nguyên, báo xung đột).")
    boolean overwriteManual;

    @Option(names = "--add-unknown", description = "Thêm vào danh mục các chỉ tiêu không khớp tên nào.")
    boolean addUnknown;

    @Option(names = "--problems", paramLabel = "OUT.xlsx", descriptionKey = "import.problems")
    Path problems;

    @Option(names = "--format", defaultValue = "table", description = "table hoặc json (mặc định: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected int run(Database db, PrintWriter out) throws Exception {
        if (file == null) {
            throw new CliException("Thiếu tên tệp. Dùng: baocao import TỆP [--dry-run], baocao import list, baocao import undo LÔ");
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
            spec.commandLine().getErr().println("Lỗi: " + refusal);
            spec.commandLine().getErr().flush();
            return 1;
        }
        if (dryRun) {
            out.println("Chạy thử: chưa ghi gì. Bỏ --dry-run để ghi.");
            return 0;
        }
        AutoBackups.of(db).before(AutoBackups.BEFORE_IMPORT);
        try {
            CommitResult done = service.commit(workbook, request);
            if (done.batchId() == 0) {
                out.println("Không có số liệu nào cần ghi.");
            } else {
                out.println("Đã ghi lô nhập số " + done.batchId() + ": thêm " + done.inserted() + ", sửa " + done.updated()
                        + (done.indicatorsAdded() > 0 ? ", thêm " + done.indicatorsAdded() + " chỉ tiêu vào danh mục" : "")
                        + ". Hoàn tác: baocao import undo " + done.batchId());
            }
            return 0;
        } catch (ImportRefusedException e) {
            spec.commandLine().getErr().println("Lỗi: " + e.getMessage());
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
        where.println("Đã ghi báo cáo lỗi vào tệp " + written + ": " + preview.count(EntryStatus.ERROR) + " ô lỗi, "
                + preview.count(EntryStatus.CONFLICT) + " ô xung đột, " + preview.questions().size()
                + " câu hỏi chưa trả lời.");
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
        out.println("Tệp " + p.fileName() + ", trang \"" + p.sheet() + "\"" + (p.fromTemplate() ? " (biểu nhập của BaoCao)" : "")
                + (p.remembered() ? " (dùng lựa chọn đã nhớ cho mẫu biểu này)" : ""));
        TextTable table = new TextTable("Trạng thái", "Ô", "Chỉ tiêu", "Địa bàn", "Kỳ", "Loại", "Giá trị", "Đang có", "Ghi chú")
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
        out.println("Tổng: " + p.summary() + ".");
        Coverage cov = p.coverage();
        out.println("Số trong trang: " + cov.numeric() + " ô số; nhập " + cov.imported() + ", chờ trả lời "
                + cov.asked() + ", bỏ qua " + cov.skipped() + (cov.reasons().isEmpty() ? "" : " (" + cov.reasons()
                .entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")) + ")")
                + ".");
        if (cov.checked() > 0) {
            out.println("Trong số đã nhập có " + cov.checked() + " ô so sánh, tăng trưởng được tính lại để kiểm tra ("
                    + cov.checkedCells().stream().filter(c -> !c.agrees()).count() + " ô không khớp).");
        }
        for (ImportQuestion q : p.questions()) {
            out.println("Câu hỏi " + q.id() + " (" + q.cell() + "): " + q.text());
            for (ImportQuestion.Choice c : q.choices()) {
                out.println("    --answer " + q.id() + "=" + c.value() + "   " + c.label());
            }
        }
        for (String w : p.warnings()) {
            out.println("Lưu ý: " + w);
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

    @Command(name = "undo", description = "Hoàn tác một lô nhập: trả mọi số liệu về giá trị trước khi nhập.")
    static final class Undo extends StoreCommand {
        @Parameters(index = "0", paramLabel = "BATCH", description = "Số lô (xem: baocao import list).")
        long batch;

        @Override
        protected int run(Database db, PrintWriter out) {
            ExcelImportService.UndoResult undone = new ExcelImportService(db).undoBatch(batch);
            out.println("Đã hoàn tác lô nhập số " + batch + ": khôi phục " + undone.restored() + " số liệu.");
            if (!undone.indicatorsRemoved().isEmpty()) {
                out.println("Đã bỏ khỏi danh mục các chỉ tiêu lô này thêm vào: "
                        + String.join(", ", undone.indicatorsRemoved()) + ".");
            }
            if (!undone.indicatorsKept().isEmpty()) {
                out.println("Giữ lại trong danh mục vì đã có số liệu khác: " + String.join(", ", undone.indicatorsKept()) + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "Liệt kê các lô đã nhập.")
    static final class ListBatches extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) {
            TextTable table = new TextTable("Lô", "Tệp", "Trang", "Lúc", "Người nhập", "Thay đổi", "Tóm tắt", "Hoàn tác lúc")
                    .alignRight(0, 5);
            for (ImportBatchRepository.Batch b : new ExcelImportService(db).batches()) {
                table.add(Long.toString(b.id()), b.fileName(), b.sheet(), b.importedAt(), b.importedBy(),
                        Integer.toString(b.changes()), b.summary(), b.undoneAt());
            }
            table.print(out, TextTable.Format.table);
            if (table.size() == 0) {
                out.println("Chưa có lô nhập nào.");
            }
            return 0;
        }
    }
}
