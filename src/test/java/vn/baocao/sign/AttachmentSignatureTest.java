package vn.baocao.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.junit.jupiter.api.Test;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.check.PdfAValidation;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.render.pdf.PdfRenderer;

/** The organisation's signature on an attachment in its own file: no image, number and ISO 8601 time at the top right. */
class AttachmentSignatureTest {
    @Test
    void theBlockIsAtTheTopRightOfPageOneAndTheFileStaysPdfA() throws Exception {
        TestPki pki = new TestPki("BaoCao Test Root CA");
        Path dir = Files.createDirectories(Path.of("target", "sign-out"));
        Path input = dir.resolve("phu-luc.pdf");
        Files.write(input, new PdfRenderer().toBytes(SeedFixtures.load("001")));
        Path output = dir.resolve("phu-luc-ky-co-quan.pdf");
        char[] password = "p".toCharArray();
        Path p12 = TestPki.pkcs12(Files.createTempFile("org", ".p12"), pki.signer("UBND huyện Xín Mần"), password);
        try (SigningKey key = Pkcs12Keys.open(p12, password, null)) {
            new PdfSigner(FontFiles.get().face(false, false)).sign(input, output, key,
                    new Appearance.AttachmentBlock("125/BC-UBND"));
        }
        byte[] signed = Files.readAllBytes(output);
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDAnnotationWidget widget = doc.getSignatureFields().get(0).getWidgets().get(0);
            PDRectangle r = widget.getRectangle();
            PDRectangle page = doc.getPage(0).getMediaBox();
            float right = Placement.mm(Placement.RIGHT_MM);
            float top = Placement.mm(Placement.TOP_MM);
            assertThat(doc.getPage(0).getAnnotations()).anyMatch(a -> a.getCOSObject() == widget.getCOSObject());
            assertThat(r.getUpperRightX()).isCloseTo(page.getWidth() - right, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(r.getUpperRightY()).isCloseTo(page.getHeight() - top, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(r.getHeight()).isLessThan(30);
            assertThat(widget.isPrinted()).isTrue();
        }
        assertThat(PdfSigner.blockLines(new Appearance.AttachmentBlock("125/BC-UBND"), Instant.parse("2026-12-03T02:15:07Z")))
                .containsExactly("125/BC-UBND", "2026-12-03T09:15:07+07:00");
        assertThat(new SignatureVerifier(List.of(pki.root)).verify(signed, "x"))
                .singleElement().satisfies(c -> assertThat(c.valid()).isTrue());
        assertThat(PdfAValidation.failuresOf(signed)).isEmpty();
    }
}
