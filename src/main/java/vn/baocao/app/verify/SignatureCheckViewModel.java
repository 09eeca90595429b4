package vn.baocao.app.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.app.ErrorMessages;
import vn.baocao.app.Messages;
import vn.baocao.app.PageMessage;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.sign.SignException;
import vn.baocao.sign.SignatureCheck;
import vn.baocao.sign.SignatureReport;
import vn.baocao.sign.SignatureVerifier;
import vn.baocao.sign.TrustAnchors;
import vn.baocao.store.Database;

/**
 * "Kiểm tra chữ ký số" (Tệp menu): the clerk picks a PDF and sees each signature as {@code baocao verify} tells it;
 * a government root certificate can be imported here too, and the file is checked again against it.
 */
public final class SignatureCheckViewModel {
    /** One signature: "Chữ ký 1: HỢP LỆ", whether it is valid and trusted, and its labelled facts. */
    public record Entry(String title, boolean good, List<SignatureReport.Line> lines) {
    }

    private final Database db;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper anchorsText = new ReadOnlyStringWrapper("");
    private final ObservableList<Entry> signatures = FXCollections.observableArrayList();
    private final PageMessage message = new PageMessage();
    private Path file;

    public SignatureCheckViewModel(Database db, TaskRunner runner, DialogService dialogs, Messages messages) {
        this.db = db;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        fileText.set(messages.get("verify.noFile"));
    }

    public void show() {
        shown.set(true);
        loadAnchors();
    }

    public void close() {
        shown.set(false);
    }

    /** Asks for a PDF and checks it. */
    public void chooseFile() {
        dialogs.chooseFileToOpen(messages.get("verify.choose"), file == null ? null : file.getParent(),
                messages.get("verify.filter"), "pdf").ifPresent(this::check);
    }

    /** Checks the signatures of {@code pdf} against the imported roots. */
    public void check(Path pdf) {
        file = pdf;
        fileText.set(pdf.toAbsolutePath().toString());
        check(pdf, null);
    }

    /** Asks for a root certificate file, imports it, and checks the chosen PDF again. */
    public void importRoot() {
        var chosen = dialogs.chooseFileToOpen(messages.get("verify.root.choose"), null, messages.get("verify.root.filter"),
                "cer", "crt", "pem", "der");
        if (chosen.isEmpty()) {
            return;
        }
        runner.run(messages.get("verify.root.task"), p -> new TrustAnchors(db).add(chosen.get()), root -> {
            String done = messages.format(root.added() ? "verify.root.added" : "verify.root.present", root.subject(),
                    root.notAfter()) + (root.authority() ? "" : " " + messages.get("verify.root.notAuthority"));
            loadAnchors();
            if (file != null) {
                check(file, done);
            } else {
                message.info(done);
            }
        }, this::failed);
    }

    private void check(Path pdf, String before) {
        signatures.clear();
        runner.run(messages.get("verify.task"), p -> {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(pdf);
            } catch (IOException e) {
                throw new SignException(messages.format("verify.unreadable", pdf.toAbsolutePath()), e);
            }
            return new SignatureVerifier(new TrustAnchors(db).roots()).verify(bytes, pdf.getFileName().toString());
        }, checks -> show(pdf, checks, before), this::failed);
    }

    private void show(Path pdf, List<SignatureCheck> checks, String before) {
        for (int i = 0; i < checks.size(); i++) {
            SignatureCheck c = checks.get(i);
            signatures.add(new Entry(messages.format("verify.signature", i + 1, SignatureReport.verdict(c)),
                    SignatureReport.good(c), SignatureReport.lines(c)));
        }
        String name = pdf.getFileName().toString();
        String summary;
        boolean allGood = checks.stream().allMatch(SignatureReport::good);
        if (checks.isEmpty()) {
            summary = messages.format("verify.none", name);
        } else if (allGood) {
            summary = messages.format("verify.allGood", name, checks.size());
        } else {
            summary = messages.format("verify.notAllGood", name, checks.size());
        }
        String text = before == null ? summary : before + "\n" + summary;
        if (!checks.isEmpty() && allGood) {
            message.info(text);
        } else {
            message.error(text);
        }
    }

    private void failed(Throwable error) {
        message.error(error instanceof SignException ? error.getMessage() : new ErrorMessages(messages).describe(error));
    }

    private void loadAnchors() {
        runner.run(messages.get("verify.task"), p -> new TrustAnchors(db).subjects(), subjects -> anchorsText.set(
                subjects.isEmpty() ? messages.get("verify.anchors.none")
                        : messages.format("verify.anchors", String.join("; ", subjects))), this::failed);
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty anchorsTextProperty() {
        return anchorsText.getReadOnlyProperty();
    }

    public ObservableList<Entry> signatures() {
        return signatures;
    }

    public PageMessage message() {
        return message;
    }
}
