package vn.baocao.render.pdf;

import static vn.baocao.render.pdf.PdfElements.pt;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Margins;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.TextStyle;
import vn.baocao.render.layout.Units;
import vn.baocao.render.pdf.FootnoteMeasures.Split;

/**
 * Places the footnotes of one laid-out pass at the foot of their pages, as Word does, and draws them on the last
 * pass. iText has no footnotes: {@link FootnoteSettling} repeats the layout with the reserves this planner asks for
 * until they agree.
 */
final class FootnotePlanner {
    /** Below the lowest marker line by less than this still counts as fitting (rounding of iText's areas). */
    private static final float FIT_TOLERANCE_PT = 0.01f;
    /** A reserve that pushes a marker's line to the next page goes this far past it. */
    private static final float PUSH_PAST_PT = 0.5f;
    /** Footnotes that still do not fit this many pages after the last one are a bug, not a layout. */
    private static final int RUNAWAY_PAGES = 100;
    /** A page that holds only notes continued from earlier pages still leaves this many body lines for the text. */
    private static final int BODY_LINES_LEFT = 2;
    /** Room beyond a piece's whole height that surely holds it whole (iText compares heights to 0,0001 pt). */
    private static final float ROOMY_PT = 0.01f;
    /** Height to lay a note out in when measuring its whole height. */
    private static final float UNBOUNDED_PT = 10000;

    private final PdfDocument pdf;
    private final Document document;
    private final PdfElements elements;
    private final FootnoteRecorder recorder;
    private final List<String> texts;
    private final FootnoteMeasures measures;
    /** The footnote area of each page, as the last planning placed it. */
    private final Map<Integer, FootnoteArea> plan = new HashMap<>();

    FootnotePlanner(PdfDocument pdf, Document document, PdfElements elements, FootnoteRecorder recorder,
                    List<String> texts, FootnoteMeasures measures) {
        this.pdf = pdf;
        this.measures = measures;
        this.document = document;
        this.elements = elements;
        this.recorder = recorder;
        this.texts = texts;
    }

    /** A footnote, or what is left of one after the parts already placed on earlier pages. */
    private record Piece(int note, List<Split> splits) {
        /** This piece with one more part (laid out at this width in this height) taken off. */
        Piece after(float width, float height) {
            List<Split> more = new ArrayList<>(splits);
            more.add(new Split(width, height));
            return new Piece(note, List.copyOf(more));
        }

        boolean continued() {
            return !splits.isEmpty();
        }
    }

    /** A part of the footnote area: the piece laid out on this page at this width in this height. */
    private record Part(Piece piece, int page, float width, float height) {
    }

    /** What the footnote area of one page holds: the parts, top to bottom. */
    private record FootnoteArea(List<Part> parts, boolean startsWithContinuation) {
    }

    /**
     * Places the footnotes as Word does: a page's area holds first what continues from the page
     * before, then the notes whose markers it carries. The area may grow up to the line of the
     * lowest marker; a note that does not fit there keeps its first lines (at least two, by the
     * paragraph's orphan control) and continues at the top of the next page's area. A marker whose
     * note cannot start on its page gets a reserve that pushes its line to the next page.
     *
     * @param lastPage the last page to plan (a pass that stopped early knows its pages only up to there)
     * @return the reserve each page needs (pages without footnotes omitted)
     */
    Map<Integer, Float> plan(int lastPage) {
        DocumentLayout layout = elements.layout();
        Map<Integer, Float> needed = new HashMap<>();
        plan.clear();
        Map<Integer, List<Integer>> own = new HashMap<>();
        recorder.pages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> own.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
        int lastOwn = own.keySet().stream().max(Integer::compare).orElse(0);
        Margins m = layout.margins();
        float gaps = (float) layout.get(Measure.FOOTNOTE_SEPARATOR_GAP_PT) * 2;
        float bottomMargin = pt(m.bottomMm());
        float bodyLine = (float) layout.style(Element.BODY).lineHeightPt();
        List<Piece> carry = new ArrayList<>();
        for (int page = 1; page <= lastPage && (page <= lastOwn || !carry.isEmpty()); page++) {
            List<Integer> notes = own.getOrDefault(page, List.of());
            if (notes.isEmpty() && carry.isEmpty()) {
                continue;
            }
            Rectangle size = pageSize(page);
            float width = size.getWidth() - pt(m.leftMm()) - pt(m.rightMm());
            float[] room = new float[notes.size()];
            for (int i = 0; i < room.length; i++) {
                room[i] = recorder.keepBottom(notes.get(i)) - bottomMargin - gaps - FIT_TOLERANCE_PT;
            }
            // how many of this page's notes can start here (each note's first lines above its own line)
            float before = 0;
            for (Piece p : carry) {
                before += fullHeight(p, width);
            }
            int kept = 0;
            for (int i = 0; i < notes.size(); i++) {
                float avail = room[i] - before;
                Piece p = new Piece(notes.get(i), List.of());
                if (avail <= 0 || fit(p, page, width, avail).status() == LayoutResult.NOTHING) {
                    break;
                }
                kept++;
                before += fullHeight(p, width);
            }
            // a page with only continued notes may fill up to BODY_LINES_LEFT body lines below the top margin
            float limit = kept > 0 ? room[kept - 1]
                    : notes.isEmpty() ? size.getHeight() - pt(m.topMm()) - bottomMargin - gaps - BODY_LINES_LEFT * bodyLine
                    : room[0];
            List<Piece> queue = new ArrayList<>(carry);
            for (int i = 0; i < kept; i++) {
                queue.add(new Piece(notes.get(i), List.of()));
            }
            List<Part> parts = new ArrayList<>();
            List<Piece> next = new ArrayList<>();
            float used = 0;
            boolean full = false;
            for (Piece p : queue) {
                if (full) {
                    next.add(p);
                    continue;
                }
                float avail = limit - used;
                FootnoteMeasures.Fit res = avail > 0 ? fit(p, page, width, avail) : null;
                if (res != null && res.status() == LayoutResult.FULL) {
                    parts.add(new Part(p, page, width, avail));
                    used += res.height();
                } else if (res != null && res.status() == LayoutResult.PARTIAL) {
                    parts.add(new Part(p, page, width, avail));
                    used += res.height();
                    next.add(p.after(width, avail));
                    full = true;
                } else {
                    next.add(p);
                    full = true;
                }
            }
            for (int i = kept; i < notes.size(); i++) {
                next.add(new Piece(notes.get(i), List.of()));
            }
            float need = parts.isEmpty() ? 0 : used + gaps;
            if (kept < notes.size()) {
                // push the line of the first note that cannot start here to the next page
                need = Math.max(need, recorder.keepBottom(notes.get(kept)) - bottomMargin + PUSH_PAST_PT);
            }
            if (need > 0) {
                needed.put(page, need);
            }
            if (!parts.isEmpty()) {
                plan.put(page, new FootnoteArea(parts, queue.get(0).continued()));
            }
            carry = next;
            if (page > pdf.getNumberOfPages() + RUNAWAY_PAGES) {
                throw new IllegalStateException("footnotes do not fit");
            }
        }
        return needed;
    }

    /** The size of a page, or of the page that would follow the last one. */
    private Rectangle pageSize(int page) {
        return pdf.getPage(Math.min(page, pdf.getNumberOfPages())).getPageSize();
    }

    /** A fresh renderer of what is left of the piece. */
    private IRenderer renderer(Piece piece) {
        IRenderer r = footnoteParagraph(piece.note()).createRendererSubTree().setParent(document.getRenderer());
        for (Split split : piece.splits()) {
            r = lay(r, 1, split.width(), split.height()).getOverflowRenderer();
            r.setParent(document.getRenderer());
        }
        return r;
    }

    private float fullHeight(Piece piece, float width) {
        return measures.fullHeight(piece.note(), piece.splits(), width, () -> {
            IRenderer r = renderer(piece);
            lay(r, 1, width, UNBOUNDED_PT);
            return r.getOccupiedArea().getBBox().getHeight();
        });
    }

    /** How the piece lays out in {@code height}, measured once per PDF ({@link FootnoteMeasures}). */
    private FootnoteMeasures.Fit fit(Piece piece, int page, float width, float height) {
        float whole = fullHeight(piece, width);
        if (height >= whole + ROOMY_PT) {
            // with room to spare the piece lays out as a whole, as it did when its full height was measured
            return new FootnoteMeasures.Fit(LayoutResult.FULL, whole);
        }
        return measures.fit(piece.note(), piece.splits(), page, width, height, () -> {
            IRenderer r = renderer(piece);
            LayoutResult res = lay(r, page, width, height);
            IRenderer placed = switch (res.getStatus()) {
                case LayoutResult.FULL -> r;
                case LayoutResult.PARTIAL -> res.getSplitRenderer();
                default -> null;
            };
            return new FootnoteMeasures.Fit(res.getStatus(), placed == null ? 0 : placed.getOccupiedArea().getBBox().getHeight());
        });
    }

    /** The renderer that draws a part: laid out again as the plan laid it out. */
    private IRenderer laidOut(Part part) {
        IRenderer r = renderer(part.piece());
        LayoutResult res = lay(r, part.page(), part.width(), part.height());
        return res.getStatus() == LayoutResult.PARTIAL ? res.getSplitRenderer() : r;
    }

    private static LayoutResult lay(IRenderer r, int page, float width, float height) {
        return r.layout(new LayoutContext(new LayoutArea(page, new Rectangle(0, 0, width, height))));
    }

    private Paragraph footnoteParagraph(int note) {
        TextStyle s = elements.layout().style(Element.FOOTNOTE);
        Paragraph p = elements.styled(new Paragraph(), Element.FOOTNOTE);
        p.add(elements.mark(note, s));
        p.add(elements.text(" " + texts.get(note - 1), s, false, false));
        return p;
    }

    /**
     * Draws each page's footnote area at the top of its reserve: a short separator, or a separator
     * across the text width when the area starts with a note continued from the page before.
     */
    void draw(Map<Integer, Float> reserve) {
        DocumentLayout layout = elements.layout();
        Margins m = layout.margins();
        float gap = (float) layout.get(Measure.FOOTNOTE_SEPARATOR_GAP_PT);
        for (Map.Entry<Integer, FootnoteArea> e : new TreeMap<>(plan).entrySet()) {
            while (pdf.getNumberOfPages() < e.getKey()) {
                pdf.addNewPage(new PageSize(pageSize(e.getKey())));
            }
            PdfPage page = pdf.getPage(e.getKey());
            Rectangle size = page.getPageSize();
            float left = pt(m.leftMm());
            float width = size.getWidth() - left - pt(m.rightMm());
            List<IRenderer> parts = new ArrayList<>();
            float used = 0;
            for (Part part : e.getValue().parts()) {
                IRenderer r = laidOut(part);
                parts.add(r);
                used += r.getOccupiedArea().getBBox().getHeight();
            }
            float height = Math.max(reserve.getOrDefault(e.getKey(), 0f), used + 2 * gap);
            float top = pt(m.bottomMm()) + height;
            float separator = e.getValue().startsWithContinuation() ? width
                    : (float) Units.cmToPt(layout.get(Measure.FOOTNOTE_SEPARATOR_CM));
            PdfCanvas canvas = new PdfCanvas(page);
            canvas.setLineWidth((float) layout.get(Measure.RULE_THICKNESS_PT))
                    .moveTo(left, top - gap).lineTo(left + separator, top - gap).stroke();
            float y = top - 2 * gap;
            DrawContext context = new DrawContext(pdf, canvas);
            for (IRenderer r : parts) {
                Rectangle box = r.getOccupiedArea().getBBox();
                r.move(left, y - box.getTop());
                r.draw(context);
                y -= box.getHeight();
            }
        }
    }
}
