package vn.baocao.app.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.sign.SignatureReport;
import vn.baocao.store.Database;

/** The "Kiểm tra chữ ký số" page without a window: choose a PDF, see its signatures, import the root, see them trusted. */
class SignatureCheckViewModelTest {
    @TempDir
    static Path shared;
    static SignedPdfs pdfs;

    @TempDir
    Path dir;
    Database db;
    RecordingDialogs dialogs = new RecordingDialogs();
    SignatureCheckViewModel vm;

    @BeforeAll
    static void sign() throws Exception {
        pdfs = new SignedPdfs(shared);
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("baocao.db"));
        vm = new SignatureCheckViewModel(db, new SameThreadTaskRunner(), dialogs, Messages.load());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSignedFileIsListedThenTrustedOnceTheRootIsImported() {
        vm.show();
        assertThat(vm.shownProperty().get()).isTrue();
        assertThat(vm.anchorsTextProperty().get()).startsWith("Chưa nhập chứng thư gốc nào");
        dialogs.fileToOpen = pdfs.signed;
        vm.chooseFile();
        assertThat(vm.fileTextProperty().get()).isEqualTo(pdfs.signed.toAbsolutePath().toString());
        assertThat(vm.signatures()).hasSize(1);
        SignatureCheckViewModel.Entry entry = vm.signatures().get(0);
        assertThat(entry.title()).isEqualTo("Chữ ký 1: HỢP LỆ");
        assertThat(entry.good()).isFalse();
        assertThat(entry.lines()).extracting(SignatureReport.Line::label)
                .containsExactly("Người ký", "Nơi cấp", "Chứng thư số", "Thời gian ký", "Sau khi ký", "Tin cậy");
        assertThat(entry.lines()).contains(new SignatureReport.Line("Người ký", SignedPdfs.SIGNER),
                new SignatureReport.Line("Nơi cấp", "BaoCao Window Root CA"),
                new SignatureReport.Line("Sau khi ký", "tệp không thay đổi"));
        assertThat(entry.lines().get(5).value()).startsWith("không: ").contains("chưa nhập chứng thư gốc");
        assertThat(vm.message().errorProperty().get()).isTrue();
        assertThat(vm.message().textProperty().get()).contains("cong-van-da-ky.pdf: 1 chữ ký", "chưa được tin cậy");

        dialogs.fileToOpen = pdfs.rootFile;
        vm.importRoot();
        assertThat(vm.anchorsTextProperty().get()).isEqualTo("Chứng thư gốc đã nhập: BaoCao Window Root CA");
        assertThat(vm.signatures()).hasSize(1);
        assertThat(vm.signatures().get(0).good()).isTrue();
        assertThat(vm.signatures().get(0).lines().get(5).value()).isEqualTo("có, dẫn tới chứng thư gốc đã nhập");
        assertThat(vm.message().errorProperty().get()).isFalse();
        assertThat(vm.message().textProperty().get()).startsWith("Đã nhập chứng thư gốc: BaoCao Window Root CA")
                .contains("tất cả hợp lệ");

        vm.close();
        assertThat(vm.shownProperty().get()).isFalse();
    }

    @Test
    void anUnsignedFileAndAFileThatIsNoPdfAreSaidInVietnamese() throws Exception {
        vm.check(pdfs.unsigned);
        assertThat(vm.signatures()).isEmpty();
        assertThat(vm.message().textProperty().get()).isEqualTo("Tệp cong-van.pdf không có chữ ký số nào.");
        assertThat(vm.message().errorProperty().get()).isTrue();

        Path notPdf = Files.writeString(dir.resolve("ghi-chu.pdf"), "không phải PDF");
        vm.check(notPdf);
        assertThat(vm.signatures()).isEmpty();
        assertThat(vm.message().errorProperty().get()).isTrue();
        assertThat(vm.message().textProperty().get()).contains("ghi-chu.pdf").doesNotContain("Exception");

        vm.check(dir.resolve("khong-co.pdf"));
        assertThat(vm.message().textProperty().get()).startsWith("Không đọc được tệp").contains("khong-co.pdf");
    }

    @Test
    void aFileThatIsNoCertificateImportsNothingAndCancellingDoesNothing() throws Exception {
        vm.show();
        dialogs.fileToOpen = null;
        vm.importRoot();
        vm.chooseFile();
        assertThat(vm.message().textProperty().get()).isEmpty();
        assertThat(vm.fileTextProperty().get()).isEqualTo("(chưa chọn tệp)");

        dialogs.fileToOpen = pdfs.unsigned;
        vm.importRoot();
        assertThat(vm.message().textProperty().get()).isEqualTo("Tệp cong-van.pdf không phải chứng thư số (.cer, .crt, .pem).");
        assertThat(vm.anchorsTextProperty().get()).startsWith("Chưa nhập chứng thư gốc nào");
    }
}
