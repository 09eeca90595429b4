package vn.baocao.render.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.layout.DocumentLayout;

/**
 * Settles the footnote reserves of one PDF: the height each page keeps free at its foot for its footnotes. Each pass
 * lays the document out with the reserves found so far; after it, the footnotes placed where their markers fell give
 * the reserve each page needs. A page's layout depends only on the reserves of the pages up to it, so the reserves
 * are settled page by page, in order: a round decides the first page whose reserve does not match its need, and the
 * pages before it are never laid out differently again. The pass where every page matches is kept and drawn.
 *
 * <p>The way {@link Way#PARTIAL} lays a pass out only a page past the page the round decides (the page whose reserve
 * just changed, and the next); a pass that finds those pages settled goes on from where it stopped, with the same
 * reserves. The pages it did not reach keep the reserves the most recent pass that reached them found (the guesses;
 * the first pass lays the whole document out). Seed 004: 86 pages laid out instead of 143.
 *
 * <p>The passes share what does not change between them (issue 17): the footnotes' sizes ({@link PdfPass.Shared}),
 * the passes already laid out with the same reserves ({@link PassMemo}), which a page flipping between two reserves
 * asks for again, and the layout of the pages whose reserves did not change: a pass goes on from an earlier pass's
 * {@link LayoutCheckpoint} before the first page that changed. All give exactly what laying out again would give;
 * {@link Way#DRAWN} does without them.
 *
 * <p>One instance settles one PDF, in one {@link Way}; it holds the state of the rounds.
 */
final class FootnoteSettling {
    private static final int MAX_PASSES = 80;
    /** Passes a page may try the exact reserve before it keeps the larger of two. */
    private static final int OSCILLATION_TRIES = 3;
    /** Passes laid out or looked up, partial ones and their continuations counted, before the partial way gives up. */
    private static final int MAX_STEPS = 400;

    // process-wide, for the tests (through PdfRenderer's accessors); PDFs are made one at a time under PdfFonts.LOCK
    private static int reusedPasses;
    private static int resumedPasses;
    private static int laidOutPasses;
    private static int laidOutPages;

    /** How the passes of a PDF are laid out. */
    enum Way {
        /** Each pass only as far as its round decides (issue 17): the usual way. */
        PARTIAL,
        /** Each pass to the end of the document, going on from the last pass's checkpoint (the fallback). */
        WHOLE,
        /** Each pass laid out from the first page and drawn, as before issue 17 (for the tests that compare). */
        DRAWN
    }

    /** The partial way did not settle within its rounds: the document is laid out again the whole way. */
    static final class Unsettled extends RuntimeException {
        Unsettled() {
            super("footnote reserves did not settle pass by pass");
        }
    }

    /** What a pass found: the reserves its pages need, known up to page {@code reached}; no pass if from the memo. */
    private record Found(PdfPass pass, Map<Integer, Float> needed, int reached) {
    }

    private final AdministrativeDocument document;
    private final DocumentLayout layout;
    private final Way way;
    // the old way (DRAWN) measures and lays out every pass afresh, as before issue 17
    private final PdfPass.Shared shared;
    private final PassMemo memo;
    /** The reserves the last pass that reached each page found for it (the partial way). */
    private final Map<Integer, Float> guess = new HashMap<>();
    /** How many rounds each page has been decided in, since a page before it was last decided. */
    private final Map<Integer, Integer> attempts = new HashMap<>();
    private Map<Integer, Float> reserve = new HashMap<>();
    private PdfPass last;
    /** The page the next pass must lay out (0: the whole document). */
    private int through;
    private int round = 1;

    private FootnoteSettling(AdministrativeDocument document, DocumentLayout layout, Way way) {
        this.document = document;
        this.layout = layout;
        this.way = way;
        shared = way == Way.DRAWN ? null : PdfPass.Shared.fresh();
        memo = way == Way.DRAWN ? null : new PassMemo();
    }

    /** The PDF with its footnote reserves settled; {@link Unsettled} if the partial way does not settle. */
    static byte[] pdf(AdministrativeDocument document, DocumentLayout layout, Way way) {
        return new FootnoteSettling(document, layout, way).settle();
    }

    private byte[] settle() {
        for (int step = 1; ; step++) {
            if (step > MAX_STEPS) {
                throw new Unsettled();
            }
            Found found = nextPass();
            if (way == Way.PARTIAL) {
                recordGuesses(found);
            }
            int first = firstUnsettled(found.needed(), found.reached());
            if (first == 0 && found.reached() != Integer.MAX_VALUE) {
                // settled as far as laid out: the same reserves, a page further
                through = found.reached() + 1;
                continue;
            }
            if (first == 0 || round == MAX_PASSES) {
                if (first != 0 && way == Way.PARTIAL) {
                    throw new Unsettled();
                }
                return finish(found.pass());
            }
            nextRound(first, found);
        }
    }

    /** The pass with the current reserves: the memo's if one reached far enough, else laid out now. */
    private Found nextPass() {
        PassMemo.Known known = memo == null ? null : memo.known(reserve, through == 0 ? Integer.MAX_VALUE : through);
        if (known != null) {
            return new Found(null, known.needed(), known.reached());
        }
        PdfPass pass = way == Way.DRAWN ? new PdfPass(document, layout, reserve, true, PdfPass.Shared.fresh(), null)
                : laidOut(through);
        count(pass);
        last = pass;
        if (memo != null) {
            memo.remember(reserve, pass);
        }
        return new Found(pass, pass.needed(), pass.reached());
    }

    /** The pages a pass reached take what it found; the later ones keep what an earlier pass found. */
    private void recordGuesses(Found found) {
        int upTo = found.reached();
        guess.keySet().removeIf(page -> page <= upTo);
        found.needed().forEach((page, h) -> {
            if (page <= upTo) {
                guess.put(page, h);
            }
        });
    }

    /**
     * The first page up to {@code reached} whose footnotes do not match its reserve (0 if none): the reserve must
     * equal the need, or, on a page that kept flipping, at least hold it.
     */
    private int firstUnsettled(Map<Integer, Float> needed, int reached) {
        TreeSet<Integer> pages = new TreeSet<>(reserve.keySet());
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

    /** Decides page {@code first}: the next pass takes new reserves and lays out that page and the one after it. */
    private void nextRound(int first, Found found) {
        round++;
        // a pass that is thrown away was never drawn: it is left to the garbage collector
        reserve = nextReserves(first, found);
        attempts.keySet().removeIf(page -> page > first);
        through = way == Way.PARTIAL ? first + 1 : 0;
    }

    /**
     * The pages before {@code first} keep their reserves, {@code first} takes what it needs, the later pages what
     * this pass found for them or, past where it stopped, the last pass that reached them.
     */
    private Map<Integer, Float> nextReserves(int first, Found found) {
        Map<Integer, Float> next = new HashMap<>();
        reserve.forEach((page, h) -> {
            if (page < first) {
                next.put(page, h);
            }
        });
        float have = reserve.getOrDefault(first, 0f);
        float want = found.needed().getOrDefault(first, 0f);
        int tries = attempts.merge(first, 1, Integer::sum);
        // a page that keeps flipping (a marker's line moving on and off it) keeps the larger reserve
        next.put(first, tries > OSCILLATION_TRIES ? Math.max(have, want) : want);
        int upTo = found.reached();
        found.needed().forEach((page, h) -> {
            if (page > first && page <= upTo) {
                next.put(page, h);
            }
        });
        guess.forEach((page, h) -> {
            if (page > first && page > upTo) {
                next.put(page, h);
            }
        });
        return next;
    }

    /** Draws the pass with the settled reserves: the one at hand, the memo's, or one laid out to the end. */
    private byte[] finish(PdfPass pass) {
        if (pass == null) {
            pass = memo.pass(reserve);
        }
        if (pass == null || pass.reached() != Integer.MAX_VALUE) {
            pass = laidOut(0);
            count(pass);
        }
        if (memo != null) {
            reusedPasses += memo.reused();
        }
        return pass.finish();
    }

    /**
     * A layout-only pass laid out as far as page {@code upTo} (0: to the end), going on from the kept pass with
     * the same reserves or the last one, whichever lets it start later.
     */
    private PdfPass laidOut(int upTo) {
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
        return new PdfPass(document, layout, reserve, false, shared, start, upTo);
    }

    private static void count(PdfPass pass) {
        laidOutPasses++;
        laidOutPages += pass.pagesLaidOut();
    }

    static int reusedPassCount() {
        return reusedPasses;
    }

    static int resumedPassCount() {
        return resumedPasses;
    }

    static int laidOutPassCount() {
        return laidOutPasses;
    }

    static int laidOutPageCount() {
        return laidOutPages;
    }
}
