package vn.baocao.app.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.baocao.app.Messages;
import vn.baocao.app.PageMessage;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.domain.VietnameseText;
import vn.baocao.render.export.DocumentExport;
import vn.baocao.render.export.ExportTargets;
import vn.baocao.store.StoredReport;

/**
 * "Xuất Word và PDF" and the buttons that open what was written: asks for the folder (remembered), asks before
 * exporting over open warnings, writes both files through {@link DocumentExport}, which checks them.
 */
final class ReportExport {
    private final ReportStore store;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final FileOpener opener;
    private final PageMessage message;
    private final ReadOnlyObjectWrapper<ExportedFiles> exported = new ReadOnlyObjectWrapper<>();
    private Path folder = Path.of(System.getProperty("user.home"));

    ReportExport(ReportStore store, TaskRunner runner, DialogService dialogs, Messages messages, FileOpener opener,
                 PageMessage message) {
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.opener = opener;
        this.message = message;
    }

    /**
     * @param review the report's review, for its open warnings
     * @param done called with the written files (the page clears its placeholder problems)
     * @param failed told a failure, placeholder problems included
     */
    void export(StoredReport r, List<ReviewRow> review, Consumer<ExportedFiles> done, Consumer<Throwable> failed) {
        long open = review.stream().filter(x -> x.isWarning() && !x.acceptedProperty().get()).count();
        if (open > 0 && !dialogs.confirm(messages.get("report.export.title"),
                messages.format("report.export.openWarnings", VietnameseNumbers.format(open)),
                messages.get("report.export.anyway"))) {
            return;
        }
        var chosen = dialogs.chooseFolder(messages.get("report.export.chooseFolder"), folder);
        if (chosen.isEmpty()) {
            return;
        }
        folder = chosen.get();
        ExportTargets targets = ExportTargets.both(chosen.get(), fileName(r));
        runner.run(messages.get("task.export"), progress -> {
            DocumentExport.Exported written = new DocumentExport().export(() -> store.compose(r), targets,
                    DocumentExport.Check.NONE, progress::update);
            return new ExportedFiles(written.docx(), written.pdf());
        }, files -> {
            exported.set(files);
            done.accept(files);
            message.info(messages.format("report.exported", files.docx().getFileName(), files.pdf().getFileName(), files.folder()));
        }, failed::accept);
    }

    /** "bao-cao-nam-2023-xinman": the template, the period and the area, safe on every system. */
    static String fileName(StoredReport r) {
        String raw = r.template() + "-" + r.period().code() + "-" + r.areaCode();
        String ascii = VietnameseText.nfc(raw).replace('đ', 'd').replace('Đ', 'D');
        ascii = java.text.Normalizer.normalize(ascii, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A new report on the page: the buttons that open the last files are off until it is exported. */
    void clear() {
        exported.set(null);
    }

    void openDocx() {
        ExportedFiles f = exported.get();
        if (f != null) {
            openPath(f.docx());
        }
    }

    void openPdf() {
        ExportedFiles f = exported.get();
        if (f != null) {
            openPath(f.pdf());
        }
    }

    void openFolder() {
        ExportedFiles f = exported.get();
        if (f != null) {
            openPath(f.folder());
        }
    }

    /** Opens with the system's program in the background; where Java cannot, the path is shown instead. */
    private void openPath(Path path) {
        runner.run(messages.get("task.openFile"), p -> opener.open(path), opened -> {
            if (!opened) {
                dialogs.showInfo(messages.get("report.open.title"), messages.format("report.open.unsupported", path));
            }
        }, e -> message.error(e.getMessage()));
    }

    ReadOnlyObjectProperty<ExportedFiles> exportedProperty() {
        return exported.getReadOnlyProperty();
    }
}
