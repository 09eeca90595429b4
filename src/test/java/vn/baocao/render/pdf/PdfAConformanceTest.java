package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.compose.ReportService;
import vn.baocao.document.compose.ReportTemplates;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.check.PdfAValidation;
import vn.baocao.store.Database;
import vn.baocao.store.DemoDataset;

/** Issued documents are PDF/A-2b: veraPDF finds no failed rule in any seed or any template's output. */
class PdfAConformanceTest {
    @TempDir
    Path dir;

    @Test
    void everySeedIsPdfA2b() throws Exception {
        for (String name : SeedFixtures.NAMES) {
            byte[] pdf = new PdfRenderer().toBytes(SeedFixtures.load(name));
            assertThat(PdfAValidation.failuresOf(pdf)).as("seed " + name).isEmpty();
        }
    }

    @Test
    void everyTemplatesOutputIsPdfA2b() throws Exception {
        try (Database db = Database.open(dir.resolve("baocao.db"))) {
            DemoDataset.load(db);
            ReportService service = new ReportService(db);
            for (var template : ReportTemplates.all()) {
                Period period = PdfAConformanceTest.periodFor(template.id());
                var stored = service.create(template.id(), "XINMAN", period, Issuer.NQ_HDND, List.of(), null);
                byte[] pdf = new PdfRenderer().toBytes(service.compose(stored).document());
                assertThat(PdfAValidation.failuresOf(pdf)).as(template.id()).isEmpty();
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
