package vn.baocao.render.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.walk.DocumentWalk;

/**
 * One layout pass of the PDF: lays the document out ({@link PdfPageWriter}) with a given footnote reserve per page,
 * then asks the {@link FootnotePlanner} what reserve each page needs. Only the pass that is kept draws its pages, its
 * footnotes and the page numbers ({@link PageNumbering}); a pass that is thrown away is never drawn or written.
 *
 * <p>Where the footnote markers fell is read from the layout. Drawing the kept pass records it again, and
 * {@link #finish()} refuses a PDF whose markers were drawn elsewhere ({@link MarkersMoved}); the renderer then
 * starts again drawing every pass ({@code drawEachPass}) and reading the places from the drawing, as it used to.
 */
final class PdfPass {
    /** The kept pass drew a footnote marker where its layout did not put it. */
    static final class MarkersMoved extends RuntimeException {
        MarkersMoved() {
            super("footnote markers were drawn away from where they were laid out");
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PdfDocument pdf;
    private final PdfPageWriter pages;
    private final FootnotePlanner footnotes;
    private final Map<Integer, Float> reserve;
    private final Map<Integer, Float> needed;
    private final boolean drawEachPass;

    /**
     * Lays {@code source} out in {@code layout}, keeping {@code reserve} free at the foot of each page; the footnotes'
     * sizes come from {@code measures}, which the passes of one PDF share.
     */
    PdfPass(AdministrativeDocument source, DocumentLayout layout, Map<Integer, Float> reserve, boolean drawEachPass,
            FootnoteMeasures measures) {
        this.reserve = reserve;
        this.drawEachPass = drawEachPass;
        pdf = PdfADocuments.open(out);
        pages = new PdfPageWriter(pdf, new PdfFonts(), reserve);
        DocumentWalk.walk(source, layout, pages);
        if (drawEachPass) {
            pages.document().flush();
            pages.recorder().useDrawn();
        } else {
            pages.recorder().settle();
        }
        footnotes = new FootnotePlanner(pdf, pages.document(), pages.elements(), pages.recorder(), pages.footnoteTexts(),
                measures);
        needed = footnotes.plan();
    }

    /** The reserve each page needs for its footnotes (pages without footnotes omitted). */
    Map<Integer, Float> needed() {
        return needed;
    }

    /**
     * Draws the laid-out pages, their footnotes and page numbers, closes the PDF and returns its bytes.
     *
     * @throws MarkersMoved when a footnote marker was drawn elsewhere than its layout said
     */
    byte[] finish() {
        if (!drawEachPass) {
            pages.document().flush();
            if (!pages.recorder().drawnAsLaidOut()) {
                throw new MarkersMoved();
            }
        }
        footnotes.draw(reserve);
        pages.numbering().draw(pdf, pages.elements());
        pages.document().close();
        return out.toByteArray();
    }
}
