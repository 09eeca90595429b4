package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.sign.SoftHsm;
import vn.baocao.sign.TestImages;
import vn.baocao.sign.TestPki;

/**
 * The clerk's way through the command line: register the images, sign as the person with a .p12 file and as the
 * organisation with the token, import the root, verify.
 */
class SignCommandTest {
    static final String SIGNER = "Vũ Xuân Thịnh";
    static final String UNIT = "UBND huyện Tam Đường";

    @TempDir
    static Path dir;
    static Path db;
    static TestPki pki;
    static Path p12;
    static Path passwordFile;
    static Path pinFile;
    static Path input;
    static CliRun registered;

    @BeforeAll
    static void setUp() throws Exception {
        db = dir.resolve("baocao.db");
        pki = new TestPki("BaoCao CLI Root CA");
        passwordFile = Files.writeString(dir.resolve("mat-khau.txt"), "mat khau dai\n");
        pinFile = Files.writeString(dir.resolve("pin.txt"), SoftHsm.PIN + "\n");
        p12 = TestPki.pkcs12(dir.resolve("pho-chu-tich.p12"), pki.signer(SIGNER), "mat khau dai".toCharArray());
        input = dir.resolve("cong-van.pdf");
        Files.write(input, new PdfRenderer().toBytes(SeedFixtures.load("000")));
        Files.write(dir.resolve("chu-ky.png"), TestImages.signature());
        Files.write(dir.resolve("dau.png"), TestImages.seal());
        Files.write(dir.resolve("scan.png"), TestImages.opaqueBlack());
        try (OutputStream out = Files.newOutputStream(dir.resolve("goc.cer"))) {
            out.write(pki.root.getEncoded());
        }
        registered = CliRun.on(db, "images", "signature", "--signer", SIGNER, dir.resolve("chu-ky.png").toString());
        assertThat(registered.code()).as(registered.err()).isZero();
        CliRun seal = CliRun.on(db, "images", "seal", "--unit", UNIT, "--size-mm", "36", dir.resolve("dau.png").toString());
        assertThat(seal.code()).as(seal.err()).isZero();
    }

    @Test
    void personThenOrganisationThenVerify() throws Exception {
        assertThat(registered.out()).contains("Đã đăng ký chữ ký của «" + SIGNER + "»: 40,0 × 20,0 mm").doesNotContain("Cảnh báo");
        CliRun noSize = CliRun.on(db, "images", "seal", "--unit", "Cơ quan khác", dir.resolve("dau.png").toString());
        assertThat(noSize.code()).isNotZero();
        assertThat(noSize.err()).contains("không ghi độ phân giải", "đường kính thật của dấu");

        Path first = dir.resolve("ky-1.pdf");
        CliRun person = CliRun.on(db, "sign", input.toString(), "--out", first.toString(), "--p12", p12.toString(),
                "--password-file", passwordFile.toString(), "--role", "person", "--signer", SIGNER);
        assertThat(person.code()).as(person.err()).isZero();
        assertThat(person.out()).contains("Đã ký: ", "người ký: " + SIGNER);

        SoftHsm hsm = SoftHsm.get();
        hsm.importKey(pki.signer(UNIT), "tam-duong");
        Path both = dir.resolve("ky-2.pdf");
        CliRun organisation = CliRun.on(db, "sign", first.toString(), "--out", both.toString(), "--pkcs11",
                hsm.library.toString(), "--slot", Long.toString(hsm.slot), "--pin-file", pinFile.toString(),
                "--role", "organisation", "--key", UNIT);
        assertThat(organisation.code()).as(organisation.err()).isZero();

        CliRun untrusted = CliRun.on(db, "verify", both.toString());
        assertThat(untrusted.code()).isEqualTo(1);
        assertThat(untrusted.out()).contains("Chữ ký 1: HỢP LỆ", "Chữ ký 2: HỢP LỆ", "chưa nhập chứng thư gốc");
        CliRun trust = CliRun.on(db, "trust", "add", dir.resolve("goc.cer").toString());
        assertThat(trust.out()).contains("Đã nhập chứng thư gốc: BaoCao CLI Root CA");
        CliRun verified = CliRun.on(db, "verify", both.toString());
        assertThat(verified.code()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("Người ký:        " + SIGNER, "Người ký:        " + UNIT,
                "Nơi cấp:         BaoCao CLI Root CA", "chỉ thêm 1 chữ ký số sau, nội dung đã ký còn nguyên",
                "Sau khi ký:      tệp không thay đổi", "Tin cậy:         có");
        Files.createDirectories(Path.of("target", "sign-out"));
        Files.copy(both, Path.of("target", "sign-out", "cong-van-cli-ky.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aWrongPasswordIsSaidInVietnameseAndNothingIsWritten() throws Exception {
        Path wrong = Files.writeString(dir.resolve("sai.txt"), "sai\n");
        Path out = dir.resolve("khong-ghi.pdf");
        CliRun run = CliRun.on(db, "sign", input.toString(), "--out", out.toString(), "--p12", p12.toString(),
                "--password-file", wrong.toString(), "--signer", SIGNER);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Lỗi: ").contains("Mật khẩu của tệp khóa ký pho-chu-tich.p12 không đúng.");
        assertThat(out).doesNotExist();
    }

    @Test
    void anImageAgainstTheRulesIsRegisteredWithWarnings() {
        CliRun run = CliRun.on(db, "images", "signature", "--signer", "Người Khác", "--width-mm", "35",
                dir.resolve("scan.png").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Cảnh báo: Ảnh scan.png không có nền trong suốt",
                "Cảnh báo: Nét ảnh scan.png không phải màu xanh", "Đã đăng ký chữ ký của «Người Khác»: 35,0 × 17,5 mm");
        CliRun notPng = CliRun.on(db, "images", "seal", "--unit", "X", "--size-mm", "30", input.toString());
        assertThat(notPng.code()).isNotZero();
        assertThat(notPng.err()).contains("không phải ảnh PNG");
    }

    @Test
    void verifyingAnUnsignedFile() {
        CliRun run = CliRun.on(db, "verify", input.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("không có chữ ký số nào");
    }
}
