package vn.baocao.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.files.FileWriteException;
import vn.baocao.files.OutputKind;
import vn.baocao.files.SafeFileWriter;
import vn.baocao.render.layout.DocumentLayout;

/**
 * Renders an {@link AdministrativeDocument} to PDF with iText in the same layout as the Word file:
 * embedded Times New Roman (or Liberation Serif), footnotes at the foot of their page, page numbers
 * centred at the top from page 2 and restarted in each appendix, and document metadata.
 *
 * <p>Footnotes: iText's layout engine has none, so the document is laid out in passes. Each pass
 * reserves at the bottom of each page the height of its footnote area; after the pass, the
 * footnotes are placed where their markers fell (a note too long for the room below its marker's
 * line keeps its first lines there and continues on the next page, as in Word), which gives the
 * area each page needs. A page's layout depends only on the reserves of the pages up to it, so the
 * passes settle the reserves page by page, in order; the pass where every page matches is kept.
 * Only that pass is drawn and written (see {@link PdfPass}): the others are layout only.
 *
 * <p>The passes of one PDF share what does not change between them (issue 17): the footnotes' sizes
 * ({@link FootnoteMeasures}), the passes already laid out with the same reserves ({@link PassMemo}), which a
 * page flipping between two reserves asks for again, and the layout of the pages whose reserves did not change: a
 * pass goes on from the last pass's {@link LayoutCheckpoint} before the first page that changed. All give exactly
 * what laying out again would give; {@link #toBytesDrawingEveryPass} does without them, for the tests that compare.
 */
public final class PdfRenderer {
    private static final int MAX_PASSES = 80;
    /** Passes a page may try the exact reserve before it keeps the larger of two. */
    private static final int OSCILLATION_TRIES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static int redrawn;
    private static int reusedPasses;
    private static int resumedPasses;

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

    /** How many PDFs this process had to lay out again drawing every pass (for the tests: none). */
    static int redrawnCount() {
        return redrawn;
    }

    /** How many passes this process took from a {@link PassMemo} instead of laying the document out again. */
    static int reusedPassCount() {
        return reusedPasses;
    }

    /** How many passes this process laid out from another pass's checkpoint rather than from the first page. */
    static int resumedPassCount() {
        return resumedPasses;
    }

    private static byte[] settle(AdministrativeDocument document, DocumentLayout layout, boolean drawEachPass) {
        Map<Integer, Float> reserve = new HashMap<>();
        Map<Integer, Integer> attempts = new HashMap<>();
        // the old way (drawEachPass) measures and lays out every pass afresh, as before issue 17
        PdfPass.Shared shared = drawEachPass ? null : PdfPass.Shared.fresh();
        PassMemo memo = drawEachPass ? null : new PassMemo();
        PdfPass last = null;
        for (int round = 1; ; round++) {
            PdfPass pass = null;
            Map<Integer, Float> needed = memo == null ? null : memo.needed(reserve);
            if (needed == null) {
                pass = drawEachPass ? new PdfPass(document, layout, reserve, true, PdfPass.Shared.fresh(), null)
                        : laidOut(document, layout, reserve, shared, last);
                needed = pass.needed();
                last = pass;
                if (memo != null) {
                    memo.remember(reserve, pass);
                }
            }
            // the layout of a page depends only on the reserves of the pages up to it: settle them in order
            int first = firstUnsettled(reserve, needed, attempts);
            if (first == 0 || round == MAX_PASSES) {
                if (pass == null) {
                    pass = memo.pass(reserve);
                }
                if (pass == null) {
                    pass = laidOut(document, layout, reserve, shared, last);
                }
                if (memo != null) {
                    reusedPasses += memo.reused();
                }
                return pass.finish();
            }
            // a pass that is thrown away was never drawn: it is left to the garbage collector
            Map<Integer, Float> next = new HashMap<>();
            reserve.forEach((page, h) -> {
                if (page < first) {
                    next.put(page, h);
                }
            });
            float have = reserve.getOrDefault(first, 0f);
            float want = needed.getOrDefault(first, 0f);
            int tries = attempts.merge(first, 1, Integer::sum);
            // a page that keeps flipping (a marker's line moving on and off it) keeps the larger reserve
            next.put(first, tries > OSCILLATION_TRIES ? Math.max(have, want) : want);
            // the later pages start from what this pass found for them
            needed.forEach((page, h) -> {
                if (page > first) {
                    next.put(page, h);
                }
            });
            attempts.keySet().removeIf(page -> page > first);
            reserve = next;
        }
    }

    /** A layout-only pass, going on from the last one where their reserves agree. */
    private static PdfPass laidOut(AdministrativeDocument document, DocumentLayout layout, Map<Integer, Float> reserve,
            PdfPass.Shared shared, PdfPass last) {
        PdfPageWriter.Start start = last == null ? null : last.startFor(reserve);
        if (start != null) {
            resumedPasses++;
        }
        return new PdfPass(document, layout, reserve, false, shared, start);
    }

    /**
     * The first page whose footnotes do not match its reserve (0 if none): the reserve must equal the
     * need, or, on a page that kept flipping, at least hold it.
     */
    private static int firstUnsettled(Map<Integer, Float> reserve, Map<Integer, Float> needed,
            Map<Integer, Integer> attempts) {
        java.util.TreeSet<Integer> pages = new java.util.TreeSet<>(reserve.keySet());
        pages.addAll(needed.keySet());
        for (int page : pages) {
            float have = reserve.getOrDefault(page, 0f);
            float want = needed.getOrDefault(page, 0f);
            boolean exact = Math.abs(have - want) < 0.01f;
            boolean fits = want <= have + 0.01f && attempts.getOrDefault(page, 0) > OSCILLATION_TRIES;
            if (!exact && !fits) {
                return page;
            }
        }
        return 0;
    }
}
