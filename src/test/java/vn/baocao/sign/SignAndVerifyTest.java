package vn.baocao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.compose.DemoReports;
import vn.baocao.document.compose.ReportService;
import vn.baocao.render.check.PdfAValidation;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.store.Database;

/**
 * The end-to-end case: the annual report of Xín Mần signed by the chairwoman with a PKCS#12 file, then by
 * the People's Committee through a PKCS#11 token (SoftHSM2): two valid signatures in our verifier and in poppler's
 * pdfsig, still PDF/A-2b, the first signature's bytes untouched by the second.
 */
class SignAndVerifyTest {
    static final String SIGNER = "Vũ Thị Hòa";
    static final StampImage SIGNATURE_IMAGE = image(TestImagesHolder.SIGNATURE, 40, 20);
    static final StampImage SEAL_IMAGE = image(TestImagesHolder.SEAL, 36, 36);

    @TempDir
    static Path dir;
    static TestPki pki;
    static Path report;
    static Path byPerson;
    static Path byBoth;

    @BeforeAll
    static void signTwice() throws Exception {
        pki = new TestPki("BaoCao Test Root CA");
        try (Database db = DemoReports.demoDatabase(dir)) {
            ReportService service = new ReportService(db);
            report = dir.resolve("bao-cao.pdf");
            new PdfRenderer().render(service.compose(DemoReports.xinMan2023(service, true)).document(), report);
        }
        Path out = Path.of("target", "sign-out");
        Files.createDirectories(out);
        byPerson = out.resolve("bao-cao-ky-ca-nhan.pdf");
        byBoth = out.resolve("bao-cao-ky-ca-nhan-va-co-quan.pdf");
        char[] password = "mat-khau".toCharArray();
        Path p12 = TestPki.pkcs12(dir.resolve("chu-tich.p12"), pki.signer(SIGNER), password);
        PdfSigner signer = new PdfSigner(FontFiles.get().face(false, false));
        try (SigningKey key = Pkcs12Keys.open(p12, password, null)) {
            signer.sign(report, byPerson, key, new Appearance.SignatureImage(SIGNER, SIGNATURE_IMAGE));
        }
        SoftHsm hsm = SoftHsm.get();
        hsm.importKey(pki.signer("UBND huyện Xín Mần"), "co-quan");
        try (SigningKey key = Pkcs11Keys.open(hsm.library, new Pkcs11Keys.TokenChoice(null, SoftHsm.LABEL),
                SoftHsm.PIN.toCharArray(), null)) {
            signer.sign(byPerson, byBoth, key, new Appearance.Seal(SEAL_IMAGE));
        }
    }

    @AfterAll
    static void keepScreenshotSource() {
        // target/sign-out keeps both files for a look (pdftoppm) and for docs/screenshots
    }

    @Test
    void ourVerifierFindsTwoValidSignatures() throws Exception {
        List<SignatureCheck> checks = new SignatureVerifier(List.of(pki.root)).verify(Files.readAllBytes(byBoth), "x");
        assertThat(checks).hasSize(2);
        assertThat(checks).allSatisfy(c -> {
            assertThat(c.intact()).isTrue();
            assertThat(c.valid()).isTrue();
            assertThat(c.trusted()).as(c.trustProblem()).isTrue();
            assertThat(c.issuer()).isEqualTo("BaoCao Test Root CA");
        });
        assertThat(checks.get(0).signer()).isEqualTo(SIGNER);
        assertThat(checks.get(0).coversWholeFile()).isFalse();
        assertThat(checks.get(0).laterUpdates()).isEqualTo(1);
        assertThat(checks.get(0).laterSignatureUpdates()).isEqualTo(1);
        assertThat(checks.get(1).signer()).isEqualTo("UBND huyện Xín Mần");
        assertThat(checks.get(1).coversWholeFile()).isTrue();
    }

    @Test
    void withoutAnImportedRootTheChainIsNotTrusted() throws Exception {
        List<SignatureCheck> checks = new SignatureVerifier(List.of()).verify(Files.readAllBytes(byBoth), "x");
        assertThat(checks).allSatisfy(c -> {
            assertThat(c.valid()).isTrue();
            assertThat(c.trusted()).isFalse();
            assertThat(c.trustProblem()).contains("chưa nhập chứng thư gốc");
        });
        TestPki other = new TestPki("Another Root");
        assertThat(new SignatureVerifier(List.of(other.root)).verify(Files.readAllBytes(byBoth), "x"))
                .allSatisfy(c -> assertThat(c.trustProblem()).contains("không dẫn tới chứng thư gốc"));
    }

    @Test
    void theSecondSignatureAppendsToTheFirstFile() throws Exception {
        byte[] first = Files.readAllBytes(byPerson);
        byte[] both = Files.readAllBytes(byBoth);
        assertThat(both.length).isGreaterThan(first.length);
        assertThat(java.util.Arrays.copyOf(both, first.length)).isEqualTo(first);
        byte[] original = Files.readAllBytes(report);
        assertThat(java.util.Arrays.copyOf(first, original.length)).isEqualTo(original);
    }

    @Test
    void aChangedByteBreaksTheSignature() throws Exception {
        byte[] both = Files.readAllBytes(byBoth);
        byte[] first = Files.readAllBytes(byPerson);
        // a byte of the page content, inside what both signatures cover
        int at = new String(both, StandardCharsets.ISO_8859_1).indexOf("stream") + 40;
        assertThat(at).isLessThan(first.length);
        both[at] ^= 1;
        assertThat(new SignatureVerifier(List.of(pki.root)).verify(both, "x"))
                .allSatisfy(c -> assertThat(c.valid()).isFalse());
    }

    @Test
    void aSecondSealGoesWhereTheFirstDidOverThePersonsSignature() throws Exception {
        Path again = dir.resolve("dong-dau-lai.pdf");
        try (SigningKey key = Pkcs12Keys.open(TestPki.pkcs12(dir.resolve("co-quan.p12"), pki.signer("UBND huyện Xín Mần"),
                "k".toCharArray()), "k".toCharArray(), null)) {
            new PdfSigner(FontFiles.get().face(false, false)).sign(byBoth, again, key, new Appearance.Seal(SEAL_IMAGE));
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(again))) {
            var fields = doc.getSignatureFields();
            assertThat(fields).hasSize(3);
            var person = fields.get(0).getWidgets().get(0).getRectangle();
            var firstSeal = fields.get(1).getWidgets().get(0).getRectangle();
            var secondSeal = fields.get(2).getWidgets().get(0).getRectangle();
            assertThat(secondSeal.getLowerLeftX()).isEqualTo(firstSeal.getLowerLeftX());
            assertThat(secondSeal.getLowerLeftY()).isEqualTo(firstSeal.getLowerLeftY());
            // the seal's right edge a third of the way into the signature image, level with its centre
            assertThat(firstSeal.getUpperRightX()).isCloseTo(person.getLowerLeftX() + person.getWidth() / 3,
                    org.assertj.core.data.Offset.offset(0.01f));
            assertThat(firstSeal.getLowerLeftY() + firstSeal.getHeight() / 2).isCloseTo(
                    person.getLowerLeftY() + person.getHeight() / 2, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(firstSeal.getWidth()).isCloseTo(36 * 72f / 25.4f, org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void thePersonsImageIsCentredOnTheNameBelowTheTitle() throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(byPerson))) {
            var widget = doc.getSignatureFields().get(0).getWidgets().get(0);
            var r = widget.getRectangle();
            int page = -1;
            for (int i = 0; i < doc.getNumberOfPages() && page < 0; i++) {
                for (var a : doc.getPage(i).getAnnotations()) {
                    if (a.getCOSObject() == widget.getCOSObject()) {
                        page = i;
                    }
                }
            }
            List<PageText.Piece> pieces = PageText.of(doc, page);
            PageText.Piece name = pieces.stream().filter(p -> p.matches(SIGNER)).findFirst().orElseThrow();
            PageText.Piece title = pieces.stream().filter(p -> p.matches("PHÓ CHỦ TỊCH")).findFirst().orElseThrow();
            assertThat(r.getLowerLeftX() + r.getWidth() / 2).isCloseTo(name.centreX(), org.assertj.core.data.Offset.offset(0.01f));
            assertThat(r.getLowerLeftY()).isGreaterThanOrEqualTo(name.top() - 0.01f);
            assertThat(r.getUpperRightY()).isLessThanOrEqualTo(title.bottom() + 0.01f);
            assertThat(r.getLowerLeftY() - name.top()).isCloseTo(title.bottom() - r.getUpperRightY(),
                    org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void signedFilesStayPdfA2b() throws Exception {
        assertThat(PdfAValidation.failuresOf(Files.readAllBytes(byPerson))).isEmpty();
        assertThat(PdfAValidation.failuresOf(Files.readAllBytes(byBoth))).isEmpty();
    }

    @Test
    void popplersPdfsigFindsTwoValidSignatures() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pdfsig", byBoth.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("pdfsig (poppler-utils) is required on CI", e);
            }
            org.junit.jupiter.api.Assumptions.abort("pdfsig not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Signature #1", "Signature #2").doesNotContain("Signature #3");
        assertThat(out.split("Signature Validation: Signature is Valid.", -1)).as(out).hasSize(3);
        assertThat(out).contains("Signer Certificate Common Name: " + SIGNER, "ETSI.CAdES.detached");
    }

    private static StampImage image(byte[] png, double w, double h) {
        return new StampImage(png, w, h);
    }

    /** The images, made once. */
    static final class TestImagesHolder {
        static final byte[] SIGNATURE;
        static final byte[] SEAL;

        static {
            try {
                SIGNATURE = TestImages.signature();
                SEAL = TestImages.seal();
            } catch (Exception e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
