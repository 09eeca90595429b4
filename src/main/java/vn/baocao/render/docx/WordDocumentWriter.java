package vn.baocao.render.docx;

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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.Block;
import vn.baocao.document.FootnoteRef;
import vn.baocao.document.Heading;
import vn.baocao.document.Inline;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.PageBreak;
import vn.baocao.document.Paragraph;
import vn.baocao.document.RichText;
import vn.baocao.document.Signature;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.document.TextRun;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Units;

/** Writes one document as a Word file; a new instance per document. */
final class WordDocumentWriter {
    private final AdministrativeDocument source;
    private final DocumentLayout layout;
    private final XWPFDocument doc = new XWPFDocument();
    private final List<CTSectPr> endedSections = new ArrayList<>();
    private WordSection current = new WordSection(false, true, false);

    WordDocumentWriter(AdministrativeDocument source) {
        this.source = source;
        this.layout = DocumentLayout.forProfile(source.profile());
    }

    void write(OutputStream out) throws IOException {
        WordStyles.install(doc, layout);
        WordFootnoteSeparators.install(doc.createFootnotes());
        setProperties();
        writeHeaderTable();
        writeTitle();
        writeLegalBases();
        writeAddressees();
        writeBlocks(source.body(), false);
        writeFooterTable();
        for (Appendix appendix : source.appendices()) {
            endSection(new WordSection(appendix.landscape(), true, true));
            writeAppendix(appendix);
        }
        finishSections();
        doc.write(out);
        doc.close();
    }

    private void setProperties() {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(source.metadataTitle());
        core.setCreator(source.letterhead().issuingAgencyName());
        core.setSubjectProperty(source.summary());
    }

    // ---- header block (ô 1–5b) -------------------------------------------------------------

    private void writeHeaderTable() {
        boolean letter = !source.type().hasTitle();
        int rows = letter ? 3 : 2;
        XWPFTable table = WordTables.shape(doc.createTable(), WordTables.twips(DocumentLayout.HEADER_LEFT_CM,
                DocumentLayout.HEADER_RIGHT_CM), rows, false, 0);
        XWPFTableCell agency = table.getRow(0).getCell(0);
        CellWriter left = new CellWriter(agency);
        for (String line : source.letterhead().parentAgency()) {
            text(left.next(Element.PARENT_AGENCY), line);
        }
        for (String line : source.letterhead().issuingAgency()) {
            text(left.next(Element.AGENCY), line);
        }
        rule(left.next(null), DocumentLayout.HEADER_LEFT_CM, layout.agencyRuleCm(source.letterhead().issuingAgency()));

        CellWriter right = new CellWriter(table.getRow(0).getCell(1));
        text(right.next(Element.NATIONAL_TITLE), DocumentLayout.NATIONAL_TITLE_TEXT);
        text(right.next(Element.MOTTO), DocumentLayout.MOTTO_TEXT);
        rule(right.next(null), DocumentLayout.HEADER_RIGHT_CM, layout.mottoRuleCm());

        text(new CellWriter(table.getRow(1).getCell(0)).next(Element.NUMBER), source.number().format());
        text(new CellWriter(table.getRow(1).getCell(1)).next(Element.PLACE_DATE), source.placeAndDate().format());
        if (letter) {
            text(new CellWriter(table.getRow(2).getCell(0)).next(Element.LETTER_SUMMARY), source.letterSummary());
            new CellWriter(table.getRow(2).getCell(1)).next(Element.LETTER_SUMMARY);
        }
    }

    private void writeTitle() {
        if (!source.type().hasTitle()) {
            return;
        }
        text(paragraph(Element.TYPE_NAME), source.type().title());
        if (!source.summary().isBlank()) {
            text(paragraph(Element.SUMMARY), source.summary());
            rule(doc.createParagraph(), layout.textWidthCm(false), layout.summaryRuleCm(source.summary(), Element.SUMMARY));
        }
    }

    private void writeLegalBases() {
        for (String line : source.printedLegalBases()) {
            text(paragraph(Element.LEGAL_BASIS), line);
        }
    }

    private void writeAddressees() {
        List<String> lines = source.printedAddressees();
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            text(paragraph(Element.ADDRESSEE_SINGLE), DocumentLayout.ADDRESSEE_LABEL_TEXT + " " + lines.get(0));
            return;
        }
        text(paragraph(Element.ADDRESSEE_LABEL), DocumentLayout.ADDRESSEE_LABEL_TEXT);
        for (String line : lines) {
            text(paragraph(Element.ADDRESSEE_ITEM), line);
        }
    }

    // ---- body -----------------------------------------------------------------------------

    private void writeBlocks(List<Block> blocks, boolean inLandscape) {
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                XWPFParagraph p = paragraph(DocumentLayout.headingElement(h.level()));
                if (!h.label().isEmpty()) {
                    p.createRun().setText(h.label() + " ");
                }
                runs(p, h.text());
            } else if (block instanceof Paragraph para) {
                XWPFParagraph p = paragraph(Element.BODY);
                if (!para.marker().prefix().isEmpty()) {
                    p.createRun().setText(para.marker().prefix());
                }
                runs(p, para.text());
            } else if (block instanceof Table t) {
                writeTable(t, inLandscape);
            } else if (block instanceof PageBreak) {
                doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            } else if (block instanceof LandscapeSection s) {
                endSection(new WordSection(true, false, false));
                writeBlocks(s.blocks(), true);
                endSection(new WordSection(false, false, false));
            }
        }
    }

    private void writeTable(Table t, boolean landscape) {
        double width = layout.textWidthCm(landscape);
        double[] fractions = t.widthFractions();
        long[] widths = new long[fractions.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Units.cmToTwips(width * fractions[i]);
        }
        int rows = t.headerRows().size() + t.rows().size();
        XWPFTable table = WordTables.shape(doc.createTable(), widths, rows, true,
                Units.cmToTwips(DocumentLayout.TABLE_CELL_PADDING_SIDE_CM));
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
                cell(row.getCell(c), Element.TABLE_CELL, data.get(c), t.columns().get(c).alignment());
                if (t.keepsWithNext(i)) {
                    // Word keeps a row with the next when every paragraph of the row is "keep with next".
                    row.getCell(c).getParagraphs().forEach(p -> p.setKeepNext(true));
                }
            }
        }
        // Word needs a paragraph between a table and what follows; keep it one point high.
        spacer();
    }

    private void cell(XWPFTableCell cell, Element element, RichText text, TableColumn.CellAlignment align) {
        cell.getCTTc().getTcPr().addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = new CellWriter(cell).next(element);
        TableStyleSpacing.apply(p);
        if (align != null && align != TableColumn.CellAlignment.LEFT) {
            p.setAlignment(align == TableColumn.CellAlignment.CENTER ? ParagraphAlignment.CENTER : ParagraphAlignment.RIGHT);
        }
        runs(p, text);
    }

    // ---- Nơi nhận and signature (ô 7, 9b) ---------------------------------------------------

    private void writeFooterTable() {
        if (source.recipients().isEmpty() && source.signature() == null) {
            return;
        }
        XWPFTable table = WordTables.shape(doc.createTable(), WordTables.twips(DocumentLayout.FOOTER_LEFT_CM,
                DocumentLayout.FOOTER_RIGHT_CM), 1, false, 0);
        table.getRow(0).getCtRow().addNewTrPr().addNewCantSplit();
        CellWriter left = new CellWriter(table.getRow(0).getCell(0));
        if (!source.recipients().isEmpty()) {
            text(left.next(Element.RECIPIENTS_LABEL), DocumentLayout.RECIPIENTS_LABEL_TEXT);
            for (String line : source.printedRecipients()) {
                text(left.next(Element.RECIPIENT), line);
            }
        } else {
            left.next(Element.RECIPIENT);
        }
        CellWriter right = new CellWriter(table.getRow(0).getCell(1));
        Signature s = source.signature();
        if (s == null) {
            right.next(Element.SIGNATURE_TITLE);
        } else {
            boolean first = true;
            for (String line : s.titleLines()) {
                XWPFParagraph p = right.next(Element.SIGNATURE_TITLE);
                if (first) {
                    // level with "Nơi nhận:"
                    p.setSpacingBefore((int) Units.ptToTwips(layout.style(Element.RECIPIENTS_LABEL).spaceBeforePt()));
                    first = false;
                }
                text(p, line);
            }
            if (s.signerName() != null) {
                text(right.next(Element.SIGNER_NAME), s.signerName());
            }
        }
        spacer();
    }

    // ---- appendices ------------------------------------------------------------------------

    private void writeAppendix(Appendix a) {
        text(paragraph(Element.APPENDIX_LABEL), a.label());
        if (!a.title().isBlank()) {
            text(paragraph(Element.APPENDIX_TITLE), a.title());
        }
        if (a.reference() != null && !a.reference().isBlank()) {
            text(paragraph(Element.APPENDIX_REFERENCE), a.reference());
        }
        rule(doc.createParagraph(), layout.textWidthCm(a.landscape()),
                layout.summaryRuleCm(a.title().isBlank() ? a.label() : a.title(), Element.APPENDIX_TITLE));
        writeBlocks(a.blocks(), a.landscape());
    }

    // ---- sections and page numbers ----------------------------------------------------------

    private void endSection(WordSection next) {
        XWPFParagraph p = spacer();
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSectPr sect = ppr.addNewSectPr();
        current.applyTo(sect);
        endedSections.add(sect);
        current = next;
    }

    private void finishSections() {
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
        current.applyTo(last);
        if (!current.titlePage() && last.isSetTitlePg()) {
            last.unsetTitlePg();
        }
        for (CTSectPr sect : endedSections) {
            for (CTHdrFtrRef ref : last.getHeaderReferenceList()) {
                CTHdrFtrRef copy = sect.insertNewHeaderReference(sect.sizeOfHeaderReferenceArray());
                copy.setType(ref.getType());
                copy.setId(ref.getId());
            }
            // schema order: header references must come first
            moveReferencesFirst(sect);
        }
        moveReferencesFirst(last);
    }

    private static void moveReferencesFirst(CTSectPr sect) {
        // headerReference elements are created before other children by insertNewHeaderReference(0..),
        // and POI adds them first to the body sectPr; nothing to reorder in practice.
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
        spacing.setLine(BigInteger.valueOf(20));
        spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
        return p;
    }

    /** Makes {@code p} an empty line whose bottom border is a centred rule {@code ruleCm} long. */
    private static void rule(XWPFParagraph p, double boxCm, double ruleCm) {
        p.setStyle(WordStyleNames.RULE);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTPBdr bdr = ppr.addNewPBdr();
        CTBorder bottom = bdr.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(Math.round(DocumentLayout.RULE_THICKNESS_PT * 8)));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
        long side = Units.cmToTwips(Math.max(0, (boxCm - ruleCm) / 2));
        CTInd ind = ppr.addNewInd();
        ind.setLeft(BigInteger.valueOf(side));
        ind.setRight(BigInteger.valueOf(side));
    }

    private static void text(XWPFParagraph p, String text) {
        p.createRun().setText(text);
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

    /** Table cell paragraphs carry no first-line indent and no extra spacing. */
    private static final class TableStyleSpacing {
        static void apply(XWPFParagraph p) {
            p.setSpacingBefore((int) Units.ptToTwips(DocumentLayout.TABLE_CELL_PADDING_VERTICAL_PT));
            p.setSpacingAfter((int) Units.ptToTwips(DocumentLayout.TABLE_CELL_PADDING_VERTICAL_PT));
        }
    }
}
