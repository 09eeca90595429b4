package vn.baocao.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.TestDatabase;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.sign.TestImages;
import vn.baocao.store.Database;
import vn.baocao.store.SigningImageRepository;
import vn.baocao.store.SigningImageRepository.Kind;

/** Cài đặt › Người ký: the signer's signature image and the unit's seal, kept in the database, with warnings. */
class SigningImagesSettingsTest {
    @TempDir
    Path folder;
    private Database db;
    private RecordingDialogs dialogs;
    private SettingsViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.withDemo(folder);
        dialogs = new RecordingDialogs();
        vm = new SettingsViewModel(new SettingsStore(db), new SameThreadTaskRunner(), dialogs, Messages.load(),
                () -> LocalDateTime.of(2024, 3, 15, 9, 30, 0));
        vm.load();
        vm.addSigner();
        vm.updateSigner(vm.signers().size() - 1, new Signer(SignerAuthority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Hòa"));
        vm.issuingAgencyProperty().set("UBND huyện Xín Mần");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theSelectedSignersImageIsKeptInTheDatabase() throws Exception {
        dialogs.fileToOpen = Files.write(folder.resolve("chu-ky.png"), TestImages.signature());
        vm.chooseSignatureImage(vm.signers().size() - 1);
        assertThat(vm.messageProperty().get()).isEqualTo("Đã lưu ảnh chữ ký của «Vũ Thị Hòa»: 40,0 × 20,0 mm.");
        Files.delete(dialogs.fileToOpen); // kept in the database, not next to it
        var kept = db.read(c -> new SigningImageRepository(c).get(Kind.SIGNATURE, "Vũ Thị Hòa")).orElseThrow();
        assertThat(kept.png()).isEqualTo(TestImages.signature());
        assertThat(dialogs.infos).isEmpty();
    }

    @Test
    void aSealNeedsItsRealSizeAndAnImageAgainstTheRulesIsKeptWithAWarning() throws Exception {
        dialogs.fileToOpen = Files.write(folder.resolve("dau.png"), TestImages.opaqueBlack());
        vm.chooseSealImage();
        assertThat(vm.messageProperty().get()).contains("không ghi độ phân giải");
        java.util.List<SigningImageRepository.SigningImage> none = db.read(c -> new SigningImageRepository(c).list());
        assertThat(none).isEmpty();
        vm.sealSizeMmProperty().set("35,5");
        vm.chooseSealImage();
        assertThat(vm.messageProperty().get()).startsWith("Đã lưu ảnh con dấu của «UBND huyện Xín Mần»: 35,5 × 17,8 mm.")
                .contains("Cảnh báo: Ảnh dau.png không có nền trong suốt", "không phải màu đỏ");
        assertThat(dialogs.infos).hasSize(1);
        java.util.Optional<SigningImageRepository.SigningImage> seal =
                db.read(c -> new SigningImageRepository(c).get(Kind.SEAL, "UBND huyện Xín Mần"));
        assertThat(seal).isPresent();
    }

    @Test
    void aSignerWithoutANameGetsNoImage() {
        vm.addSigner();
        dialogs.fileToOpen = folder.resolve("x.png");
        vm.chooseSignatureImage(vm.signers().size() - 1);
        assertThat(vm.messageProperty().get()).isEqualTo("Hãy ghi họ tên người ký trong bảng trước khi chọn ảnh chữ ký.");
    }
}
