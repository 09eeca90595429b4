package vn.baocao.render.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>A pass may go on from another pass's {@link LayoutCheckpoint} ({@link #startFor}): the layout of a page
 * depends only on the reserves of the pages up to it, so where two passes have the same reserves up to a
 * checkpoint's page, the later one takes over the earlier one's layout up to there and lays out only the rest.
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
    private final FootnoteRecorder.Sink markers;
    private final int pagesLaidOut;

    /**
     * What the passes of one PDF share: the footnotes' sizes, the fonts (a pass that goes on from another draws that
     * pass's parts, set in these fonts) and where the markers report.
     */
    record Shared(FootnoteMeasures measures, PdfFonts fonts, FootnoteRecorder.Sink markers) {
        static Shared fresh() {
            return new Shared(new FootnoteMeasures(), new PdfFonts(), new FootnoteRecorder.Sink());
        }
    }

    /**
     * Lays {@code source} out in {@code layout}, keeping {@code reserve} free at the foot of each page; the footnotes'
     * sizes come from {@code measures}, which the passes of one PDF share.
     */
    PdfPass(AdministrativeDocument source, DocumentLayout layout, Map<Integer, Float> reserve, boolean drawEachPass,
            Shared shared, PdfPageWriter.Start start) {
        this(source, layout, reserve, drawEachPass, shared, start, 0);
    }

    /**
     * As above, but stops laying out at the first checkpoint past page {@code through} (0: the whole document); the
     * reserves it finds are then known up to {@link #reached()}, and a pass with the same reserves goes on from it.
     */
    PdfPass(AdministrativeDocument source, DocumentLayout layout, Map<Integer, Float> reserve, boolean drawEachPass,
            Shared shared, PdfPageWriter.Start start, int through) {
        this.reserve = reserve;
        this.drawEachPass = drawEachPass;
        this.markers = shared.markers();
        pdf = PdfADocuments.open(out);
        pages = new PdfPageWriter(pdf, shared.fonts(), reserve, markers, start, through);
        try {
            DocumentWalk.walk(source, layout, pages);
        } catch (PdfPageWriter.Stopped stopped) {
            // laid out as far as asked: the footnote texts of what was laid out are all known
        }
        pagesLaidOut = pdf.getNumberOfPages() - (start == null ? 0 : start.at().area().getPageNumber() - 1);
        if (drawEachPass) {
            pages.document().flush();
            pages.recorder().useDrawn();
        } else {
            pages.recorder().settle();
        }
        footnotes = new FootnotePlanner(pdf, pages.document(), pages.elements(), pages.recorder(), pages.footnoteTexts(),
                shared.measures());
        needed = footnotes.plan(pages.reached());
    }

    /**
     * Where a pass with the reserves {@code next} can go on from this one: the last checkpoint whose pages all have
     * the same reserves in both (their layout up to it is then the same); null if none.
     */
    PdfPageWriter.Start startFor(Map<Integer, Float> next) {
        int same = 0;
        while (same < pdf.getNumberOfPages() && height(next, same + 1) == height(reserve, same + 1)) {
            same++;
        }
        List<LayoutCheckpoint> all = pages.checkpoints();
        int found = -1;
        for (int i = 0; i < all.size() && all.get(i).lastPage() <= same; i++) {
            found = i;
        }
        if (found < 0) {
            return null;
        }
        LayoutCheckpoint at = all.get(found);
        List<PageSize> sizes = new ArrayList<>();
        for (int page = 1; page <= at.pageCount(); page++) {
            sizes.add(new PageSize(pdf.getPage(page).getPageSize()));
        }
        return new PdfPageWriter.Start(at, List.copyOf(all.subList(0, found)),
                List.copyOf(pages.root().getChildRenderers().subList(0, at.placed())), sizes, pages.recorder());
    }

    /** A page's reserve as the layout sees it: none and zero alike. */
    private static float height(Map<Integer, Float> reserve, int page) {
        Float h = reserve.get(page);
        return h == null || h <= 0 ? 0 : h;
    }

    /** The footnote reserves this pass kept free. */
    Map<Integer, Float> reserve() {
        return reserve;
    }

    /** The last page whose layout (and so whose need) is final; {@link Integer#MAX_VALUE} for a whole pass. */
    int reached() {
        return pages.reached();
    }

    /** How many pages this pass laid out itself (the page it went on from counted). */
    int pagesLaidOut() {
        return pagesLaidOut;
    }

    /** The reserve each page needs for its footnotes, up to {@link #reached()} (pages without footnotes omitted). */
    Map<Integer, Float> needed() {
        return needed;
    }

    /**
     * Draws the laid-out pages, their footnotes and page numbers, closes the PDF and returns its bytes.
     *
     * @throws MarkersMoved when a footnote marker was drawn elsewhere than its layout said
     */
    byte[] finish() {
        // a later pass may have gone on from this one's parts: they and the markers belong to this one again
        markers.use(pages.recorder());
        pages.root().adoptPlaced();
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
