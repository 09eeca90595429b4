package vn.baocao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.SizeProfile;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;
import vn.baocao.render.pdf.PdfRenderer;

/**
 * Nơi nhận and the signature never stand alone at the top of a page: the body's closing paragraph goes with them.
 * Seeds 000 (P14) and 001 (P13) put them alone on their last page before the closing paragraph was kept with them.
 * That the .docx breaks alike is {@link LibreOfficeComparisonTest}'s part.
 */
class SignatureNotAloneTest {
    static Stream<Arguments> seeds() {
        return GoldenRenderTest.seeds();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seeds")
    void bodyTextPrecedesNoiNhanOnItsPage(String name, SizeProfile profile) throws Exception {
        byte[] pdf = new PdfRenderer().toBytes(GoldenRenderTest.inProfile(SeedFixtures.load(name), profile));
        List<TextLine> lines = PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> true);
        TextLine noiNhan = lines.stream().filter(l -> l.text().startsWith("Nơi nhận")).findFirst().orElseThrow();
        long bodyLinesBefore = lines.stream().takeWhile(l -> l != noiNhan)
                .filter(l -> l.page() == noiNhan.page() && !l.text().strip().matches("\\d+"))
                .count();
        assertThat(bodyLinesBefore).as("lines of text above Nơi nhận on page %d", noiNhan.page() + 1).isPositive();
    }
}
