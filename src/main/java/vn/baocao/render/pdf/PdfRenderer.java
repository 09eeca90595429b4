package vn.baocao.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.files.FileWriteException;
import vn.baocao.files.OutputKind;
import vn.baocao.files.SafeFileWriter;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.pdf.FootnoteSettling.Way;

/**
 * Renders an {@link AdministrativeDocument} to PDF with iText in the same layout as the Word file:
 * embedded Times New Roman (or Liberation Serif), footnotes at the foot of their page, page numbers
 * centred at the top from page 2 and restarted in each appendix, and document metadata.
 *
 * <p>Footnotes: iText's layout engine has none, so the document is laid out in passes, each keeping free at the
 * foot of each page the height its footnotes need, until every page's reserve matches ({@link FootnoteSettling}).
 * Only the pass kept is drawn and written (see {@link PdfPass}): the others are layout only. Should the partial
 * passes not settle, the document is settled again with every pass laid out to the end
 * ({@link #wholePassFallbackCount}); should a marker be drawn elsewhere than laid out, with every pass drawn
 * ({@link #redrawnCount}). {@link #toBytesDrawingEveryPass} and {@link #toBytesLayingEachPassToTheEnd} make the PDF
 * those ways, for the tests that compare.
 */
public final class PdfRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static int redrawn;
    private static int wholePassFallbacks;

    /** Writes the document to {@code target} through a temporary file. */
    public void render(AdministrativeDocument document, Path target) throws FileWriteException {
        SafeFileWriter.write(target, OutputKind.DOCUMENT, out -> write(document, out));
    }

    public void write(AdministrativeDocument document, OutputStream out) throws IOException {
        out.write(toBytes(document));
    }

    public byte[] toBytes(AdministrativeDocument document) {
        return toBytes(document, DocumentLayout.forProfile(document.profile()));
    }

    /** The PDF in a given layout (the size profile's, or one a test changed). */
    public byte[] toBytes(AdministrativeDocument document, DocumentLayout layout) {
        synchronized (PdfFonts.LOCK) {
            try {
                return settle(document, layout, false);
            } catch (PdfPass.MarkersMoved e) {
                LOG.warn("PDF: {}; laying the document out again, drawing every pass", e.getMessage());
                redrawn++;
                return settle(document, layout, true);
            }
        }
    }

    /** The PDF as it was made before issue 17: every pass drawn, the markers' places read from the drawing. */
    byte[] toBytesDrawingEveryPass(AdministrativeDocument document, DocumentLayout layout) {
        synchronized (PdfFonts.LOCK) {
            return settle(document, layout, true);
        }
    }

    /** The PDF with each pass laid out to the end of the document (the fallback), for the tests that compare. */
    byte[] toBytesLayingEachPassToTheEnd(AdministrativeDocument document, DocumentLayout layout) {
        synchronized (PdfFonts.LOCK) {
            return FootnoteSettling.pdf(document, layout, Way.WHOLE);
        }
    }

    /** Prepares, on a thread of its own, what every PDF needs first: the parsed fonts and the colour profile. */
    public static void prefetch() {
        PdfFonts.prefetch();
    }

    /** How many PDFs this process had to lay out again drawing every pass (for the tests: none). */
    static int redrawnCount() {
        return redrawn;
    }

    /** How many PDFs this process laid out again pass by pass to the end, as the partial way did not settle. */
    static int wholePassFallbackCount() {
        return wholePassFallbacks;
    }

    /** How many passes this process took from a {@link PassMemo} instead of laying the document out again. */
    static int reusedPassCount() {
        return FootnoteSettling.reusedPassCount();
    }

    /** How many passes this process laid out from another pass's checkpoint rather than from the first page. */
    static int resumedPassCount() {
        return FootnoteSettling.resumedPassCount();
    }

    /** How many passes this process laid out (a pass that went on from where one stopped counted again). */
    static int laidOutPassCount() {
        return FootnoteSettling.laidOutPassCount();
    }

    /** How many pages the passes of this process laid out (the page a pass went on from counted). */
    static int laidOutPageCount() {
        return FootnoteSettling.laidOutPageCount();
    }

    /** The usual way, falling back to whole passes should it not settle; or every pass drawn. */
    private static byte[] settle(AdministrativeDocument document, DocumentLayout layout, boolean drawEachPass) {
        if (drawEachPass) {
            return FootnoteSettling.pdf(document, layout, Way.DRAWN);
        }
        try {
            return FootnoteSettling.pdf(document, layout, Way.PARTIAL);
        } catch (FootnoteSettling.Unsettled e) {
            LOG.warn("PDF: {}; laying each pass out to the end", e.getMessage());
            wholePassFallbacks++;
            return FootnoteSettling.pdf(document, layout, Way.WHOLE);
        }
    }
}
