package vn.baocao.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.docx.DocxRenderer;

class RenderSmokeTest {
    @Test
    void rendersAllSeedsToTargetFolder() throws Exception {
        Path out = Path.of("target", "render-out");
        Files.createDirectories(out);
        for (String name : SeedFixtures.NAMES) {
            AdministrativeDocument doc = SeedFixtures.load(name);
            new DocxRenderer().render(doc, out.resolve(name + ".docx"));
            new vn.baocao.render.pdf.PdfRenderer().render(doc, out.resolve(name + ".pdf"));
        }
    }
}
