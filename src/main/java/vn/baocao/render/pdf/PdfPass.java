package vn.baocao.render.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.Block;
import vn.baocao.document.FootnoteRef;
import vn.baocao.document.Heading;
import vn.baocao.document.Inline;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.PageBreak;
import vn.baocao.document.RichText;
import vn.baocao.document.Signature;
import vn.baocao.document.TableColumn;
import vn.baocao.document.TextRun;
import vn.baocao.render.layout.Align;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Margins;
import vn.baocao.render.layout.TextStyle;
import vn.baocao.render.layout.Units;

/**
 * One layout pass of the PDF: lays the document out with a given footnote reserve per page, then
 * reports where the footnote markers fell. The last pass also draws footnotes and page numbers.
 */
final class PdfPass {
    private final AdministrativeDocument source;
    private final DocumentLayout layout;
    private final Map<Integer, Float> reserve;
    private final FootnoteRecorder recorder = new FootnoteRecorder();
    private final List<String> footnoteTexts = new ArrayList<>();
    /** First page of each numbered run: the document, then each appendix. */
    private final List<Integer> sectionStarts = new ArrayList<>();
    /** The footnote area of each page, as the last planning placed it. */
    private final Map<Integer, FootnoteArea> plan = new HashMap<>();
    private PdfFonts fonts;
    private Document document;
    private PdfDocument pdf;

    PdfPass(AdministrativeDocument source, Map<Integer, Float> reserve) {
        this.source = source;
        this.layout = DocumentLayout.forProfile(source.profile());
        this.reserve = reserve;
    }

    /** Lays out, then returns the reserve each page needs for its footnotes (empty pages omitted). */
    Result run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf = PdfADocuments.open(out);
        fonts = new PdfFonts();
        document = new Document(pdf, PageSize.A4, false);
        document.setRenderer(new ReservingDocumentRenderer(document, reserve));
        Margins m = DocumentLayout.MARGINS;
        document.setMargins(pt(m.topMm()), pt(m.rightMm()), pt(m.bottomMm()), pt(m.leftMm()));
        document.setFont(fonts.get(false, false));
        document.setFontSize((float) layout.style(Element.BODY).sizePt());
        setMetadata();
        sectionStarts.add(1);
        addHeaderTable();
        addTitle();
        addLegalBases();
        addAddressees();
        addBlocks(source.body(), false);
        addFooterTable();
        for (Appendix appendix : source.appendices()) {
            addAppendix(appendix);
        }
        document.flush();
        Map<Integer, Float> needed = planFootnotes();
        return new Result(needed, this, out);
    }

    /** Draws footnotes and page numbers on the laid-out pages and closes the PDF. */
    byte[] finish(ByteArrayOutputStream out) {
        drawFootnotes();
        drawPageNumbers();
        document.close();
        return out.toByteArray();
    }

    /** Closes the PDF of a pass that is thrown away. */
    void discard() {
        document.close();
    }

    private void setMetadata() {
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(source.metadataTitle());
        info.setAuthor(source.letterhead().issuingAgencyName());
        info.setSubject(source.summary());
        info.setCreator("BaoCao");
        pdf.getCatalog().setLang(new PdfString("vi-VN"));
    }

    // ---- header block ---------------------------------------------------------------------

    private void addHeaderTable() {
        boolean letter = !source.type().hasTitle();
        Table table = borderless(DocumentLayout.HEADER_LEFT_CM, DocumentLayout.HEADER_RIGHT_CM);
        Cell agency = cell();
        for (String line : source.letterhead().parentAgency()) {
            agency.add(paragraph(Element.PARENT_AGENCY, line));
        }
        for (String line : source.letterhead().issuingAgency()) {
            agency.add(paragraph(Element.AGENCY, line));
        }
        agency.add(rule(DocumentLayout.HEADER_LEFT_CM, layout.agencyRuleCm(source.letterhead().issuingAgency())));
        Cell nation = cell();
        nation.add(paragraph(Element.NATIONAL_TITLE, DocumentLayout.NATIONAL_TITLE_TEXT));
        nation.add(paragraph(Element.MOTTO, DocumentLayout.MOTTO_TEXT));
        nation.add(rule(DocumentLayout.HEADER_RIGHT_CM, layout.mottoRuleCm()));
        table.addCell(agency).addCell(nation);
        table.addCell(cell().add(paragraph(Element.NUMBER, source.number().format())));
        table.addCell(cell().add(paragraph(Element.PLACE_DATE, source.placeAndDate().format())));
        if (letter) {
            table.addCell(cell().add(paragraph(Element.LETTER_SUMMARY, source.letterSummary())));
            table.addCell(cell());
        }
        document.add(table);
    }

    private void addTitle() {
        if (!source.type().hasTitle()) {
            return;
        }
        document.add(paragraph(Element.TYPE_NAME, source.type().title()).setKeepWithNext(true));
        if (!source.summary().isBlank()) {
            document.add(paragraph(Element.SUMMARY, source.summary()).setKeepWithNext(true));
            document.add(rule(layout.textWidthCm(false), layout.summaryRuleCm(source.summary(), Element.SUMMARY)));
        }
    }

    private void addLegalBases() {
        for (String line : source.printedLegalBases()) {
            document.add(paragraph(Element.LEGAL_BASIS, line));
        }
    }

    private void addAddressees() {
        List<String> lines = source.printedAddressees();
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            document.add(paragraph(Element.ADDRESSEE_SINGLE, DocumentLayout.ADDRESSEE_LABEL_TEXT + " " + lines.get(0)));
            return;
        }
        document.add(paragraph(Element.ADDRESSEE_LABEL, DocumentLayout.ADDRESSEE_LABEL_TEXT).setKeepWithNext(true));
        for (String line : lines) {
            document.add(paragraph(Element.ADDRESSEE_ITEM, line));
        }
    }

    // ---- body -----------------------------------------------------------------------------

    private void addBlocks(List<Block> blocks, boolean landscape) {
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                Element e = DocumentLayout.headingElement(h.level());
                Paragraph p = styled(new Paragraph(), layout.style(e));
                if (!h.label().isEmpty()) {
                    p.add(text(h.label() + " ", layout.style(e), false, false));
                }
                addRuns(p, h.text(), layout.style(e));
                document.add(p.setKeepWithNext(true));
            } else if (block instanceof vn.baocao.document.Paragraph para) {
                TextStyle s = layout.style(Element.BODY);
                Paragraph p = styled(new Paragraph(), s);
                if (!para.marker().prefix().isEmpty()) {
                    p.add(text(para.marker().prefix(), s, false, false));
                }
                addRuns(p, para.text(), s);
                document.add(p);
            } else if (block instanceof vn.baocao.document.Table t) {
                document.add(dataTable(t, landscape));
            } else if (block instanceof PageBreak) {
                document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            } else if (block instanceof LandscapeSection s) {
                pageSize(PageSize.A4.rotate());
                addBlocks(s.blocks(), true);
                pageSize(PageSize.A4);
            }
        }
    }

    private Table dataTable(vn.baocao.document.Table t, boolean landscape) {
        double width = layout.textWidthCm(landscape);
        double[] fractions = t.widthFractions();
        UnitValue[] widths = new UnitValue[fractions.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = UnitValue.createPointValue((float) Units.cmToPt(width * fractions[i]));
        }
        Table table = new Table(widths).setFixedLayout().setWidth((float) Units.cmToPt(width));
        TextStyle head = layout.style(Element.TABLE_HEADER);
        TextStyle body = layout.style(Element.TABLE_CELL);
        for (List<RichText> row : t.headerRows()) {
            for (RichText c : row) {
                table.addHeaderCell(dataCell(c, head, null));
            }
        }
        for (List<RichText> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(dataCell(row.get(i), body, t.columns().get(i).alignment()));
            }
        }
        return table;
    }

    private Cell dataCell(RichText content, TextStyle s, TableColumn.CellAlignment align) {
        float side = (float) Units.cmToPt(DocumentLayout.TABLE_CELL_PADDING_SIDE_CM);
        float vertical = (float) DocumentLayout.TABLE_CELL_PADDING_VERTICAL_PT;
        Cell cell = new Cell().setBorder(new SolidBorder(ColorConstants.BLACK, (float) DocumentLayout.TABLE_BORDER_PT))
                .setPaddingLeft(side).setPaddingRight(side).setPaddingTop(vertical).setPaddingBottom(vertical)
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
        Paragraph p = styled(new Paragraph(), s);
        if (align != null) {
            p.setTextAlignment(switch (align) {
                case LEFT -> TextAlignment.LEFT;
                case CENTER -> TextAlignment.CENTER;
                case RIGHT -> TextAlignment.RIGHT;
            });
        }
        addRuns(p, content, s);
        return cell.add(p);
    }

    // ---- Nơi nhận and signature -------------------------------------------------------------

    private void addFooterTable() {
        if (source.recipients().isEmpty() && source.signature() == null) {
            return;
        }
        Table table = borderless(DocumentLayout.FOOTER_LEFT_CM, DocumentLayout.FOOTER_RIGHT_CM);
        Cell left = cell();
        if (!source.recipients().isEmpty()) {
            left.add(paragraph(Element.RECIPIENTS_LABEL, DocumentLayout.RECIPIENTS_LABEL_TEXT));
            for (String line : source.printedRecipients()) {
                left.add(paragraph(Element.RECIPIENT, line));
            }
        }
        Cell right = cell();
        Signature s = source.signature();
        if (s != null) {
            boolean first = true;
            for (String line : s.titleLines()) {
                Paragraph p = paragraph(Element.SIGNATURE_TITLE, line);
                if (first) {
                    p.setMarginTop((float) layout.style(Element.RECIPIENTS_LABEL).spaceBeforePt());
                    first = false;
                }
                right.add(p);
            }
            if (s.signerName() != null) {
                right.add(paragraph(Element.SIGNER_NAME, s.signerName()));
            }
        }
        table.addCell(left).addCell(right);
        table.setKeepTogether(true);
        document.add(table);
    }

    /**
     * Starts a new page of this size and keeps it for the pages that follow (a landscape table running over several
     * pages stays landscape): iText gives pages added by the layout the document's default size.
     */
    private void pageSize(PageSize size) {
        pdf.setDefaultPageSize(size);
        document.add(new AreaBreak(size));
    }

    // ---- appendices ------------------------------------------------------------------------

    private void addAppendix(Appendix a) {
        pageSize(a.landscape() ? PageSize.A4.rotate() : PageSize.A4);
        Paragraph label = paragraph(Element.APPENDIX_LABEL, a.label()).setKeepWithNext(true);
        document.add(label);
        sectionStarts.add(pdf.getNumberOfPages());
        if (!a.title().isBlank()) {
            document.add(paragraph(Element.APPENDIX_TITLE, a.title()).setKeepWithNext(true));
        }
        if (a.reference() != null && !a.reference().isBlank()) {
            document.add(paragraph(Element.APPENDIX_REFERENCE, a.reference()).setKeepWithNext(true));
        }
        document.add(rule(layout.textWidthCm(a.landscape()),
                layout.summaryRuleCm(a.title().isBlank() ? a.label() : a.title(), Element.APPENDIX_TITLE)));
        addBlocks(a.blocks(), a.landscape());
    }

    // ---- footnotes and page numbers ---------------------------------------------------------

    /** A footnote, or what is left of one after the parts already placed on earlier pages. */
    private record Piece(int note, List<float[]> splits) {
        /** This piece with one more part (laid out at this width in this height) taken off. */
        Piece after(float width, float height) {
            List<float[]> more = new ArrayList<>(splits);
            more.add(new float[] {width, height});
            return new Piece(note, more);
        }

        boolean continued() {
            return !splits.isEmpty();
        }
    }

    /** What the footnote area of one page holds: the laid-out parts, top to bottom. */
    private record FootnoteArea(List<IRenderer> parts, boolean startsWithContinuation) {
    }

    /**
     * Places the footnotes as Word does: a page's area holds first what continues from the page
     * before, then the notes whose markers it carries. The area may grow up to the line of the
     * lowest marker; a note that does not fit there keeps its first lines (at least two, by the
     * paragraph's orphan control) and continues at the top of the next page's area. A marker whose
     * note cannot start on its page gets a reserve that pushes its line to the next page.
     *
     * @return the reserve each page needs (pages without footnotes omitted)
     */
    private Map<Integer, Float> planFootnotes() {
        Map<Integer, Float> needed = new HashMap<>();
        plan.clear();
        Map<Integer, List<Integer>> own = new HashMap<>();
        recorder.pages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> own.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
        int lastOwn = own.keySet().stream().max(Integer::compare).orElse(0);
        Margins m = DocumentLayout.MARGINS;
        float gaps = (float) DocumentLayout.FOOTNOTE_SEPARATOR_GAP_PT * 2;
        float bottomMargin = pt(m.bottomMm());
        float bodyLine = (float) layout.style(Element.BODY).lineHeightPt();
        List<Piece> carry = new ArrayList<>();
        for (int page = 1; page <= lastOwn || !carry.isEmpty(); page++) {
            List<Integer> notes = own.getOrDefault(page, List.of());
            if (notes.isEmpty() && carry.isEmpty()) {
                continue;
            }
            Rectangle size = pageSize(page);
            float width = size.getWidth() - pt(m.leftMm()) - pt(m.rightMm());
            float[] room = new float[notes.size()];
            for (int i = 0; i < room.length; i++) {
                room[i] = recorder.keepBottom(notes.get(i)) - bottomMargin - gaps - 0.01f;
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
                if (avail <= 0 || lay(renderer(p), page, width, avail).getStatus() == LayoutResult.NOTHING) {
                    break;
                }
                kept++;
                before += fullHeight(p, width);
            }
            float limit = kept > 0 ? room[kept - 1]
                    : notes.isEmpty() ? size.getHeight() - pt(m.topMm()) - bottomMargin - gaps - 2 * bodyLine : room[0];
            List<Piece> queue = new ArrayList<>(carry);
            for (int i = 0; i < kept; i++) {
                queue.add(new Piece(notes.get(i), List.of()));
            }
            List<IRenderer> parts = new ArrayList<>();
            List<Piece> next = new ArrayList<>();
            float used = 0;
            boolean full = false;
            for (Piece p : queue) {
                if (full) {
                    next.add(p);
                    continue;
                }
                float avail = limit - used;
                IRenderer r = renderer(p);
                LayoutResult res = avail > 0 ? lay(r, page, width, avail) : null;
                if (res != null && res.getStatus() == LayoutResult.FULL) {
                    parts.add(r);
                    used += r.getOccupiedArea().getBBox().getHeight();
                } else if (res != null && res.getStatus() == LayoutResult.PARTIAL) {
                    parts.add(res.getSplitRenderer());
                    used += res.getSplitRenderer().getOccupiedArea().getBBox().getHeight();
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
                need = Math.max(need, recorder.keepBottom(notes.get(kept)) - bottomMargin + 0.5f);
            }
            if (need > 0) {
                needed.put(page, need);
            }
            if (!parts.isEmpty()) {
                plan.put(page, new FootnoteArea(parts, queue.get(0).continued()));
            }
            carry = next;
            if (page > pdf.getNumberOfPages() + 100) {
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
        for (float[] split : piece.splits()) {
            r = lay(r, 1, split[0], split[1]).getOverflowRenderer();
            r.setParent(document.getRenderer());
        }
        return r;
    }

    private float fullHeight(Piece piece, float width) {
        IRenderer r = renderer(piece);
        lay(r, 1, width, 10000);
        return r.getOccupiedArea().getBBox().getHeight();
    }

    private static LayoutResult lay(IRenderer r, int page, float width, float height) {
        return r.layout(new LayoutContext(new LayoutArea(page, new Rectangle(0, 0, width, height))));
    }

    private Paragraph footnoteParagraph(int note) {
        TextStyle s = layout.style(Element.FOOTNOTE);
        Paragraph p = styled(new Paragraph(), s);
        p.add(mark(note, s));
        p.add(text(" " + footnoteTexts.get(note - 1), s, false, false));
        return p;
    }

    /**
     * Draws each page's footnote area at the top of its reserve: a short separator, or a separator
     * across the text width when the area starts with a note continued from the page before.
     */
    private void drawFootnotes() {
        Margins m = DocumentLayout.MARGINS;
        float gap = (float) DocumentLayout.FOOTNOTE_SEPARATOR_GAP_PT;
        for (Map.Entry<Integer, FootnoteArea> e : new java.util.TreeMap<>(plan).entrySet()) {
            while (pdf.getNumberOfPages() < e.getKey()) {
                pdf.addNewPage(new PageSize(pageSize(e.getKey())));
            }
            PdfPage page = pdf.getPage(e.getKey());
            Rectangle size = page.getPageSize();
            float left = pt(m.leftMm());
            float width = size.getWidth() - left - pt(m.rightMm());
            float used = 0;
            for (IRenderer r : e.getValue().parts()) {
                used += r.getOccupiedArea().getBBox().getHeight();
            }
            float height = Math.max(reserve.getOrDefault(e.getKey(), 0f), used + 2 * gap);
            float top = pt(m.bottomMm()) + height;
            float separator = e.getValue().startsWithContinuation() ? width
                    : (float) Units.cmToPt(DocumentLayout.FOOTNOTE_SEPARATOR_CM);
            PdfCanvas canvas = new PdfCanvas(page);
            canvas.setLineWidth((float) DocumentLayout.RULE_THICKNESS_PT)
                    .moveTo(left, top - gap).lineTo(left + separator, top - gap).stroke();
            float y = top - 2 * gap;
            DrawContext context = new DrawContext(pdf, canvas);
            for (IRenderer r : e.getValue().parts()) {
                Rectangle box = r.getOccupiedArea().getBBox();
                r.move(left, y - box.getTop());
                r.draw(context);
                y -= box.getHeight();
            }
        }
    }

    private void drawPageNumbers() {
        TextStyle s = layout.style(Element.PAGE_NUMBER);
        Margins m = DocumentLayout.MARGINS;
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            int start = 1;
            for (int st : sectionStarts) {
                if (st <= i) {
                    start = st;
                }
            }
            int number = i - start + 1;
            if (number == 1) {
                continue;
            }
            PdfPage page = pdf.getPage(i);
            Rectangle size = page.getPageSize();
            float centre = pt(m.leftMm()) + (size.getWidth() - pt(m.leftMm()) - pt(m.rightMm())) / 2;
            float baseline = size.getHeight() - pt(DocumentLayout.HEADER_DISTANCE_MM) - (float) s.sizePt();
            try (Canvas canvas = new Canvas(new PdfCanvas(page), size)) {
                canvas.showTextAligned(new Paragraph(new Text(String.valueOf(number))
                                .setFont(fonts.get(s.bold(), s.italic())).setFontSize((float) s.sizePt())),
                        centre, baseline, TextAlignment.CENTER);
            }
        }
    }

    // ---- element helpers -------------------------------------------------------------------

    private Table borderless(double leftCm, double rightCm) {
        Table table = new Table(new UnitValue[] {
                UnitValue.createPointValue((float) Units.cmToPt(leftCm)),
                UnitValue.createPointValue((float) Units.cmToPt(rightCm))}).setFixedLayout();
        table.setWidth((float) Units.cmToPt(leftCm + rightCm));
        table.setBorder(Border.NO_BORDER);
        return table;
    }

    private static Cell cell() {
        return new Cell().setBorder(Border.NO_BORDER).setPadding(0);
    }

    /** An empty line {@link DocumentLayout#RULE_LINE_PT} high with a centred solid rule at its bottom. */
    private static IBlockElement rule(double boxCm, double ruleCm) {
        float side = (float) Units.cmToPt(Math.max(0, (boxCm - ruleCm) / 2));
        return new Div().setHeight((float) DocumentLayout.RULE_LINE_PT - (float) DocumentLayout.RULE_THICKNESS_PT)
                .setMarginLeft(side).setMarginRight(side).setMarginTop(0).setMarginBottom(0)
                .setBorderBottom(new SolidBorder(ColorConstants.BLACK, (float) DocumentLayout.RULE_THICKNESS_PT))
                .setKeepWithNext(true);
    }

    private Paragraph paragraph(Element element, String content) {
        TextStyle s = layout.style(element);
        return styled(new Paragraph(), s).add(text(content, s, false, false));
    }

    private Paragraph styled(Paragraph p, TextStyle s) {
        p.setFont(fonts.get(s.bold(), s.italic())).setFontSize((float) s.sizePt());
        p.setFixedLeading((float) s.lineHeightPt());
        p.setMarginTop((float) s.spaceBeforePt()).setMarginBottom((float) s.spaceAfterPt());
        p.setMarginLeft((float) Units.cmToPt(s.leftIndentCm())).setMarginRight(0);
        p.setFirstLineIndent((float) Units.cmToPt(s.firstLineIndentCm()));
        p.setPadding(0);
        p.setTextAlignment(alignment(s.align()));
        p.setOrphansControl(new ParagraphOrphansControl(2));
        p.setWidowsControl(new ParagraphWidowsControl(2, 1, false));
        return p;
    }

    private void addRuns(Paragraph p, RichText content, TextStyle s) {
        for (Inline part : content.parts()) {
            if (part instanceof TextRun run) {
                p.add(text(run.text(), s, run.bold(), run.italic()));
            } else if (part instanceof FootnoteRef ref) {
                footnoteTexts.add(ref.text());
                int note = footnoteTexts.size();
                Text mark = mark(note, s);
                mark.setNextRenderer(new FootnoteMarkRenderer(mark, note, recorder));
                p.add(mark);
            }
        }
    }

    private Text text(String content, TextStyle s, boolean bold, boolean italic) {
        return new Text(content).setFont(fonts.get(s.bold() || bold, s.italic() || italic)).setFontSize((float) s.sizePt());
    }

    private Text mark(int note, TextStyle s) {
        float size = (float) (s.sizePt() * DocumentLayout.FOOTNOTE_MARK_SCALE);
        return new Text(String.valueOf(note)).setFont(fonts.get(false, false)).setFontSize(size)
                .setTextRise((float) s.sizePt() * 0.33f);
    }

    private static TextAlignment alignment(Align a) {
        return switch (a) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
            case JUSTIFY -> TextAlignment.JUSTIFIED;
        };
    }

    private static float pt(double mm) {
        return (float) Units.mmToPt(mm);
    }

    /** What a pass found: the reserve each page needs. */
    record Result(Map<Integer, Float> needed, PdfPass pass, ByteArrayOutputStream out) {
    }
}
