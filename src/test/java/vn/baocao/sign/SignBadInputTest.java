package vn.baocao.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * Every bad input of the issue: a clear Vietnamese message, and neither the input nor an earlier output changed.
 * The input is seed 000 (signed by Vũ Xuân Thịnh); an earlier output file is in place before each attempt.
 */
class SignBadInputTest {
    static final String SIGNER = "Vũ Xuân Thịnh";
    static final char[] PASSWORD = "dung-mat-khau".toCharArray();
    static final StampImage SIGNATURE = new StampImage(SignAndVerifyTest.TestImagesHolder.SIGNATURE, 40, 20);

    @TempDir
    static Path shared;
    static TestPki pki;
    static byte[] seedPdf;
    static Path goodP12;

    @TempDir
    Path dir;
    Path input;
    Path output;
    final byte[] earlierOutput = "bản ký trước đó".getBytes(StandardCharsets.UTF_8);
    final PdfSigner signer = new PdfSigner(FontFiles.get().face(false, false));

    @BeforeAll
    static void makeKeysAndInput() throws Exception {
        pki = new TestPki("BaoCao Test Root CA");
        seedPdf = new PdfRenderer().toBytes(SeedFixtures.load("000"));
        goodP12 = TestPki.pkcs12(shared.resolve("good.p12"), pki.signer(SIGNER), PASSWORD);
    }

    @BeforeEach
    void files() throws Exception {
        input = Files.write(dir.resolve("cong-van.pdf"), seedPdf);
        output = Files.write(dir.resolve("cong-van-da-ky.pdf"), earlierOutput);
    }

    @Test
    void aGoodKeySignsThisInput() throws Exception {
        try (SigningKey key = Pkcs12Keys.open(goodP12, PASSWORD, null)) {
            signer.sign(input, output, key, new Appearance.SignatureImage(SIGNER, SIGNATURE));
        }
        List<SignatureCheck> checks = new SignatureVerifier(List.of(pki.root)).verify(Files.readAllBytes(output), "x");
        assertThat(checks).singleElement().satisfies(c -> assertThat(c.valid()).isTrue());
        assertThat(Files.readAllBytes(input)).isEqualTo(seedPdf);
    }

    @Test
    void wrongPassword() {
        assertThatThrownBy(() -> Pkcs12Keys.open(goodP12, "sai".toCharArray(), null))
                .isInstanceOf(SignException.class).hasMessage("Mật khẩu của tệp khóa ký good.p12 không đúng.");
    }

    @Test
    void wrongPinOnTheToken() throws Exception {
        SoftHsm hsm = SoftHsm.get();
        assertThatThrownBy(() -> Pkcs11Keys.open(hsm.library, new Pkcs11Keys.TokenChoice(hsm.slot, null),
                "000000".toCharArray(), null))
                .isInstanceOf(SignException.class)
                // SoftHSM raises CKF_USER_PIN_COUNT_LOW after a failed login, as a USB token does
                .hasMessage("Mã PIN của thiết bị ký số không đúng. Thiết bị báo còn ít lần thử trước khi bị khóa.");
    }

    @Test
    void theTriesLeftAreSaidWhenTheTokenReportsThem() {
        assertThat(new TokenInfo("x", 0x00020000L).triesLeft()).isEqualTo(" Chỉ còn 1 lần thử: nhập sai lần nữa thiết bị sẽ bị khóa.");
        assertThat(new TokenInfo("x", 0x00040000L).triesLeft()).contains("đã bị khóa");
        assertThat(new TokenInfo("x", 0x00010000L).triesLeft()).contains("còn ít lần thử");
        assertThat(new TokenInfo("x", 0).triesLeft()).isEmpty();
    }

    @Test
    void aTokenLabelThatIsNotThere() throws Exception {
        SoftHsm hsm = SoftHsm.get();
        assertThatThrownBy(() -> Pkcs11Keys.open(hsm.library, new Pkcs11Keys.TokenChoice(null, "Không có"),
                SoftHsm.PIN.toCharArray(), null))
                .isInstanceOf(SignException.class).hasMessageContaining("Không thấy thiết bị ký số có nhãn «Không có»");
    }

    @Test
    void missingTokenLibrary() {
        Path missing = dir.resolve("khong-co.so");
        assertThatThrownBy(() -> Pkcs11Keys.open(missing, new Pkcs11Keys.TokenChoice(null, null), "1".toCharArray(), null))
                .isInstanceOf(SignException.class).hasMessageStartingWith("Không tìm thấy thư viện PKCS#11 của thiết bị ký số");
    }

    @Test
    void expiredCertificate() throws Exception {
        Instant now = Instant.now();
        refused(pki.issue(SIGNER, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)),
                KeyUsage.digitalSignature), "đã hết hạn ngày");
    }

    @Test
    void notYetValidCertificate() throws Exception {
        Instant now = Instant.now();
        refused(pki.issue(SIGNER, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(400)),
                KeyUsage.digitalSignature), "chưa đến ngày hiệu lực");
    }

    @Test
    void certificateWithoutSigningKeyUsage() throws Exception {
        Instant now = Instant.now();
        refused(pki.issue(SIGNER, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)),
                KeyUsage.keyEncipherment | KeyUsage.dataEncipherment), "không được dùng để ký văn bản");
    }

    @Test
    void encryptedInput() throws Exception {
        try (PDDocument doc = Loader.loadPDF(seedPdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", "mo", new AccessPermission());
            doc.protect(policy);
            doc.save(input.toFile());
        }
        refusedInput("được đặt mật khẩu (mã hóa)");
        try (PDDocument doc = Loader.loadPDF(seedPdf)) {
            doc.protect(new StandardProtectionPolicy("chu", "", new AccessPermission()));
            doc.save(input.toFile());
        }
        refusedInput("được mã hóa");
    }

    @Test
    void damagedInput() throws Exception {
        Files.write(input, Arrays.copyOf(seedPdf, seedPdf.length / 2));
        refusedInput("bị hỏng hoặc không trọn vẹn");
        Files.writeString(input, "Đây không phải PDF");
        refusedInput("không phải tệp PDF");
    }

    @Test
    void aSignerNameNotInTheDocument() throws Exception {
        byte[] before = Files.readAllBytes(input);
        try (SigningKey key = Pkcs12Keys.open(goodP12, PASSWORD, null)) {
            assertThatThrownBy(() -> signer.sign(input, output, key, new Appearance.SignatureImage("Nguyễn Văn A", SIGNATURE)))
                    .isInstanceOf(SignException.class).hasMessageContaining("Không tìm thấy họ tên người ký «Nguyễn Văn A»");
        }
        unchanged(before);
    }

    @Test
    void theSealBeforeThePersonSigned() throws Exception {
        byte[] before = Files.readAllBytes(input);
        try (SigningKey key = Pkcs12Keys.open(goodP12, PASSWORD, null)) {
            assertThatThrownBy(() -> signer.sign(input, output, key,
                    new Appearance.Seal(new StampImage(SignAndVerifyTest.TestImagesHolder.SEAL, 36, 36))))
                    .isInstanceOf(SignException.class).hasMessageContaining("người ký phải ký trước");
        }
        unchanged(before);
    }

    private void refused(TestPki.Issued issued, String message) throws Exception {
        Path p12 = TestPki.pkcs12(dir.resolve("k.p12"), issued, PASSWORD);
        byte[] before = Files.readAllBytes(input);
        try (SigningKey key = Pkcs12Keys.open(p12, PASSWORD, null)) {
            assertThatThrownBy(() -> signer.sign(input, output, key, new Appearance.SignatureImage(SIGNER, SIGNATURE)))
                    .isInstanceOf(SignException.class).hasMessageContaining(message);
        }
        unchanged(before);
    }

    private void refusedInput(String message) throws Exception {
        byte[] before = Files.readAllBytes(input);
        try (SigningKey key = Pkcs12Keys.open(goodP12, PASSWORD, null)) {
            assertThatThrownBy(() -> signer.sign(input, output, key, new Appearance.SignatureImage(SIGNER, SIGNATURE)))
                    .isInstanceOf(SignException.class).hasMessageContaining(message);
        }
        unchanged(before);
    }

    private void unchanged(byte[] inputBefore) throws Exception {
        assertThat(Files.readAllBytes(input)).isEqualTo(inputBefore);
        assertThat(Files.readAllBytes(output)).isEqualTo(earlierOutput);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
