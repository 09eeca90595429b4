package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.compose.ReportService;
import vn.baocao.document.compose.ReportSettings;
import vn.baocao.document.compose.ReportTemplates;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.check.PdfAValidation;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.sign.Appearance;
import vn.baocao.sign.PdfSigner;
import vn.baocao.sign.Pkcs12Keys;
import vn.baocao.sign.SigningKey;
import vn.baocao.sign.StampImage;
import vn.baocao.sign.TestImages;
import vn.baocao.sign.TestPki;
import vn.baocao.store.Database;
import vn.baocao.store.DemoDataset;

/** Issued documents are PDF/A-2b: veraPDF finds no failed rule in any seed or any template's output, signed or not. */
class PdfAConformanceTest {
    private static final String SIGNER = "Vũ Thị Hòa";
    @TempDir
    Path dir;

    @Test
    void everySeedIsPdfA2b() throws Exception {
        for (String name : SeedFixtures.NAMES) {
            byte[] pdf = new PdfRenderer().toBytes(SeedFixtures.load(name));
            assertThat(PdfAValidation.failuresOf(pdf)).as("seed " + name).isEmpty();
        }
    }

    /** Each template's output, unsigned, signed by the person (signature image), then by the organisation (seal). */
    @Test
    void everyTemplatesOutputIsPdfA2bSignedAndUnsigned() throws Exception {
        TestPki pki = new TestPki("BaoCao Test Root CA");
        char[] password = "p".toCharArray();
        Path person = TestPki.pkcs12(dir.resolve("person.p12"), pki.signer(SIGNER), password);
        Path unit = TestPki.pkcs12(dir.resolve("unit.p12"), pki.signer("UBND huyện Xín Mần"), password);
        PdfSigner signer = new PdfSigner(FontFiles.get().face(false, false));
        try (Database db = Database.open(dir.resolve("baocao.db"))) {
            DemoDataset.load(db);
            ReportService service = new ReportService(db);
            for (var template : ReportTemplates.all()) {
                Period period = PdfAConformanceTest.periodFor(template.id());
                var draft = service.draft(template.id(), "XINMAN", period, Issuer.NQ_HDND, List.of(), null);
                var stored = service.save(draft.withSettings(ReportSettings.fromJson(draft.settingsJson())
                        .withSigner(SIGNER).toJson()));
                Path unsigned = dir.resolve(template.id() + ".pdf");
                new PdfRenderer().render(service.compose(stored).document(), unsigned);
                assertThat(PdfAValidation.failuresOf(Files.readAllBytes(unsigned))).as(template.id()).isEmpty();
                Path first = dir.resolve(template.id() + "-1.pdf");
                Path second = dir.resolve(template.id() + "-2.pdf");
                try (SigningKey key = Pkcs12Keys.open(person, password, null)) {
                    signer.sign(unsigned, first, key, new Appearance.SignatureImage(SIGNER,
                            new StampImage(TestImages.signature(), 40, 20)));
                }
                try (SigningKey key = Pkcs12Keys.open(unit, password, null)) {
                    signer.sign(first, second, key, new Appearance.Seal(new StampImage(TestImages.seal(), 36, 36)));
                }
                assertThat(PdfAValidation.failuresOf(Files.readAllBytes(first))).as(template.id() + " signed").isEmpty();
                assertThat(PdfAValidation.failuresOf(Files.readAllBytes(second))).as(template.id() + " signed twice").isEmpty();
            }
        }
    }

    @Test
    void theXmpCarriesTitleIssuingBodyAndSummary() throws Exception {
        AdministrativeDocument doc = SeedFixtures.load("000");
        byte[] pdf = new PdfRenderer().toBytes(doc);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String xmp = new String(read.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part=\"2\"", "pdfaid:conformance=\"B\"",
                    doc.letterhead().issuingAgencyName(), escaped(doc.summary()), escaped(doc.metadataTitle()));
            assertThat(read.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
        }
    }

    static Period periodFor(String templateId) {
        return switch (templateId) {
            case "bao-cao-9-thang" -> Period.nineMonths(2023);
            case "bao-cao-6-thang" -> Period.firstHalf(2023);
            case "bao-cao-quy" -> Period.quarter(2023, 3);
            case "bao-cao-thang" -> Period.month(2023, 5);
            default -> Period.year(2023);
        };
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
