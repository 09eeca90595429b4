package vn.baocao.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>A round decides one page, so its pass is laid out only as far as the first checkpoint past the next page; a
 * pass that finds those pages settled goes on from where it stopped. The pages it did not reach keep the reserves the
 * last pass that reached them found (seed 004: 86 pages laid out instead of 143). Should that not settle, the
 * document is settled again with every pass laid out to the end ({@link #wholePassFallbackCount}).
 */
public final class PdfRenderer {
    private static final int MAX_PASSES = 80;
    /** Passes a page may try the exact reserve before it keeps the larger of two. */
    private static final int OSCILLATION_TRIES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static int redrawn;
    private static int reusedPasses;
    private static int resumedPasses;
    private static int laidOutPasses;
    private static int laidOutPages;
    private static int wholePassFallbacks;
    /** Passes laid out or looked up, partial ones and their continuations counted, before the partial way gives up. */
    private static final int MAX_STEPS = 400;

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
            return settle(document, layout, Way.WHOLE);
        }
    }

    /** How many PDFs this process had to lay out again drawing every pass (for the tests: none). */
    /** Prepares, on a thread of its own, what every PDF needs first: the parsed fonts and the colour profile. */
    public static void prefetch() {
        PdfFonts.prefetch();
    }

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

    /** How the passes of a PDF are laid out. */
    private enum Way {
        /** Each pass only as far as its round decides (issue 17): the usual way. */
        PARTIAL,
        /** Each pass to the end of the document, going on from the last pass's checkpoint (the fallback). */
        WHOLE,
        /** Each pass laid out from the first page and drawn, as before issue 17 (for the tests that compare). */
        DRAWN
    }

    /** How many passes this process laid out (a pass that went on from where one stopped counted again). */
    static int laidOutPassCount() {
        return laidOutPasses;
    }

    /** How many pages the passes of this process laid out (the page a pass went on from counted). */
    static int laidOutPageCount() {
        return laidOutPages;
    }

    /** How many PDFs this process laid out again pass by pass to the end, as the partial way did not settle. */
    static int wholePassFallbackCount() {
        return wholePassFallbacks;
    }

    private static byte[] settle(AdministrativeDocument document, DocumentLayout layout, boolean drawEachPass) {
        if (drawEachPass) {
            return settle(document, layout, Way.DRAWN);
        }
        try {
            return settle(document, layout, Way.PARTIAL);
        } catch (Unsettled e) {
            LOG.warn("PDF: {}; laying each pass out to the end", e.getMessage());
            wholePassFallbacks++;
            return settle(document, layout, Way.WHOLE);
        }
    }

    /**
     * Settles the footnote reserves page by page. The way {@link Way#PARTIAL} lays a pass out only a page past the
     * page the round decides (the page whose reserve just changed, and the next); a pass that finds those pages
     * settled goes on from where it stopped, with the same reserves. The reserves of the pages a pass did not
     * reach are what the most recent pass that reached them found (the first pass lays the whole document out).
     */
    private static byte[] settle(AdministrativeDocument document, DocumentLayout layout, Way way) {
        boolean drawEachPass = way == Way.DRAWN;
        boolean partial = way == Way.PARTIAL;
        Map<Integer, Float> reserve = new HashMap<>();
        Map<Integer, Float> guess = new HashMap<>();
        Map<Integer, Integer> attempts = new HashMap<>();
        // the old way (drawEachPass) measures and lays out every pass afresh, as before issue 17
        PdfPass.Shared shared = drawEachPass ? null : PdfPass.Shared.fresh();
        PassMemo memo = drawEachPass ? null : new PassMemo();
        PdfPass last = null;
        int through = 0;
        int round = 1;
        for (int step = 1; ; step++) {
            if (step > MAX_STEPS) {
                throw new Unsettled();
            }
            PdfPass pass = null;
            PassMemo.Known known = memo == null ? null : memo.known(reserve, through == 0 ? Integer.MAX_VALUE : through);
            Map<Integer, Float> needed;
            int reached;
            if (known == null) {
                pass = drawEachPass ? new PdfPass(document, layout, reserve, true, PdfPass.Shared.fresh(), null)
                        : laidOut(document, layout, reserve, shared, last, memo, through);
                laidOutPasses++;
                laidOutPages += pass.pagesLaidOut();
                needed = pass.needed();
                reached = pass.reached();
                last = pass;
                if (memo != null) {
                    memo.remember(reserve, pass);
                }
            } else {
                needed = known.needed();
                reached = known.reached();
            }
            if (partial) {
                int upTo = reached;
                guess.keySet().removeIf(page -> page <= upTo);
                needed.forEach((page, h) -> {
                    if (page <= upTo) {
                        guess.put(page, h);
                    }
                });
            }
            // the layout of a page depends only on the reserves of the pages up to it: settle them in order
            int first = firstUnsettled(reserve, needed, attempts, reached);
            if (first == 0 && reached != Integer.MAX_VALUE) {
                // settled as far as laid out: the same reserves, a page further
                through = reached + 1;
                continue;
            }
            if (first == 0 || round == MAX_PASSES) {
                if (first != 0 && partial) {
                    throw new Unsettled();
                }
                if (pass == null) {
                    pass = memo.pass(reserve);
                }
                if (pass == null || pass.reached() != Integer.MAX_VALUE) {
                    pass = laidOut(document, layout, reserve, shared, last, memo, 0);
                    laidOutPasses++;
                    laidOutPages += pass.pagesLaidOut();
                }
                if (memo != null) {
                    reusedPasses += memo.reused();
                }
                return pass.finish();
            }
            round++;
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
            // the later pages start from what this pass found for them, or the last pass that reached them
            int upTo = reached;
            needed.forEach((page, h) -> {
                if (page > first && page <= upTo) {
                    next.put(page, h);
                }
            });
            guess.forEach((page, h) -> {
                if (page > first && page > upTo) {
                    next.put(page, h);
                }
            });
            attempts.keySet().removeIf(page -> page > first);
            reserve = next;
            // the next pass must lay out the page decided here and the one after it
            through = partial ? first + 1 : 0;
        }
    }

    /**
     * A layout-only pass laid out as far as page {@code through} (0: to the end), going on from the kept pass with
     * the same reserves or the last one, whichever lets it start later.
     */
    private static PdfPass laidOut(AdministrativeDocument document, DocumentLayout layout, Map<Integer, Float> reserve,
            PdfPass.Shared shared, PdfPass last, PassMemo memo, int through) {
        PdfPageWriter.Start start = last == null ? null : last.startFor(reserve);
        for (PdfPass kept : memo == null ? List.<PdfPass>of() : memo.kept()) {
            PdfPageWriter.Start other = kept == last ? null : kept.startFor(reserve);
            if (other != null && (start == null || other.at().index() > start.at().index())) {
                start = other;
            }
        }
        if (start != null) {
            resumedPasses++;
        }
        return new PdfPass(document, layout, reserve, false, shared, start, through);
    }

    /** The partial way did not settle within its rounds: the document is laid out again the whole way. */
    private static final class Unsettled extends RuntimeException {
        Unsettled() {
            super("footnote reserves did not settle pass by pass");
        }
    }

    /**
     * The first page up to {@code reached} whose footnotes do not match its reserve (0 if none): the reserve must
     * equal the need, or, on a page that kept flipping, at least hold it.
     */
    private static int firstUnsettled(Map<Integer, Float> reserve, Map<Integer, Float> needed,
            Map<Integer, Integer> attempts, int reached) {
        java.util.TreeSet<Integer> pages = new java.util.TreeSet<>(reserve.keySet());
        pages.addAll(needed.keySet());
        for (int page : pages.headSet(reached, true)) {
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
