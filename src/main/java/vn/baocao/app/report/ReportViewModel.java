package vn.baocao.app.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.app.AreaText;
import vn.baocao.app.ErrorMessages;
import vn.baocao.app.Messages;
import vn.baocao.app.PageMessage;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.settings.AppSettings;
import vn.baocao.app.settings.Signer;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Signature;
import vn.baocao.document.compose.ComposedReport;
import vn.baocao.document.compose.PlaceholderException;
import vn.baocao.document.compose.PlaceholderProblem;
import vn.baocao.document.compose.ReportFields;
import vn.baocao.document.compose.ReportSettings;
import vn.baocao.document.compose.ReportTemplate;
import vn.baocao.domain.Area;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.render.export.ExportException;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.store.StoredReport;

/**
 * The "Báo cáo" page: start a report from a template or open a stored one (or copy last period's), fill the header
 * from the office's settings, edit the clerk's text, accept review items, see the pages, export Word and PDF.
 * The choices ({@link ReportChoices}), header fields ({@link HeaderFields}), body edits ({@link BodyBlocks}),
 * export ({@link ReportExport}), the preview's pages ({@link PreviewPages}), the settings offer ({@link SettingsOffer})
 * and the unsaved-change check ({@link DraftKeeper}) live in their own classes; what remains (about 500 lines, a
 * fifth of it the properties the view binds to) is the report's life on the page: new, open, copy, show, keep,
 * save, preview, accept. Next to move out: the preview's composition and the review's acceptance.
 */
public final class ReportViewModel {
    private final ReportStore store;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Supplier<AppSettings> office;


    private final ReportChoices choices = new ReportChoices();
    private final ReadOnlyObjectWrapper<StoredReport> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final HeaderFields header = new HeaderFields();
    private final ObservableList<Signer> signers = FXCollections.observableArrayList();
    private final Set<String> accepted = new LinkedHashSet<>();
    private ReportSettings baseSettings;
    private AdministrativeDocument baseDocument;

    private final ObservableList<ReviewRow> review = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BodyBlocks body = new BodyBlocks(problems);
    private final ReportExport exports;
    private final PreviewPages preview;
    private final PageMessage message = new PageMessage();
    private final DraftKeeper drafts = new DraftKeeper();
    private final ReadOnlyObjectWrapper<ReportFields> fields = new ReadOnlyObjectWrapper<>();
    private final SettingsOffer settingsOffer;

    public ReportViewModel(ReportStore store, TaskRunner runner, DialogService dialogs, Messages messages,
                           Supplier<AppSettings> office, FileOpener opener) {
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.office = office;
        this.preview = new PreviewPages(runner, messages, this::failed);
        this.settingsOffer = new SettingsOffer(messages);
        this.exports = new ReportExport(store, runner, dialogs, messages, opener, message);
    }

    /**
     * Cài đặt or "Đơn vị của tôi" changed: the saved signers are read again, and the report on the page is offered
     * the new letterhead, place, signer and Nơi nhận (never applied without the clerk's "Áp dụng").
     */
    public void settingsChanged() {
        AppSettings settings = office.get();
        signers.setAll(settings.signers());
        StoredReport r = current.get();
        Area a = r == null ? null : choices.area(r.areaCode());
        if (r == null || a == null || !vn.baocao.document.compose.ReportTemplates.shipped().containsKey(r.template())) {
            return;
        }
        var doc = vn.baocao.document.compose.ReportTemplates.require(r.template()).document();
        runner.run(messages.get("task.settingsOffer"), p -> HeaderDefaults.of(settings, store.unitDefaults(a, doc), doc.type()), fresh -> {
            if (current.get() == r) {
                settingsOffer.offer(fresh, header);
            }
        }, this::failed);
    }

    /** "Áp dụng" on the settings bar. */
    public void applySettings() {
        if (settingsOffer.apply(header)) {
            message.info(messages.get("report.settings.applied"));
        }
    }

    /** "Bỏ qua" on the settings bar: the report keeps its header. */
    public void ignoreSettings() {
        settingsOffer.dismiss();
    }

    /** The settings bar's text; empty when there is nothing to offer. */
    public ReadOnlyStringProperty settingsOfferProperty() {
        return settingsOffer.textProperty();
    }

    /** Reads the templates, areas and stored reports; picks the district and the latest year with figures. */
    public void load() {
        runner.run(messages.get("task.loadReports"), p -> store.load(), snapshot -> {
            choices.take(snapshot);
            signers.setAll(office.get().signers());
        }, this::failed);
    }

    /** Takes the period the clerk typed ("2023", "2023-Q3"); a wrong code is explained and the period kept. */
    public boolean choosePeriod(String code) {
        try {
            choices.period(code);
            return true;
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return false;
        }
    }

    /**
     * Saves the report on the page when it holds changes not yet stored (a new draft included); the page's header
     * fields are kept as they are when they can be, else the body alone is saved with the stored header. Called before
     * "Lập báo cáo mới" replaces the page, on quitting and by the page's timer, so that no edit is lost.
     *
     * @return whether something was saved
     */
    public boolean keepDraft() {
        StoredReport form = formForKeeping();
        if (form == null || !drafts.changed(form)) {
            return false;
        }
        StoredReport saved = store.save(form);
        remember(saved);
        drafts.reset(formForKeeping());
        return true;
    }

    private StoredReport formForKeeping() {
        StoredReport r = current.get();
        if (r == null || baseDocument == null) {
            return null;
        }
        try {
            return toReport();
        } catch (IllegalArgumentException e) {
            return r.withBody(ReportBody.write(baseDocument, header.cleanSummary(), body.blocks()));
        }
    }

    /** "Lập báo cáo mới": a draft from the chosen template, area, period and issuer with the office's header. */
    public void newReport() {
        String kept = keepDraft() ? messages.format("report.draftKept", VietnameseNumbers.format(current.get().id())) + " " : "";
        ReportTemplate t = choices.templateProperty().get();
        Area a = choices.areaProperty().get();
        Period p = choices.periodProperty().get();
        Issuer i = choices.issuerProperty().get();
        if (t == null || a == null || p == null || i == null) {
            message.error(messages.get("report.error.choose"));
            return;
        }
        AppSettings settings = office.get();
        runner.run(messages.get("task.newReport"), progress -> store.draft(t.id(), a, p, i,
                HeaderDefaults.of(settings, store.unitDefaults(a, t.document()), t.document().type())), draft -> {
            show(draft);
            message.info(kept + messages.format("report.created", t.name(), AreaText.of(a), p.label()));
            preview(false);
        }, this::failed);
    }

    /** Opens a stored report. */
    public void open(StoredReport report) {
        if (report == null) {
            return;
        }
        show(report);
        message.info(messages.format("report.opened", report.name()));
        preview(false);
    }

    /** "Sao chép sang kỳ sau": next period's report from the selected (or the current) stored report. */
    public void copyToNextPeriod() {
        StoredReport from = choices.selectedReportProperty().get() != null ? choices.selectedReportProperty().get() : current.get();
        if (from == null || from.id() == 0) {
            message.error(messages.get("report.error.copyNeedsSaved"));
            return;
        }
        runner.run(messages.get("task.copyReport"), p -> store.copyToNextPeriod(from.id()), copy -> {
            choices.stored(copy, true);
            show(copy);
            message.info(messages.format("report.copied", from.period().label(), copy.period().label(), VietnameseNumbers.format(copy.id())));
            preview(false);
        }, this::failed);
    }

    private void show(StoredReport report) {
        ReportSettings s = ReportSettings.fromJson(report.settingsJson());
        AdministrativeDocument doc = ReportBody.read(report.bodyJson());
        baseSettings = s;
        baseDocument = doc;
        current.set(report);
        title.set(report.id() == 0 ? messages.format("report.title.draft", report.name())
                : messages.format("report.title.saved", VietnameseNumbers.format(report.id()), report.name()));
        header.fill(s, doc);
        settingsOffer.dismiss();
        body.blocks().setAll(ReportBody.blocks(doc));
        accepted.clear();
        accepted.addAll(s.accepted());
        review.clear();
        problems.clear();
        clearPreview();
        exports.clear();
        choices.follow(report);
        drafts.reset(formForKeeping());
        loadFields(report);
    }

    /** Reads the values the page's fields print, in the background; a failure is told on the message line. */
    private void loadFields(StoredReport report) {
        fields.set(null);
        runner.run(messages.get("task.fields"), p -> store.fields(report), f -> {
            if (current.get() != null && current.get().id() == report.id()
                    && current.get().template().equals(report.template())) {
                fields.set(f);
            }
        }, e -> message.error(errors.describe(e)));
    }

    /** Fills the signature from a saved signer (page "Cài đặt"). */
    public void applySigner(Signer signer) {
        if (signer == null) {
            return;
        }
        Signature template = baseDocument == null ? null : baseDocument.signature();
        Signature s = HeaderDefaults.signature(signer, template);
        header.signature(s);
    }

    /**
     * The report as the form shows it.
     *
     * @throws IllegalArgumentException with a Vietnamese message when a header field is wrong
     */
    public StoredReport toReport() {
        StoredReport r = current.get();
        if (r == null) {
            throw new IllegalArgumentException(messages.get("report.error.none"));
        }
        ReportSettings s = header.settings(baseSettings, new ArrayList<>(accepted), messages);
        String text = ReportBody.write(baseDocument, header.cleanSummary(), body.blocks());
        return r.withSettings(s.toJson()).withBody(text);
    }

    /** Ctrl+S / "Lưu báo cáo". */
    public void save() {
        StoredReport r = formOrError();
        if (r == null) {
            return;
        }
        runner.run(messages.get("task.saveReport"), p -> store.save(r), saved -> {
            remember(saved);
            drafts.reset(formForKeeping());
            message.info(messages.format("report.saved", VietnameseNumbers.format(saved.id())));
        }, this::failed);
    }

    private void remember(StoredReport saved) {
        boolean isNew = current.get() == null || current.get().id() != saved.id();
        current.set(saved);
        baseSettings = ReportSettings.fromJson(saved.settingsJson());
        title.set(messages.format("report.title.saved", VietnameseNumbers.format(saved.id()), saved.name()));
        choices.stored(saved, isNew);
    }

    /** Composes the report and draws its first page; fills the review list. Placeholder problems are listed. */
    public void preview() {
        preview(true);
    }

    /** @param announce whether the message line reports the preview (not when it follows opening or copying) */
    private void preview(boolean announce) {
        StoredReport r = formOrError();
        if (r == null) {
            return;
        }
        runner.run(messages.get("task.preview"), progress -> {
            ComposedReport composed = store.compose(r);
            PdfPages pdf = new PdfPages(new PdfRenderer().toBytes(composed.document()));
            return new Preview(composed, pdf, pdf.count() == 0 ? null : pdf.render(0));
        }, done -> {
            problems.clear();
            review.setAll(done.composed().review().stream().map(ReviewRow::new).toList());
            preview.show(done.pages(), done.first());
            if (announce) {
                loadFields(r); // the clerk asked again: the fields follow figures changed since the page opened
            }
            if (announce) {
                message.info(messages.format("report.previewed", VietnameseNumbers.format(done.pages().count()),
                        VietnameseNumbers.format(done.composed().openWarnings().size())));
            }
        }, this::composeFailed);
    }

    private record Preview(ComposedReport composed, PdfPages pages, BufferedImage first) {
    }

    public void nextPage() {
        preview.next();
    }

    public void previousPage() {
        preview.previous();
    }

    /** Draws another page of the preview (0-based) in the background. */
    public void showPage(int index) {
        preview.showPage(index);
    }

    private void clearPreview() {
        preview.clear();
    }

    /** "Chấp nhận": the item is accepted for this report and the report is saved with it. */
    public void accept(ReviewRow row) {
        if (row == null || row.acceptedProperty().get()) {
            return;
        }
        accepted.add(row.key());
        StoredReport r = formOrError();
        if (r == null) {
            accepted.remove(row.key());
            return;
        }
        runner.run(messages.get("task.saveReport"), p -> store.save(r), saved -> {
            row.acceptedProperty().set(true);
            remember(saved);
            message.info(messages.format("report.accepted", row.item().indicatorCode(), VietnameseNumbers.format(saved.id())));
        }, e -> {
            accepted.remove(row.key());
            failed(e);
        });
    }

    /** "Xuất Word và PDF": asks for the folder, checks the placeholders and open warnings, writes both files. */
    public void export() {
        StoredReport r = formOrError();
        if (r != null) {
            exports.export(r, review, files -> problems.clear(), this::composeFailed);
        }
    }

    /** Opening the exported files ("Mở tệp Word", "Mở tệp PDF", "Mở thư mục"). */
    ReportExport exports() {
        return exports;
    }

    private StoredReport formOrError() {
        try {
            return toReport();
        } catch (IllegalArgumentException e) {
            failed(e);
            return null;
        }
    }

    private void composeFailed(Throwable e) {
        List<PlaceholderProblem> unfilled = e instanceof PlaceholderException p ? p.problems()
                : e instanceof ExportException x ? x.problems() : List.of();
        if (!unfilled.isEmpty()) {
            problems.setAll(unfilled.stream().map(PlaceholderProblem::describe).toList());
            String text = messages.format("report.error.placeholders", VietnameseNumbers.format(unfilled.size()),
                    String.join("\n", problems));
            message.error(text);
            dialogs.showError(messages.get("dialog.error.title"), text);
            return;
        }
        failed(e);
    }

    private void failed(Throwable e) {
        String text = e instanceof ExportException ? e.getMessage() : errors.describe(e);
        message.error(text);
        dialogs.showError(messages.get("dialog.error.title"), text);
    }

    /** Mẫu, địa bàn, kỳ, kế hoạch and the stored reports. */
    public ReportChoices choices() {
        return choices;
    }

    public ReadOnlyObjectProperty<StoredReport> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }












    /** The header fields of the report on the page (letterhead, number, date, signer, Nơi nhận, trích yếu). */
    public HeaderFields header() {
        return header;
    }

    public ObservableList<Signer> signers() {
        return signers;
    }

    public ObservableList<BodyBlock> blocks() {
        return body.blocks();
    }

    /** The page's edits of the blocks. */
    PageEditor.PageActions body() {
        return body;
    }

    public ObservableList<ReviewRow> review() {
        return review;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return preview.pageCountProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return preview.pageIndexProperty();
    }

    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return preview.pageImageProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return preview.pageTextProperty();
    }

    /** The data fields of the report on the page as they print; null while they load. */
    public ReadOnlyObjectProperty<ReportFields> fieldsProperty() {
        return fields.getReadOnlyProperty();
    }

    /** The header as the page draws it. */
    PrintedHeader.Fields printedHeader() {
        return new PrintedHeader.Fields(header.parentAgency, header.issuingAgency, header.number, header.symbol,
                header.place, header.date, header.summary, header.authority, header.position, header.signerName,
                header.recipients);
    }

    public ReadOnlyObjectProperty<ExportedFiles> exportedProperty() {
        return exports.exportedProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return message.errorProperty();
    }
}
