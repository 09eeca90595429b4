package vn.baocao.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.FootnoteRef;
import vn.baocao.document.Inline;
import vn.baocao.document.RichText;
import vn.baocao.document.TableColumn;
import vn.baocao.document.TextRun;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.Units;
import vn.baocao.render.walk.CellItem;
import vn.baocao.render.walk.DocumentVisitor;
import vn.baocao.render.walk.DocumentWalk;
import vn.baocao.render.walk.Line;
import vn.baocao.render.walk.Rule;
import vn.baocao.render.walk.TableShape;
import vn.baocao.render.walk.TwoColumns;

/**
 * The Word writer BaoCao used until issue 17, on POI's XWPF model, kept as the reference the own writer
 * ({@link WordDocumentWriter}) is compared with part by part ({@link DocxWriterSamenessTest}). Not used by the
 * application: POI's model costs ~0,4 s of CPU to start in every cold render.
 */
final class PoiWordDocumentWriter implements DocumentVisitor {
    static {
        XmlTransformerLookup.pin();
    }

    private final XWPFDocument doc = new XWPFDocument();
    private final List<CTSectPr> endedSections = new ArrayList<>();
    private DocumentLayout layout;
    private PoiWordSection current = new PoiWordSection(false, true, false);
    private final boolean hasFootnotes;

    private PoiWordDocumentWriter(boolean hasFootnotes) {
        this.hasFootnotes = hasFootnotes;
    }

    @Override
    public void begin(DocumentLayout documentLayout, Metadata metadata) {
        this.layout = documentLayout;
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(WordStyles.xml(layout)).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("Invalid styles XML", e);
        }
        PoiWordFootnoteSeparators.install(doc.createFootnotes());
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(metadata.title());
        core.setCreator(metadata.author());
        core.setSubjectProperty(metadata.subject());
    }

    /** The Word file of {@code document} in {@code layout}, as POI writes it. */
    static byte[] toBytes(AdministrativeDocument document, DocumentLayout layout) throws IOException {
        PoiWordDocumentWriter writer = new PoiWordDocumentWriter(!document.allFootnotes().isEmpty());
        DocumentWalk.walk(document, layout, writer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(out);
        return out.toByteArray();
    }

    /** Writes the finished document and closes it. */
    void writeTo(OutputStream out) throws IOException {
        doc.write(out);
        doc.close();
    }

    // ---- header and footer blocks ----------------------------------------------------------

    @Override
    public void headerBlock(TwoColumns block) {
        if (hasFootnotes) {
            spacer();
        }
        twoColumns(block);
    }

    @Override
    public void footerBlock(TwoColumns block) {
        twoColumns(block);
        // Word needs a paragraph between a table and what follows
        spacer();
    }

    private void twoColumns(TwoColumns block) {
        XWPFTable table = PoiWordTables.shape(doc.createTable(), PoiWordTables.twips(block.leftCm(), block.rightCm()),
                block.rows().size(), false, 0, layout);
        for (int r = 0; r < block.rows().size(); r++) {
            TwoColumns.Row row = block.rows().get(r);
            if (block.keepTogether()) {
                table.getRow(r).getCtRow().addNewTrPr().addNewCantSplit();
            }
            fill(table.getRow(r).getCell(0), row.left());
            fill(table.getRow(r).getCell(1), row.right());
        }
    }

    private void fill(XWPFTableCell cell, TwoColumns.Cell content) {
        CellWriter writer = new CellWriter(cell);
        if (content.items().isEmpty()) {
            // every Word cell holds a paragraph; set it in the style of its row so the row is no taller
            writer.next(content.filler());
            return;
        }
        for (CellItem item : content.items()) {
            if (item instanceof Line line) {
                line(writer.next(line.element()), line);
            } else if (item instanceof Rule rule) {
                rule(writer.next(null), rule);
            }
        }
    }

    // ---- lines, rules and paragraphs -------------------------------------------------------

    @Override
    public void line(Line line) {
        line(paragraph(line.element()), line);
    }

    private static void line(XWPFParagraph p, Line line) {
        if (line.spaceBeforePt() != null) {
            p.setSpacingBefore((int) Units.ptToTwips(line.spaceBeforePt()));
        }
        p.createRun().setText(line.text());
    }

    @Override
    public void rule(Rule rule) {
        rule(doc.createParagraph(), rule);
    }

    /** Makes {@code p} an empty line whose bottom border is the rule. */
    private void rule(XWPFParagraph p, Rule rule) {
        p.setStyle(WordStyleNames.RULE);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTPBdr bdr = ppr.addNewPBdr();
        CTBorder bottom = bdr.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(Units.ptToEighths(layout.get(Measure.RULE_THICKNESS_PT))));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
        if (rule.spaceAfterPt() > 0) {
            ppr.addNewSpacing().setAfter(BigInteger.valueOf(Units.ptToTwips(rule.spaceAfterPt())));
        }
        long side = Units.cmToTwips(rule.sideCm());
        CTInd ind = ppr.addNewInd();
        ind.setLeft(BigInteger.valueOf(side));
        ind.setRight(BigInteger.valueOf(side));
    }

    @Override
    public void richParagraph(Element element, String lead, RichText text) {
        richParagraphOf(element, lead, text);
    }

    @Override
    public void closingParagraph(Element element, String lead, RichText text) {
        // keep lines + keep with next: Word moves the whole paragraph, as iText does with its keep-with-next
        CTPPr ppr = richParagraphOf(element, lead, text).getCTP().getPPr();
        ppr.addNewKeepLines();
        ppr.addNewKeepNext();
    }

    private XWPFParagraph richParagraphOf(Element element, String lead, RichText text) {
        XWPFParagraph p = paragraph(element);
        if (!lead.isEmpty()) {
            p.createRun().setText(lead);
        }
        runs(p, text);
        return p;
    }

    @Override
    public void pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    // ---- tables ----------------------------------------------------------------------------

    @Override
    public void table(TableShape t) {
        long[] widths = new long[t.columnsCm().length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Units.cmToTwips(t.columnsCm()[i]);
        }
        int rows = t.headerRows().size() + t.rows().size();
        XWPFTable table = PoiWordTables.shape(doc.createTable(), widths, rows, true,
                Units.cmToTwips(layout.get(Measure.TABLE_CELL_PADDING_SIDE_CM)), layout);
        int r = 0;
        for (List<RichText> header : t.headerRows()) {
            XWPFTableRow row = table.getRow(r++);
            CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            trPr.addNewTblHeader();
            trPr.addNewCantSplit();
            for (int c = 0; c < header.size(); c++) {
                cell(row.getCell(c), Element.TABLE_HEADER, header.get(c), null);
            }
        }
        for (int i = 0; i < t.rows().size(); i++) {
            List<RichText> data = t.rows().get(i);
            XWPFTableRow row = table.getRow(r++);
            CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            trPr.addNewCantSplit();
            for (int c = 0; c < data.size(); c++) {
                cell(row.getCell(c), Element.TABLE_CELL, data.get(c), t.alignments().get(c));
                if (t.keepsWithNext(i) || t.keepsEndWithNext() && i == t.rows().size() - 1) {
                    // Word keeps a row with the next when every paragraph of the row is "keep with next".
                    row.getCell(c).getParagraphs().forEach(p -> p.setKeepNext(true));
                }
            }
        }
        // Word needs a paragraph between a table and what follows; it passes the last row's keep on
        XWPFParagraph after = spacer();
        if (t.keepsEndWithNext()) {
            after.setKeepNext(true);
        }
    }

    private void cell(XWPFTableCell cell, Element element, RichText text, TableColumn.CellAlignment align) {
        cell.getCTTc().getTcPr().addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = new CellWriter(cell).next(element);
        int padding = (int) Units.ptToTwips(layout.get(Measure.TABLE_CELL_PADDING_VERTICAL_PT));
        p.setSpacingBefore(padding);
        p.setSpacingAfter(padding);
        if (align != null && align != TableColumn.CellAlignment.LEFT) {
            p.setAlignment(align == TableColumn.CellAlignment.CENTER ? ParagraphAlignment.CENTER : ParagraphAlignment.RIGHT);
        }
        runs(p, text);
    }

    // ---- sections and page numbers ----------------------------------------------------------

    @Override
    public void beginLandscape() {
        endSection(new PoiWordSection(true, false, false));
    }

    @Override
    public void endLandscape() {
        endSection(new PoiWordSection(false, false, false));
    }

    @Override
    public void beginAppendix(boolean landscape) {
        endSection(new PoiWordSection(landscape, true, true));
    }

    private void endSection(PoiWordSection next) {
        XWPFParagraph p = spacer();
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSectPr sect = ppr.addNewSectPr();
        current.applyTo(sect, layout);
        endedSections.add(sect);
        current = next;
    }

    /** The last section's properties, and the page-number header every section refers to. */
    @Override
    public void end() {
        CTBody body = doc.getDocument().getBody();
        CTSectPr last = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setStyle(WordStyleNames.id(Element.PAGE_NUMBER));
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("2");
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph().setStyle(WordStyleNames.id(Element.PAGE_NUMBER));
        current.applyTo(last, layout);
        if (!current.titlePage() && last.isSetTitlePg()) {
            last.unsetTitlePg();
        }
        for (CTSectPr sect : endedSections) {
            // header references come first in a sectPr; insertNewHeaderReference puts them there
            for (CTHdrFtrRef ref : last.getHeaderReferenceList()) {
                CTHdrFtrRef copy = sect.insertNewHeaderReference(sect.sizeOfHeaderReferenceArray());
                copy.setType(ref.getType());
                copy.setId(ref.getId());
            }
        }
    }

    // ---- paragraph helpers -----------------------------------------------------------------

    private XWPFParagraph paragraph(Element element) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(WordStyleNames.id(element));
        return p;
    }

    private XWPFParagraph spacer() {
        XWPFParagraph p = doc.createParagraph();
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var spacing = ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(Units.ptToTwips(layout.get(Measure.SPACER_LINE_PT))));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        return p;
    }

    private void runs(XWPFParagraph p, RichText text) {
        for (Inline part : text.parts()) {
            if (part instanceof TextRun run) {
                XWPFRun r = p.createRun();
                r.setText(run.text());
                if (run.bold()) {
                    r.setBold(true);
                }
                if (run.italic()) {
                    r.setItalic(true);
                }
            } else if (part instanceof FootnoteRef ref) {
                footnote(p, ref);
            }
        }
    }

    private void footnote(XWPFParagraph anchor, FootnoteRef ref) {
        XWPFFootnote note = doc.createFootnote();
        XWPFParagraph p = note.createParagraph();
        p.setStyle(WordStyleNames.id(Element.FOOTNOTE));
        // POI's createParagraph already starts the note with its footnoteRef mark
        p.createRun().setText(" " + ref.text());
        anchor.addFootnoteReference(note);
    }

    /** Hands out the paragraphs of a table cell: its existing first one, then new ones. */
    private static final class CellWriter {
        private final XWPFTableCell cell;
        private boolean used;

        CellWriter(XWPFTableCell cell) {
            this.cell = cell;
        }

        XWPFParagraph next(Element element) {
            XWPFParagraph p = used || cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
            used = true;
            if (element != null) {
                p.setStyle(WordStyleNames.id(element));
            }
            return p;
        }
    }
}
