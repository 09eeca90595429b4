package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.sign.TestImages;
import vn.baocao.sign.TestPki;

/** {@code baocao report … --sign …}: composed, rendered and signed in one step; a failure leaves no unsigned PDF. */
class ReportSignCommandTest {
    static final String SIGNER = "Vũ Thị Hòa";

    @TempDir
    static Path dir;
    static Path db;
    static TestPki pki;
    static Path p12;
    static Path passwordFile;

    @BeforeAll
    static void setUp() throws Exception {
        db = dir.resolve("baocao.db");
        pki = new TestPki("BaoCao Report Root CA");
        passwordFile = Files.writeString(dir.resolve("mat-khau.txt"), "mat khau dai\n");
        p12 = TestPki.pkcs12(dir.resolve("chu-tich.p12"), pki.signer(SIGNER), "mat khau dai".toCharArray());
        Files.write(dir.resolve("chu-ky.png"), TestImages.signature());
        Files.write(dir.resolve("goc.cer"), pki.root.getEncoded());
        assertThat(CliRun.on(db, "demo", "load").code()).isZero();
        CliRun image = CliRun.on(db, "images", "signature", "--signer", SIGNER, dir.resolve("chu-ky.png").toString());
        assertThat(image.code()).as(image.err()).isZero();
        assertThat(CliRun.on(db, "trust", "add", dir.resolve("goc.cer").toString()).code()).isZero();
    }

    static CliRun report(Path pdf, Path docx, String passwords, String... more) {
        List<String> args = new ArrayList<>(List.of("report", "--template", "bao-cao-nam", "--area", "XINMAN",
                "--period", "2023", "--number", "15", "--date", "2024-01-05", "--signer", SIGNER));
        if (pdf != null) {
            args.addAll(List.of("--pdf", pdf.toString()));
        }
        if (docx != null) {
            args.addAll(List.of("--docx", docx.toString()));
        }
        if (passwords != null) {
            args.addAll(List.of("--sign", "--p12", p12.toString(), "--password-file", passwords));
        }
        args.addAll(List.of(more));
        return CliRun.on(db, args.toArray(String[]::new));
    }

    @Test
    void aReportIsSignedInOneStepAndVerifies() throws Exception {
        Path pdf = dir.resolve("bao-cao-ky.pdf");
        CliRun run = report(pdf, null, passwordFile.toString(), "--role", "person");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Đã ký: " + pdf, "người ký: " + SIGNER, "Đã ghi tệp PDF: " + pdf);

        CliRun verified = CliRun.on(db, "verify", pdf.toString());
        assertThat(verified.code()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("Chữ ký 1: HỢP LỆ", "Người ký:        " + SIGNER,
                "Nơi cấp:         BaoCao Report Root CA", "Sau khi ký:      tệp không thay đổi", "Tin cậy:         có")
                .doesNotContain("Chữ ký 2");
        Files.createDirectories(Path.of("target", "sign-out"));
        Files.copy(pdf, Path.of("target", "sign-out", "bao-cao-report-sign.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aWrongPasswordLeavesTheEarlierOutputAndWritesNothing() throws Exception {
        Path pdf = Files.writeString(dir.resolve("ban-truoc.pdf"), "ban truoc");
        Path docx = dir.resolve("ban-truoc.docx");
        Path wrong = Files.writeString(dir.resolve("sai.txt"), "sai\n");
        CliRun run = report(pdf, docx, wrong.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Lỗi: Mật khẩu của tệp khóa ký chu-tich.p12 không đúng.")
                .doesNotContain("Exception");
        assertThat(run.err().lines().filter(l -> l.startsWith("Lỗi")).count()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("Đã ký", "Đã ghi");
        assertThat(Files.readString(pdf)).isEqualTo("ban truoc");
        assertThat(docx).doesNotExist();
    }

    @Test
    void anExpiredCertificateFoundAfterRenderingLeavesNoUnsignedPdf() throws Exception {
        Instant now = Instant.now();
        Path expired = TestPki.pkcs12(dir.resolve("het-han.p12"), pki.issue(SIGNER, now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(35)), KeyUsage.digitalSignature), "mat khau dai".toCharArray());
        Path pdf = Files.writeString(dir.resolve("ban-cu.pdf"), "ban cu");
        CliRun run = report(pdf, null, null, "--sign", "--p12", expired.toString(), "--password-file", passwordFile.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("đã hết hạn ngày", "Chưa ghi tệp ban-cu.pdf.").doesNotContain("Exception");
        assertThat(run.out()).doesNotContain("Đã ký", "Đã ghi");
        assertThat(Files.readString(pdf)).isEqualTo("ban cu");

        Path fresh = dir.resolve("moi.pdf");
        CliRun again = report(fresh, null, null, "--sign", "--p12", expired.toString(), "--password-file", passwordFile.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aSignerWithoutARegisteredImageIsRefusedBeforeRendering() {
        Path pdf = dir.resolve("khong-anh.pdf");
        CliRun run = CliRun.on(db, "report", "--template", "bao-cao-nam", "--area", "XINMAN", "--period", "2023",
                "--signer", "Người Chưa Đăng Ký", "--pdf", pdf.toString(), "--sign", "--p12", p12.toString(),
                "--password-file", passwordFile.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Chưa đăng ký hình ảnh chữ ký của «Người Chưa Đăng Ký»");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void signingNeedsAPdfAndKeyOptionsNeedSign() {
        Path docx = dir.resolve("chi-word.docx");
        CliRun noPdf = report(null, docx, passwordFile.toString());
        assertThat(noPdf.code()).isEqualTo(1);
        assertThat(noPdf.err()).contains("--sign cần tệp PDF để ký");
        assertThat(docx).doesNotExist();

        CliRun saveOnly = report(null, null, passwordFile.toString(), "--save");
        assertThat(saveOnly.code()).isEqualTo(1);
        assertThat(saveOnly.err()).contains("--sign cần tệp PDF để ký");
        assertThat(saveOnly.out()).doesNotContain("Đã ký");

        Path pdf = dir.resolve("chua-ky.pdf");
        CliRun noSign = report(pdf, null, null, "--p12", p12.toString());
        assertThat(noSign.code()).isEqualTo(1);
        assertThat(noSign.err()).contains("chỉ dùng cùng --sign");
        assertThat(pdf).doesNotExist();

        CliRun noKey = report(pdf, null, null, "--sign");
        assertThat(noKey.code()).isEqualTo(1);
        assertThat(noKey.err()).contains("Hãy chọn khóa ký");
        assertThat(pdf).doesNotExist();
    }
}
