package vn.baocao.render.pdf;

import static vn.baocao.render.pdf.PdfElements.pt;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.BlockElement;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.RootLayoutArea;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.baocao.document.FootnoteRef;
import vn.baocao.document.Inline;
import vn.baocao.document.RichText;
import vn.baocao.document.TextRun;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Margins;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.TextStyle;
import vn.baocao.render.walk.CellItem;
import vn.baocao.render.walk.DocumentVisitor;
import vn.baocao.render.walk.Line;
import vn.baocao.render.walk.Rule;
import vn.baocao.render.walk.TableShape;
import vn.baocao.render.walk.TwoColumns;

/**
 * Lays the parts of the document out on PDF pages, in the order {@code DocumentWalk} gives, keeping free at the foot
 * of each page the footnote reserve of this pass. Remembers the footnote texts and where each numbered run of pages
 * (the document, each appendix) starts; footnotes and page numbers are drawn afterwards.
 */
final class PdfPageWriter implements DocumentVisitor {
    private final PdfDocument pdf;
    private final PdfFonts fonts;
    private final Map<Integer, Float> reserve;
    private final FootnoteRecorder recorder = new FootnoteRecorder();
    private final FootnoteRecorder.Sink markers;
    private final List<String> footnoteTexts = new ArrayList<>();
    private final PageNumbering numbering = new PageNumbering();
    private final Start start;
    /** The last page this pass must lay out completely; 0 to lay out the whole document. */
    private final int through;
    private final List<LayoutCheckpoint> checkpoints = new ArrayList<>();
    /** The checkpoint where this pass stopped laying out, past page {@link #through}; null while it goes on. */
    private LayoutCheckpoint stoppedAt;
    private PdfElements elements;
    private Document document;
    private ReservingDocumentRenderer root;
    private PageSize portrait;
    private boolean appendixStarting;
    /** Top-level elements met so far, and the footnote markers they hold. */
    private int added;
    private int notesAdded;
    /** The last element added keeps with the next one: iText holds it back, so no checkpoint before the next. */
    private boolean keptWithNext;
    /**
     * Headings not added yet: they wait for what follows them, and go with the closing paragraph when that comes
     * next. iText keeps an element with the next one only, not along a chain as Word does.
     */
    private final List<Paragraph> waitingHeadings = new ArrayList<>();

    /** Ends the walk of a pass that laid out as far as it was asked: the rest of the document is not even made. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * Where a pass goes on from another pass's checkpoint: that pass's parts laid out before it, the sizes of its
     * pages up to there, and its footnote markers.
     */
    record Start(LayoutCheckpoint at, List<LayoutCheckpoint> earlier, List<IRenderer> placed, List<PageSize> pageSizes,
                 FootnoteRecorder markers) {
    }

    /**
     * A writer for one pass; {@code start} is null for a pass laid out from the first element. {@code markers} is
     * where the footnote markers report, shared by the passes of one PDF that go on from each other. The pass stops
     * laying out at the first checkpoint past page {@code through} (0: lays out the whole document).
     */
    PdfPageWriter(PdfDocument pdf, PdfFonts fonts, Map<Integer, Float> reserve, FootnoteRecorder.Sink markers,
                  Start start, int through) {
        this.pdf = pdf;
        this.fonts = fonts;
        this.reserve = reserve;
        this.markers = markers;
        this.start = start;
        this.through = through;
        markers.use(recorder);
    }

    /**
     * The last page whose layout is final: the page before the one this pass stopped on, or
     * {@link Integer#MAX_VALUE} when it laid the whole document out.
     */
    int reached() {
        return stoppedAt == null ? Integer.MAX_VALUE : stoppedAt.area().getPageNumber() - 1;
    }

    @Override
    public void begin(DocumentLayout layout, Metadata metadata) {
        elements = new PdfElements(layout, fonts);
        // whole points, as iText's A4 (595 × 842): the line breaks the seeds are checked against are set on it
        portrait = new PageSize(Math.round(pt(layout.get(Measure.PAGE_WIDTH_MM))),
                Math.round(pt(layout.get(Measure.PAGE_HEIGHT_MM))));
        document = new Document(pdf, portrait, false);
        root = new ReservingDocumentRenderer(document, reserve);
        document.setRenderer(root);
        Margins m = layout.margins();
        document.setMargins(pt(m.topMm()), pt(m.rightMm()), pt(m.bottomMm()), pt(m.leftMm()));
        document.setFont(fonts.get(false, false));
        document.setProperty(Property.SPLIT_CHARACTERS, new LineBreakCharacters());
        // a justified line widens at its spaces only, as in Word (iText spreads a quarter between the letters)
        document.setProperty(Property.SPACING_RATIO, 1f);
        document.setFontSize((float) layout.style(Element.BODY).sizePt());
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setCreator("BaoCao");
        pdf.getCatalog().setLang(new PdfString("vi-VN"));
    }

    Document document() {
        return document;
    }

    ReservingDocumentRenderer root() {
        return root;
    }

    /** Where this pass's layout stood before each top-level element it may go on from, in order. */
    List<LayoutCheckpoint> checkpoints() {
        return checkpoints;
    }

    PdfElements elements() {
        return elements;
    }

    FootnoteRecorder recorder() {
        return recorder;
    }

    List<String> footnoteTexts() {
        return footnoteTexts;
    }

    PageNumbering numbering() {
        return numbering;
    }

    // ---- header and footer blocks ----------------------------------------------------------

    @Override
    public void headerBlock(TwoColumns block) {
        add(twoColumns(block));
    }

    @Override
    public void footerBlock(TwoColumns block) {
        add(twoColumns(block));
    }

    private Table twoColumns(TwoColumns block) {
        Table table = PdfElements.borderless(block.leftCm(), block.rightCm());
        for (TwoColumns.Row row : block.rows()) {
            table.addCell(cell(row.left())).addCell(cell(row.right()));
        }
        if (block.keepTogether()) {
            table.setKeepTogether(true);
        }
        return table;
    }

    /** An empty cell stays empty: an iText cell needs no paragraph, and its row takes the other cell's height. */
    private Cell cell(TwoColumns.Cell content) {
        Cell cell = PdfElements.borderlessCell();
        for (CellItem item : content.items()) {
            if (item instanceof Line line) {
                cell.add(paragraph(line));
            } else if (item instanceof Rule rule) {
                cell.add(elements.rule(rule));
            }
        }
        return cell;
    }

    // ---- lines, rules and paragraphs -------------------------------------------------------

    @Override
    public void line(Line line) {
        add(paragraph(line));
        if (appendixStarting) {
            // the appendix label is on the appendix's first page: its numbers count from here
            numbering.startRun(pdf.getNumberOfPages());
            appendixStarting = false;
        }
    }

    private Paragraph paragraph(Line line) {
        Paragraph p = elements.paragraph(line.element(), line.text());
        if (line.spaceBeforePt() != null) {
            p.setMarginTop(line.spaceBeforePt().floatValue());
        }
        return p;
    }

    @Override
    public void rule(Rule rule) {
        add(elements.rule(rule));
    }

    @Override
    public void richParagraph(Element element, String lead, RichText text) {
        Paragraph p = richParagraphOf(element, lead, text);
        if (elements.layout().keepsWithNext(element)) {
            waitingHeadings.add(p);
        } else {
            add(p);
        }
    }

    @Override
    public void closingParagraph(Element element, String lead, RichText text) {
        // moved whole with Nơi nhận and the signature when they do not fit below it, as Word's keep lines + next;
        // the headings just above it move too, as Word's chain of keep with next takes them
        Paragraph p = richParagraphOf(element, lead, text);
        BlockElement<?> closing = waitingHeadings.isEmpty() ? p : underWaitingHeadings(p);
        closing.setKeepTogether(true);
        closing.setKeepWithNext(true);
        add(closing);
    }

    /** The waiting headings and the paragraph below them, as one block. */
    private Div underWaitingHeadings(Paragraph p) {
        Div group = new Div();
        waitingHeadings.forEach(group::add);
        waitingHeadings.clear();
        return group.add(p);
    }

    private Paragraph richParagraphOf(Element element, String lead, RichText text) {
        TextStyle s = elements.layout().style(element);
        Paragraph p = elements.styled(new Paragraph(), element);
        if (!lead.isEmpty()) {
            p.add(elements.text(lead, s, false, false));
        }
        addRuns(p, text, s);
        return p;
    }

    @Override
    public void pageBreak() {
        add(new AreaBreak(AreaBreakType.NEXT_PAGE));
    }

    private void addRuns(Paragraph p, RichText content, TextStyle s) {
        for (Inline part : content.parts()) {
            if (part instanceof TextRun run) {
                p.add(elements.text(run.text(), s, run.bold(), run.italic()));
            } else if (part instanceof FootnoteRef ref) {
                footnoteTexts.add(ref.text());
                int note = footnoteTexts.size();
                Text mark = elements.mark(note, s);
                mark.setNextRenderer(new FootnoteMarkRenderer(mark, note, markers));
                p.add(mark);
            }
        }
    }

    // ---- tables ----------------------------------------------------------------------------

    @Override
    public void table(TableShape t) {
        Table table = new PdfTables(elements).table(t,
                (p, content, element) -> addRuns(p, content, elements.layout().style(element)));
        if (t.keepsEndWithNext()) {
            // iText then moves the last rows (under the repeated header) to the page of Nơi nhận and the signature
            table.setKeepWithNext(true);
        }
        add(table);
    }

    // ---- page sizes and appendices -----------------------------------------------------------

    @Override
    public void beginLandscape() {
        pageSize(portrait.rotate());
    }

    @Override
    public void endLandscape() {
        pageSize(portrait);
    }

    @Override
    public void beginAppendix(boolean landscape) {
        pageSize(landscape ? portrait.rotate() : portrait);
        appendixStarting = true;
    }

    /**
     * Starts a new page of this size and keeps it for the pages that follow (a landscape table running over several
     * pages stays landscape): iText gives pages added by the layout the document's default size.
     */
    private void pageSize(PageSize size) {
        pdf.setDefaultPageSize(size);
        add(new AreaBreak(size));
    }

    // ---- adding top-level elements, checkpoints -------------------------------------------------

    private void add(IBlockElement element) {
        addWaitingHeadings();
        place(element);
    }

    private void place(IBlockElement element) {
        if (placing(Boolean.TRUE.equals(element.<Boolean>getProperty(Property.KEEP_WITH_NEXT)))) {
            document.add(element);
        }
    }

    private void add(AreaBreak pageBreak) {
        addWaitingHeadings();
        if (placing(false)) {
            document.add(pageBreak);
        }
    }

    /** The headings waiting go before the element that follows them, each on its own as any other element. */
    private void addWaitingHeadings() {
        List<Paragraph> headings = List.copyOf(waitingHeadings);
        waitingHeadings.clear();
        headings.forEach(this::place);
    }

    /**
     * Called before each top-level element is added: records a checkpoint, or, in a pass that goes on from one,
     * skips the elements before it (they were laid out by the pass it goes on from; they are still made, for their
     * footnote texts) and takes over that pass's layout at it.
     *
     * @return whether to lay the element out
     * @throws Stopped at the first checkpoint past page {@code through}
     */
    private boolean placing(boolean keepsWithNext) {
        int index = added++;
        int notesBefore = notesAdded;
        notesAdded = footnoteTexts.size();
        if (stoppedAt != null || start != null && index < start.at().index()) {
            return false;
        }
        LayoutCheckpoint here = null;
        if (start != null && index == start.at().index()) {
            goOnFrom(start);
            here = start.at();
        } else if (!keptWithNext && root.area() != null) {
            here = new LayoutCheckpoint(index, notesBefore, (RootLayoutArea) root.area().clone(),
                    pdf.getNumberOfPages(), pdf.getDefaultPageSize(), root.getChildRenderers().size(),
                    numbering.runStarts(), appendixStarting);
            checkpoints.add(here);
        }
        if (through > 0 && here != null && here.area().getPageNumber() > through) {
            // pages up to `through` are final and nothing waits to be laid out: a later pass goes on from here
            stoppedAt = here;
            throw new Stopped();
        }
        keptWithNext = keepsWithNext;
        return true;
    }

    private void goOnFrom(Start from) {
        LayoutCheckpoint at = from.at();
        for (PageSize size : from.pageSizes()) {
            pdf.addNewPage(size);
        }
        pdf.setDefaultPageSize(at.defaultSize());
        root.resume(from.placed(), (RootLayoutArea) at.area().clone());
        numbering.restore(at.runStarts());
        appendixStarting = at.appendixStarting();
        recorder.adopt(from.markers(), at.notes());
        checkpoints.addAll(from.earlier());
        checkpoints.add(at);
    }

    /** Nothing is drawn yet: the pass draws its pages only when its footnotes fit ({@link PdfPass}). */
    @Override
    public void end() {
        addWaitingHeadings();
    }
}
