package vn.baocao.render.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.walk.DocumentWalk;

/**
 * One layout pass of the PDF: lays the document out ({@link PdfPageWriter}) with a given footnote reserve per page,
 * then asks the {@link FootnotePlanner} what reserve each page needs. The last pass also draws the footnotes and the
 * page numbers ({@link PageNumbering}).
 */
final class PdfPass {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PdfDocument pdf;
    private final PdfPageWriter pages;
    private final FootnotePlanner footnotes;
    private final Map<Integer, Float> reserve;
    private final Map<Integer, Float> needed;

    /** Lays {@code source} out in {@code layout}, keeping {@code reserve} free at the foot of each page. */
    PdfPass(AdministrativeDocument source, DocumentLayout layout, Map<Integer, Float> reserve) {
        this.reserve = reserve;
        pdf = PdfADocuments.open(out);
        pages = new PdfPageWriter(pdf, new PdfFonts(), reserve);
        DocumentWalk.walk(source, layout, pages);
        footnotes = new FootnotePlanner(pdf, pages.document(), pages.elements(), pages.recorder(), pages.footnoteTexts());
        needed = footnotes.plan();
    }

    /** The reserve each page needs for its footnotes (pages without footnotes omitted). */
    Map<Integer, Float> needed() {
        return needed;
    }

    /** Draws footnotes and page numbers on the laid-out pages, closes the PDF and returns its bytes. */
    byte[] finish() {
        footnotes.draw(reserve);
        pages.numbering().draw(pdf, pages.elements());
        pages.document().close();
        return out.toByteArray();
    }

    /** Closes the PDF of a pass that is thrown away. */
    void discard() {
        pages.document().close();
    }
}
