package vn.baocao.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.TestDatabase;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.document.SizeProfile;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.RoundingPolicy;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.SettingsRepository;

class SettingsViewModelTest {
    @TempDir
    Path folder;
    private Database db;
    private RecordingDialogs dialogs;
    private SettingsStore store;
    private SettingsViewModel vm;
    private int restored;

    @BeforeEach
    void open() {
        db = TestDatabase.withDemo(folder);
        dialogs = new RecordingDialogs();
        store = new SettingsStore(db);
        vm = new SettingsViewModel(store, new SameThreadTaskRunner(), dialogs, Messages.load(),
                () -> LocalDateTime.of(2024, 3, 15, 9, 30, 0));
        vm.onRestored(() -> restored++);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void defaultsAreP14RoundingHalfUpAndPoints() {
        assertThat(vm.sizeProfileProperty().get()).isEqualTo(SizeProfile.P14);
        assertThat(vm.roundingProperty().get()).isEqualTo(RoundingPolicy.HALF_UP);
        assertThat(vm.changeWordingProperty().get()).isEqualTo(ChangeWording.POINTS);
        assertThat(vm.backupFolderProperty().get()).endsWith("sao-luu");
    }

    @Test
    void everyFieldIsSavedInTheSettingsTableAndReadBack() {
        vm.parentAgencyProperty().set(" UBND TỈNH HÀ GIANG ");
        vm.issuingAgencyProperty().set("ỦY BAN NHÂN DÂN HUYỆN XÍN MẦN");
        vm.placeProperty().set("Xín Mần");
        vm.addSigner();
        vm.updateSigner(0, new Signer(SignerAuthority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"));
        vm.addSigner();
        vm.updateSigner(1, new Signer(SignerAuthority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị B"));
        vm.sizeProfileProperty().set(SizeProfile.P13);
        vm.roundingProperty().set(RoundingPolicy.TRUNCATE);
        vm.changeWordingProperty().set(ChangeWording.LEGACY_PERCENT);
        vm.recipientsProperty(vn.baocao.document.DocumentType.CONG_VAN).set(" Như trên;\n\n Lưu: VT. ");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Đã lưu cài đặt.");

        AppSettings read = new SettingsStore(db).load();
        assertThat(read.parentAgency()).isEqualTo("UBND TỈNH HÀ GIANG");
        assertThat(read.place()).isEqualTo("Xín Mần");
        assertThat(read.signers()).extracting(Signer::summary)
                .containsExactly("KT. CHỦ TỊCH – PHÓ CHỦ TỊCH – Nguyễn Văn A", "TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH – Trần Thị B");
        assertThat(read.sizeProfile()).isEqualTo(SizeProfile.P13);
        assertThat(read.assessmentOptions().rounding()).isEqualTo(RoundingPolicy.TRUNCATE);
        assertThat(read.assessmentOptions().changeWording()).isEqualTo(ChangeWording.LEGACY_PERCENT);
        java.util.Optional<String> name = db.read(c -> new SettingsRepository(c).get(SettingKeys.signer(2, SettingKeys.SIGNER_NAME)));
        assertThat(name).contains("Trần Thị B");
        assertThat(read.recipientsFor(vn.baocao.document.DocumentType.CONG_VAN)).containsExactly("Như trên;", "Lưu: VT.");
        assertThat(read.recipientsFor(vn.baocao.document.DocumentType.BAO_CAO)).isEmpty();
        assertThat(store.current()).isEqualTo(read);

        vm.removeSigner(0);
        vm.save();
        assertThat(new SettingsStore(db).load().signers()).hasSize(1);
    }

    @Test
    void backupWritesADatedCopyAndRestoreAsksThenBringsItBack() throws Exception {
        Path backups = folder.resolve("backups");
        vm.backupFolderProperty().set(backups.toString());
        vm.backupNow();
        Path copy = backups.resolve("baocao-20240315-093000.db");
        assertThat(Files.exists(copy)).isTrue();
        assertThat(dialogs.infos).hasSize(1);

        db.inTransaction(c -> new ObservationRepository(c).save(
                Observation.of("LD01", "XINMAN", Period.year(2023), new java.math.BigDecimal("1")), null));
        dialogs.fileToOpen = copy;
        dialogs.answer = false;
        vm.restore();
        assertThat(restored).isZero();
        dialogs.answer = true;
        vm.restore();
        assertThat(dialogs.questions).hasSize(2).allMatch(q -> q.contains(copy.toString()));
        assertThat(restored).isEqualTo(1);
        List<Observation> figures = db.read(c -> new ObservationRepository(c).find(List.of("XINMAN"), List.of(Period.year(2023))));
        assertThat(figures)
                .filteredOn(o -> o.indicatorCode().equals("LD01")).extracting(o -> o.value().intValue()).containsExactly(2278);
        assertThat(vm.messageProperty().get()).startsWith("Đã phục hồi dữ liệu từ");
    }

    @Test
    void aRestoreFromAFileThatIsNotADatabaseChangesNothingAndSaysSo() throws Exception {
        Path bad = Files.writeString(folder.resolve("khong-phai.db"), "không phải SQLite");
        dialogs.fileToOpen = bad;
        vm.restore();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("không phải");
        assertThat(restored).isZero();
    }
}
