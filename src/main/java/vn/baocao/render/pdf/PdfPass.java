package vn.baocao.render.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
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
        pdf = new PdfDocument(new PdfWriter(out));
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
        Map<Integer, Float> needed = neededReserve();
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

    private Map<Integer, Float> neededReserve() {
        Map<Integer, Float> needed = new HashMap<>();
        float width = (float) Units.cmToPt(layout.textWidthCm(false));
        for (Map.Entry<Integer, Integer> e : recorder.pages().entrySet()) {
            float h = height(footnoteParagraph(e.getKey()), width);
            needed.merge(e.getValue(), h, Float::sum);
        }
        needed.replaceAll((page, h) -> h + (float) DocumentLayout.FOOTNOTE_SEPARATOR_GAP_PT * 2);
        return needed;
    }

    private float height(Paragraph p, float width) {
        IRenderer r = p.createRendererSubTree().setParent(document.getRenderer());
        LayoutResult res = r.layout(new LayoutContext(new LayoutArea(1, new Rectangle(width, 10000))));
        return res.getOccupiedArea().getBBox().getHeight();
    }

    private Paragraph footnoteParagraph(int note) {
        TextStyle s = layout.style(Element.FOOTNOTE);
        Paragraph p = styled(new Paragraph(), s);
        p.add(mark(note, s));
        p.add(text(" " + footnoteTexts.get(note - 1), s, false, false));
        return p;
    }

    private void drawFootnotes() {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        recorder.pages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byPage.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
        Margins m = DocumentLayout.MARGINS;
        for (Map.Entry<Integer, List<Integer>> e : byPage.entrySet()) {
            PdfPage page = pdf.getPage(e.getKey());
            Rectangle size = page.getPageSize();
            float left = pt(m.leftMm());
            float width = size.getWidth() - left - pt(m.rightMm());
            float bottom = pt(m.bottomMm());
            float height = reserve.getOrDefault(e.getKey(), 0f);
            float top = bottom + height;
            PdfCanvas canvas = new PdfCanvas(page);
            canvas.setLineWidth((float) DocumentLayout.RULE_THICKNESS_PT)
                    .moveTo(left, top - (float) DocumentLayout.FOOTNOTE_SEPARATOR_GAP_PT)
                    .lineTo(left + (float) Units.cmToPt(DocumentLayout.FOOTNOTE_SEPARATOR_CM),
                            top - (float) DocumentLayout.FOOTNOTE_SEPARATOR_GAP_PT)
                    .stroke();
            Rectangle area = new Rectangle(left, bottom - 2, width,
                    height - (float) DocumentLayout.FOOTNOTE_SEPARATOR_GAP_PT * 2 + 2);
            try (Canvas notes = new Canvas(canvas, area)) {
                for (int note : e.getValue()) {
                    notes.add(footnoteParagraph(note));
                }
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
