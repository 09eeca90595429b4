package vn.baocao.app.settings;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.app.ErrorMessages;
import vn.baocao.app.Messages;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.task.TaskRunner;
import vn.baocao.document.SizeProfile;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.RoundingPolicy;
import vn.baocao.domain.VietnameseText;
import vn.baocao.sign.SignException;
import vn.baocao.sign.SigningImages;
import vn.baocao.store.DataLocation;
import vn.baocao.store.SigningImageRepository;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.SupportBundle;

/** The "Cài đặt" page: letterhead, signers, layout and number choices, backup and restore. */
public final class SettingsViewModel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SettingsStore store;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Supplier<LocalDateTime> clock;
    private Runnable afterSave = () -> { };
    private Runnable afterRestore = () -> { };

    private final StringProperty parentAgency = new SimpleStringProperty("");
    private final StringProperty issuingAgency = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObservableList<Signer> signers = FXCollections.observableArrayList();
    private final ObjectProperty<SizeProfile> sizeProfile = new SimpleObjectProperty<>(SizeProfile.P14);
    private final ObjectProperty<RoundingPolicy> rounding = new SimpleObjectProperty<>(RoundingPolicy.HALF_UP);
    private final ObjectProperty<ChangeWording> changeWording = new SimpleObjectProperty<>(ChangeWording.POINTS);
    private final StringProperty backupFolder = new SimpleStringProperty("");
    /** The document type whose Nơi nhận the form shows, and each type's list as typed (one line each). */
    private final ObjectProperty<vn.baocao.document.DocumentType> recipientsType =
            new SimpleObjectProperty<>(vn.baocao.document.DocumentType.BAO_CAO);
    private final java.util.Map<vn.baocao.document.DocumentType, StringProperty> recipients = recipientForms();
    /** The seal's real diameter, for a seal image that does not state its resolution. */
    private final StringProperty sealSizeMm = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<AutoBackups.Entry> autoBackups = FXCollections.observableArrayList();

    public SettingsViewModel(SettingsStore store, TaskRunner runner, DialogService dialogs, Messages messages,
                             Supplier<LocalDateTime> clock) {
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.clock = clock;
    }

    /** After a save: pages that show figures follow the new rounding and wording. */
    private Runnable showUnit = () -> { };

    /** What "Đơn vị của tôi…" opens (issue 13). */
    public void onShowUnit(Runnable action) {
        this.showUnit = action;
    }

    public void showUnit() {
        showUnit.run();
    }

    public void onSaved(Runnable action) {
        this.afterSave = action;
    }

    /** After a restore: every page reads the database again. */
    public void onRestored(Runnable action) {
        this.afterRestore = action;
    }

    public void load() {
        runner.run(messages.get("task.loadSettings"), p -> store.load(), this::show, this::failed);
        loadAutoBackups();
    }

    /** The automatic backups beside the database, newest first (Cài đặt lists them for restoring). */
    public void loadAutoBackups() {
        runner.run(messages.get("task.loadSettings"), p -> AutoBackups.of(store.database()).list(), autoBackups::setAll,
                this::failed);
    }

    /** Restores the chosen automatic backup after the clerk confirms. */
    public void restoreAuto(AutoBackups.Entry entry) {
        if (entry != null) {
            confirmAndRestore(entry.file());
        }
    }

    /** "Lưu thông tin hỗ trợ…": the log, versions and settings in a zip the clerk chooses. */
    public void saveSupportInfo(String appVersion) {
        var chosen = dialogs.chooseFileToSave(messages.get("settings.support.title"), folder(),
                "baocao-ho-tro-" + clock.get().format(STAMP) + ".zip", messages.get("settings.support.filter"), "zip");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        runner.run(messages.get("settings.support.task"), p -> {
            SupportBundle.write(target, appVersion, store.database(), store.database().file(), null);
            return target;
        }, done -> {
            message.set(messages.format("settings.support.done", done));
            dialogs.showInfo(messages.get("settings.support.title"), messages.format("settings.support.done", done));
        }, this::failed);
    }

    public ObservableList<AutoBackups.Entry> autoBackups() {
        return autoBackups;
    }

    private void show(AppSettings s) {
        parentAgency.set(s.parentAgency());
        issuingAgency.set(s.issuingAgency());
        place.set(s.place());
        signers.setAll(s.signers());
        sizeProfile.set(s.sizeProfile());
        rounding.set(s.rounding());
        changeWording.set(s.changeWording());
        backupFolder.set(s.backupFolder());
        recipients.forEach((t, p) -> p.set(String.join("\n", s.recipientsFor(t))));
    }

    private static java.util.Map<vn.baocao.document.DocumentType, StringProperty> recipientForms() {
        java.util.Map<vn.baocao.document.DocumentType, StringProperty> m = new java.util.EnumMap<>(vn.baocao.document.DocumentType.class);
        for (vn.baocao.document.DocumentType t : RECIPIENT_TYPES) {
            m.put(t, new SimpleStringProperty(""));
        }
        return m;
    }

    /** The document types the shipped templates are (Báo cáo, Kế hoạch, Thông báo, Công văn). */
    public static final List<vn.baocao.document.DocumentType> RECIPIENT_TYPES = List.of(vn.baocao.document.DocumentType.BAO_CAO,
            vn.baocao.document.DocumentType.KE_HOACH, vn.baocao.document.DocumentType.THONG_BAO, vn.baocao.document.DocumentType.CONG_VAN);

    public ObjectProperty<vn.baocao.document.DocumentType> recipientsTypeProperty() {
        return recipientsType;
    }

    /** The Nơi nhận of one document type as the form holds it, one line each. */
    public StringProperty recipientsProperty(vn.baocao.document.DocumentType type) {
        return recipients.get(type);
    }

    private java.util.Map<vn.baocao.document.DocumentType, List<String>> recipientLists() {
        java.util.Map<vn.baocao.document.DocumentType, List<String>> m = new java.util.EnumMap<>(vn.baocao.document.DocumentType.class);
        recipients.forEach((t, p) -> m.put(t, (p.get() == null ? "" : p.get()).lines().map(SettingsViewModel::clean)
                .filter(l -> !l.isEmpty()).toList()));
        return m;
    }

    /** The form as settings (text in NFC, trimmed). */
    public AppSettings toSettings() {
        return new AppSettings(clean(parentAgency.get()), clean(issuingAgency.get()), clean(place.get()),
                signers.stream().map(g -> new Signer(g.authority(), clean(g.collective()), clean(g.title()), clean(g.name())))
                        .filter(g -> !(g.collective().isEmpty() && g.title().isEmpty() && g.name().isEmpty())).toList(),
                sizeProfile.get(), rounding.get(), changeWording.get(), clean(backupFolder.get()), recipientLists());
    }

    public void save() {
        AppSettings s = toSettings();
        runner.run(messages.get("task.saveSettings"), p -> {
            store.save(s);
            return s;
        }, saved -> {
            show(saved);
            message.set(messages.get("settings.saved"));
            afterSave.run();
        }, this::failed);
    }

    public void addSigner() {
        signers.add(new Signer(SignerAuthority.KT, messages.get("settings.signer.defaultCollective"),
                messages.get("settings.signer.defaultTitle"), ""));
    }

    public void updateSigner(int index, Signer signer) {
        if (index >= 0 && index < signers.size()) {
            signers.set(index, signer);
        }
    }

    public void removeSigner(int index) {
        if (index >= 0 && index < signers.size()) {
            signers.remove(index);
        }
    }

    public void chooseBackupFolder() {
        dialogs.chooseFolder(messages.get("settings.backupFolder.choose"), folder())
                .ifPresent(p -> backupFolder.set(p.toString()));
    }

    private Path folder() {
        String f = clean(backupFolder.get());
        return f.isEmpty() ? DataLocation.backupFolder() : Path.of(f);
    }

    /** Registers the signature image of the signer in row {@code index} (by the full name printed under it). */
    public void chooseSignatureImage(int index) {
        String name = index >= 0 && index < signers.size() ? clean(signers.get(index).name()) : "";
        if (name.isEmpty()) {
            message.set(messages.get("settings.images.noSigner"));
            return;
        }
        registerImage(SigningImageRepository.Kind.SIGNATURE, name, null);
    }

    /** Registers the seal image of the issuing body, at the diameter the image or the field gives. */
    public void chooseSealImage() {
        String size = clean(sealSizeMm.get()).replace(',', '.');
        Double diameter;
        try {
            diameter = size.isEmpty() ? null : Double.valueOf(size);
        } catch (NumberFormatException e) {
            message.set(messages.format("settings.images.badSize", sealSizeMm.get()));
            return;
        }
        registerImage(SigningImageRepository.Kind.SEAL, clean(issuingAgency.get()), diameter);
    }

    private void registerImage(SigningImageRepository.Kind kind, String owner, Double widthMm) {
        var chosen = dialogs.chooseFileToOpen(messages.get("settings.images.choose"), null,
                messages.get("settings.images.filter"), "png");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        runner.run(messages.get("task.registerImage"), p -> {
            try {
                return new SigningImages(store.database()).register(kind, owner, file, widthMm);
            } catch (SignException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, r -> {
            String what = messages.get(kind == SigningImageRepository.Kind.SIGNATURE ? "settings.images.signatureWord"
                    : "settings.images.sealWord");
            StringBuilder text = new StringBuilder(messages.format("settings.images.done", what, owner,
                    mm(r.widthMm()), mm(r.heightMm())));
            for (String w : r.warnings()) {
                text.append('\n').append(messages.format("settings.images.warning", w));
            }
            message.set(text.toString());
            if (!r.warnings().isEmpty()) {
                dialogs.showInfo(messages.get("settings.images.title"), text.toString());
            }
        }, this::failed);
    }

    private static String mm(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v).replace('.', ',');
    }

    public StringProperty sealSizeMmProperty() {
        return sealSizeMm;
    }

    /** "Sao lưu ngay": a complete copy of the database in the backup folder. */
    public void backupNow() {
        Path target = folder().resolve("baocao-" + clock.get().format(STAMP) + ".db");
        runner.run(messages.get("task.backup"), p -> {
            store.database().backupTo(target);
            return target;
        }, done -> {
            message.set(messages.format("settings.backup.done", done));
            loadAutoBackups();
            dialogs.showInfo(messages.get("settings.backup.title"), messages.format("settings.backup.done", done));
        }, this::failed);
    }

    /** "Phục hồi…": replaces the data with a backup after the clerk confirms; the current data is copied aside first. */
    public void restore() {
        var chosen = dialogs.chooseFileToOpen(messages.get("settings.restore.choose"), folder(),
                messages.get("settings.restore.filter"), "db");
        if (chosen.isEmpty()) {
            return;
        }
        confirmAndRestore(chosen.get());
    }

    private void confirmAndRestore(Path source) {
        if (!dialogs.confirm(messages.get("settings.restore.title"), messages.format("settings.restore.confirm", source),
                messages.get("settings.restore.button"))) {
            return;
        }
        runner.run(messages.get("task.restore"), p -> store.database().restoreFrom(source), safety -> {
            message.set(messages.format("settings.restore.done", source, safety));
            dialogs.showInfo(messages.get("settings.restore.title"), messages.format("settings.restore.done", source, safety));
            load();
            afterRestore.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        String text = errors.describe(e);
        message.set(text);
        dialogs.showError(messages.get("dialog.error.title"), text);
    }

    private static String clean(String s) {
        return s == null ? "" : VietnameseText.nfc(s.strip());
    }

    public StringProperty parentAgencyProperty() {
        return parentAgency;
    }

    public StringProperty issuingAgencyProperty() {
        return issuingAgency;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObservableList<Signer> signers() {
        return signers;
    }

    public ObjectProperty<SizeProfile> sizeProfileProperty() {
        return sizeProfile;
    }

    public ObjectProperty<RoundingPolicy> roundingProperty() {
        return rounding;
    }

    public ObjectProperty<ChangeWording> changeWordingProperty() {
        return changeWording;
    }

    public StringProperty backupFolderProperty() {
        return backupFolder;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
