package vn.baocao.app.imports;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.app.ErrorMessages;
import vn.baocao.app.Messages;
import vn.baocao.app.PageMessage;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.domain.Area;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.excel.PasswordRequiredException;
import vn.baocao.importing.excel.ReadProblem;
import vn.baocao.importing.excel.WorkbookReadException;
import vn.baocao.importing.plan.CommitResult;
import vn.baocao.importing.plan.Coverage;
import vn.baocao.importing.plan.EntryStatus;
import vn.baocao.importing.plan.ExcelImportService;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.plan.ImportQuestion;
import vn.baocao.importing.plan.ImportRefusedException;
import vn.baocao.importing.plan.ImportRequest;
import vn.baocao.importing.report.ImportProblemReport;
import vn.baocao.files.FileWriteException;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.store.ImportBatchRepository.Batch;

/**
 * The "Nhập Excel" wizard: choose the file (and its password) and the sheet, see the sheet as read, answer the
 * questions (which indicator a row is, how "1,435" is meant), review the dry run, commit it as one batch; list the
 * batches and undo one. Every failure shows the importer's Vietnamese message and writes nothing.
 */
public final class ImportViewModel {
    public static final String[] EXTENSIONS = {"xlsx", "xls", "xlsm", "csv", "xml", "htm", "html"};

    private final ImportStore store;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private Runnable afterImport = () -> { };

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper passwordNeeded = new ReadOnlyBooleanWrapper(false);
    private final ImportChoices choices = new ImportChoices();
    private final DryRunResults results;
    private final ReadOnlyObjectWrapper<IndicatorSearch> catalog = new ReadOnlyObjectWrapper<>(IndicatorSearch.empty());
    private final ObservableList<Batch> batches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Batch> committedBatch = new ReadOnlyObjectWrapper<>();
    private final PageMessage message = new PageMessage();

    private WorkbookData workbook;
    private ImportRequest request;

    public ImportViewModel(ImportStore store, TaskRunner runner, DialogService dialogs, Messages messages) {
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.results = new DryRunResults(messages);
        choices.onChange(() -> {
            if (workbook != null && request != null) {
                preview();
            }
        });
    }

    /** After a commit or an undo the data page reads its figures again. */
    public void onImported(Runnable action) {
        this.afterImport = action;
    }

    /** Reads the areas and the past batches. */
    public void load() {
        runner.run(messages.get("task.loadBatches"), p -> new Start(store.areas(), store.batches()), start -> {
            choices.areas().setAll(start.areas());
            batches.setAll(start.batches());
        }, this::failed);
    }

    private record Start(List<Area> areas, List<Batch> batches) {
    }

    /** "Chọn tệp…". */
    public void chooseFile() {
        Path folder = file.get() == null ? null : file.get().toAbsolutePath().getParent();
        dialogs.chooseFileToOpen(messages.get("import.choose.title"), folder, messages.get("import.choose.filter"), EXTENSIONS)
                .ifPresent(this::open);
    }

    /** Reads the file and makes the first dry run; a locked file asks for its password. */
    public void open(Path path) {
        committedBatch.set(null);
        file.set(path);
        workbook = null;
        request = ImportRequest.of(path.toFile());
        clearResults();
        read(null);
    }

    /** The password typed for a locked file. */
    public void submitPassword(String password) {
        if (file.get() == null) {
            return;
        }
        read(password);
    }

    private void read(String password) {
        Path path = file.get();
        runner.run(messages.format("task.readWorkbook", path.getFileName()), p -> store.read(path.toFile(), password), wb -> {
            workbook = wb;
            passwordNeeded.set(false);
            request = request.withPassword(password);
            List<String> visible = wb.visibleSheets().stream().map(SheetTable::name).toList();
            choices.showSheets(visible.isEmpty() ? wb.sheetNames() : visible, null);
            preview();
        }, e -> {
            if (e instanceof PasswordRequiredException) {
                passwordNeeded.set(true);
                message.error(e.getMessage());
            } else if (e instanceof WorkbookReadException w && w.problem() == ReadProblem.WRONG_PASSWORD) {
                passwordNeeded.set(true);
                message.error(e.getMessage());
            } else {
                failed(e);
            }
        });
    }

    /** Makes the dry run again with the current choices and answers; nothing is written. */
    public void preview() {
        preview(true);
    }

    /** @param announce whether the message line reports the dry run (not right after a commit or an undo) */
    private void preview(boolean announce) {
        ImportRequest r = currentRequest();
        if (r == null) {
            return;
        }
        WorkbookData wb = workbook;
        runner.run(messages.get("task.importPreview"), p -> {
            ImportPreview result = store.preview(wb, r);
            SheetGrid g = SheetGrid.of(wb.sheet(result.sheet()).orElseGet(wb::firstVisibleSheet));
            boolean asksIndicators = result.questions().stream().anyMatch(q -> q.kind() == ImportQuestion.Kind.INDICATOR);
            return new Dry(result, g, asksIndicators ? new IndicatorSearch(store.indicators()) : null);
        }, dry -> {
            request = r;
            if (dry.catalog() != null) {
                catalog.set(dry.catalog());
            }
            show(dry.preview(), dry.grid());
            if (announce) {
                message.info(messages.format("import.previewed", dry.preview().fileName(), dry.preview().sheet(),
                    dry.preview().summary(), VietnameseNumbers.format(dry.preview().questions().size())));
            }
        }, this::failed);
    }

    /** @param catalog the catalog read again when the dry run asks which indicator a row is; else null */
    private record Dry(ImportPreview preview, SheetGrid grid, IndicatorSearch catalog) {
    }

    private ImportRequest currentRequest() {
        if (workbook == null || request == null) {
            return null;
        }
        ImportRequest r;
        try {
            r = choices.apply(request);
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return null;
        }
        return results.withAnswers(r);
    }

    private void show(ImportPreview result, SheetGrid g) {
        choices.showSheets(choices.sheets().contains(result.sheet()) ? null : result.sheets(), result.sheet());
        results.show(result, g, request);
    }

    /** Sets one answer (the grid's combo boxes do it too) and makes the dry run again. */
    public void answer(String questionId, String value) {
        results.questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .ifPresent(q -> q.answerProperty().set(value));
        preview();
    }

    /**
     * "Dùng các gợi ý": every unanswered question takes the importer's suggestion; then the dry run again. (Rows that
     * name no indicator, such as a date, are never asked about, so no suggestion adds one to the catalog.)
     */
    public void acceptSuggestions() {
        for (QuestionRow q : results.questions()) {
            if ((q.answerProperty().get() == null || q.answerProperty().get().isBlank()) && q.suggested() != null) {
                q.answerProperty().set(q.suggested());
            }
        }
        preview();
    }

    /** "Ghi vào cơ sở dữ liệu": the dry run again inside one transaction, then every value as one batch. */
    public void commit() {
        ImportRequest r = currentRequest();
        if (r == null) {
            message.error(messages.get("import.error.noFile"));
            return;
        }
        WorkbookData wb = workbook;
        runner.run(messages.get("task.importCommit"), p -> {
            p.update(0, 2);
            CommitResult done = store.commit(wb, r);
            p.update(1, 2);
            List<Batch> all = store.batches();
            p.update(2, 2);
            return new Committed(done, all);
        }, done -> {
            batches.setAll(done.batches());
            CommitResult c = done.result();
            String text = c.batchId() == 0 ? messages.get("import.nothingToWrite")
                    : messages.format("import.committed", VietnameseNumbers.format(c.batchId()),
                    VietnameseNumbers.format(c.inserted()), VietnameseNumbers.format(c.updated()),
                    VietnameseNumbers.format(c.indicatorsAdded()));
            afterImport.run();
            if (c.batchId() == 0) {
                message.info(text);
                preview(false);
                return;
            }
            // the wizard is done with this file: nothing stays armed for a second commit; the batch is shown
            reset();
            committedBatch.set(done.batches().stream().filter(b -> b.id() == c.batchId()).findFirst().orElse(null));
            message.info(text);
        }, this::failed);
    }

    /** Back to the start: no file, no dry run, no answers; the choices of area, period and issuer stay. */
    private void reset() {
        workbook = null;
        request = null;
        file.set(null);
        choices.showSheets(List.of(), null);
        clearResults();
    }

    private record Committed(CommitResult result, List<Batch> batches) {
    }

    /** "Hoàn tác lô": after the clerk confirms, every value of the batch goes back to what it was. */
    public void undo(Batch batch) {
        if (batch == null || batch.undone()) {
            return;
        }
        if (!dialogs.confirm(messages.get("import.undo.title"), messages.format("import.undo.confirm",
                VietnameseNumbers.format(batch.id()), batch.fileName(), VietnameseNumbers.format(batch.changes())),
                messages.get("import.undo.button"))) {
            return;
        }
        runner.run(messages.get("task.importUndo"), p -> new Undone(store.undo(batch.id()), store.batches()), done -> {
            batches.setAll(done.batches());
            message.info(undoneMessage(batch.id(), done.result()));
            afterImport.run();
            if (workbook != null) {
                preview(false);
            }
        }, this::failed);
    }

    private record Undone(ExcelImportService.UndoResult result, List<Batch> batches) {
    }

    /** "Đã hoàn tác lô nhập số 1: khôi phục 10 số liệu." and what happened to the indicators the batch added. */
    private String undoneMessage(long batchId, ExcelImportService.UndoResult result) {
        StringBuilder text = new StringBuilder(messages.format("import.undone", VietnameseNumbers.format(batchId),
                VietnameseNumbers.format(result.restored())));
        if (!result.indicatorsRemoved().isEmpty()) {
            text.append(' ').append(messages.format("import.undone.indicatorsRemoved",
                    String.join(", ", result.indicatorsRemoved())));
        }
        if (!result.indicatorsKept().isEmpty()) {
            text.append(' ').append(messages.format("import.undone.indicatorsKept",
                    String.join(", ", result.indicatorsKept())));
        }
        return text.toString();
    }

    private void clearResults() {
        results.clear();
        passwordNeeded.set(false);
    }

    /**
     * "Xuất danh sách lỗi": the dry run's errors, conflicts and open questions as a workbook the clerk can send back
     * to the colleague, saved where the clerk chooses (next to the colleague's file by default).
     */
    public void exportProblems() {
        ImportPreview shown = results.previewProperty().get();
        Path source = file.get();
        if (shown == null || source == null) {
            return;
        }
        String name = messages.format("import.problems.file", source.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        Optional<Path> target = dialogs.chooseFileToSave(messages.get("import.problems.title"), source.getParent(),
                name, messages.get("import.problems.filter"), "xlsx");
        if (target.isEmpty()) {
            return;
        }
        Map<String, String> areaNames = new HashMap<>();
        choices.areas().forEach(a -> areaNames.put(a.code(), a.name()));
        ImportProblemReport.Options options = new ImportProblemReport.Options(LocalDateTime.now(), areaNames);
        runner.run(messages.get("task.problemReport"), p -> ImportProblemReport.write(shown, target.get(), options),
                written -> message.info(messages.format("import.problems.written", written.toString())), this::failed);
    }

    private void failed(Throwable e) {
        String text = e instanceof WorkbookReadException || e instanceof ImportRefusedException
                || e instanceof FileWriteException ? e.getMessage() : errors.describe(e);
        message.error(text);
        dialogs.showError(messages.get("dialog.error.title"), text);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passwordNeededProperty() {
        return passwordNeeded.getReadOnlyProperty();
    }

    /**
     * The searchable catalog list for one indicator question (read with the dry run that asked it); taking a line
     * sets the question's answer like typing the code.
     */
    public CatalogPicker picker(QuestionRow row) {
        return new CatalogPicker(catalog.get(), row);
    }

    /** The active catalog indicators as of the last dry run that asked an indicator question. */
    public ReadOnlyObjectProperty<IndicatorSearch> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** The sheet, area, period, issuer and options chosen for the import. */
    public ImportChoices choices() {
        return choices;
    }

    /** The last dry run as the wizard shows it: questions, entries, numbers left out, summary and coverage. */
    public DryRunResults results() {
        return results;
    }

    /** The batch the last commit wrote (shown and selected in the batch list), null before one. */
    public ReadOnlyObjectProperty<Batch> committedBatchProperty() {
        return committedBatch.getReadOnlyProperty();
    }

    public ObservableList<Batch> batches() {
        return batches;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return message.errorProperty();
    }
}
