package vn.baocao.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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
import vn.baocao.render.walk.Line;
import vn.baocao.render.walk.Rule;
import vn.baocao.render.walk.TableShape;
import vn.baocao.render.walk.TwoColumns;

/**
 * Writes one document as a Word file, in the order {@code DocumentWalk} gives; a new instance per document. The
 * body is written as it comes (WordprocessingML needs nothing of it to be known in advance: every section refers to
 * the same two headers), the footnotes are gathered into their own part, and {@link WordPackage} zips the parts.
 */
final class WordDocumentWriter implements DocumentVisitor {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final WordXml body = new WordXml(64 * 1024);
    private final WordFootnotes footnotes = new WordFootnotes();
    private DocumentLayout layout;
    private Metadata metadata;
    private WordSection current = new WordSection(false, true, false);
    /** Whether the document has footnotes: see {@link #headerBlock}. */
    private final boolean hasFootnotes;

    WordDocumentWriter(boolean hasFootnotes) {
        this.hasFootnotes = hasFootnotes;
    }

    @Override
    public void begin(DocumentLayout documentLayout, Metadata documentMetadata) {
        this.layout = documentLayout;
        this.metadata = documentMetadata;
        body.raw(WordPackage.XML_DECLARATION).open("w:document", "xmlns:w", W, "xmlns:r", R).open("w:body");
    }

    /** Writes the finished document as a .docx package. */
    void writeTo(OutputStream out) throws IOException {
        WordPackage.write(out, body.toString(), footnotes.xml(), WordStyles.xml(layout), metadata);
    }

    // ---- header and footer blocks ----------------------------------------------------------

    @Override
    public void headerBlock(TwoColumns block) {
        if (hasFootnotes) {
            // LibreOffice sets a blank line of its own (16 pt) before a table that opens a document with footnotes,
            // and page 1 then breaks lower than in the PDF; a 1-pt paragraph of ours in its place leaves it none
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
        long[] widths = WordTables.twips(block.leftCm(), block.rightCm());
        WordTables.open(body, widths, false, 0, layout);
        for (TwoColumns.Row row : block.rows()) {
            body.open("w:tr");
            if (block.keepTogether()) {
                body.open("w:trPr").empty("w:cantSplit").close("w:trPr");
            }
            WordTables.openCell(body, widths[0], false);
            fill(row.left());
            body.close("w:tc");
            WordTables.openCell(body, widths[1], false);
            fill(row.right());
            body.close("w:tc");
            body.close("w:tr");
        }
        if (block.rows().isEmpty()) {
            emptyRow(widths);
        }
        body.close("w:tbl");
    }

    private void fill(TwoColumns.Cell content) {
        if (content.items().isEmpty()) {
            // every Word cell holds a paragraph; set it in the style of its row so the row is no taller
            if (content.filler() == null) {
                body.empty("w:p");
            } else {
                body.open("w:p").open("w:pPr").raw(pStyle(content.filler())).close("w:pPr").close("w:p");
            }
            return;
        }
        for (CellItem item : content.items()) {
            if (item instanceof Line line) {
                line(line);
            } else if (item instanceof Rule rule) {
                rule(rule);
            }
        }
    }

    // ---- lines, rules and paragraphs -------------------------------------------------------

    @Override
    public void line(Line line) {
        body.open("w:p").open("w:pPr").raw(pStyle(line.element()));
        if (line.spaceBeforePt() != null) {
            body.empty("w:spacing", "w:before", Integer.toString((int) Units.ptToTwips(line.spaceBeforePt())));
        }
        body.close("w:pPr").open("w:r").t(line.text()).close("w:r").close("w:p");
    }

    /** An empty line whose bottom border is the rule. */
    @Override
    public void rule(Rule rule) {
        String side = Long.toString(Units.cmToTwips(rule.sideCm()));
        body.open("w:p").open("w:pPr").empty("w:pStyle", "w:val", WordStyleNames.RULE)
                .open("w:pBdr")
                .empty("w:bottom", "w:val", "single",
                        "w:sz", Long.toString(Units.ptToEighths(layout.get(Measure.RULE_THICKNESS_PT))),
                        "w:space", "0", "w:color", "000000")
                .close("w:pBdr");
        if (rule.spaceAfterPt() > 0) {
            body.empty("w:spacing", "w:after", Long.toString(Units.ptToTwips(rule.spaceAfterPt())));
        }
        body.empty("w:ind", "w:left", side, "w:right", side)
                .close("w:pPr").close("w:p");
    }

    @Override
    public void richParagraph(Element element, String lead, RichText text) {
        richParagraph(element, lead, text, false);
    }

    @Override
    public void closingParagraph(Element element, String lead, RichText text) {
        // keep lines + keep with next: Word moves the whole paragraph, as iText does with its keep-with-next
        richParagraph(element, lead, text, true);
    }

    private void richParagraph(Element element, String lead, RichText text, boolean keepWhole) {
        body.open("w:p").open("w:pPr").raw(pStyle(element));
        if (keepWhole) {
            body.empty("w:keepNext").empty("w:keepLines");
        }
        body.close("w:pPr");
        if (!lead.isEmpty()) {
            body.open("w:r").t(lead).close("w:r");
        }
        runs(text);
        body.close("w:p");
    }

    @Override
    public void pageBreak() {
        body.open("w:p").open("w:r").empty("w:br", "w:type", "page").close("w:r").close("w:p");
    }

    // ---- tables ----------------------------------------------------------------------------

    @Override
    public void table(TableShape t) {
        long[] widths = new long[t.columnsCm().length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Units.cmToTwips(t.columnsCm()[i]);
        }
        WordTables.open(body, widths, true, Units.cmToTwips(layout.get(Measure.TABLE_CELL_PADDING_SIDE_CM)), layout);
        for (List<RichText> header : t.headerRows()) {
            body.open("w:tr").open("w:trPr").empty("w:tblHeader").empty("w:cantSplit").close("w:trPr");
            cells(widths, header, Element.TABLE_HEADER, null, false);
            body.close("w:tr");
        }
        for (int i = 0; i < t.rows().size(); i++) {
            body.open("w:tr").open("w:trPr").empty("w:cantSplit").close("w:trPr");
            // Word keeps a row with the next when every paragraph of the row is "keep with next"
            cells(widths, t.rows().get(i), Element.TABLE_CELL, t.alignments(), t.keepsWithNext(i)
                    || t.keepsEndWithNext() && i == t.rows().size() - 1);
            body.close("w:tr");
        }
        if (t.headerRows().isEmpty() && t.rows().isEmpty()) {
            emptyRow(widths);
        }
        body.close("w:tbl");
        // Word needs a paragraph between a table and what follows; it passes the last row's keep on
        spacer(t.keepsEndWithNext());
    }

    private void cells(long[] widths, List<RichText> texts, Element element, List<TableColumn.CellAlignment> alignments,
            boolean keepWithNext) {
        for (int c = 0; c < widths.length; c++) {
            boolean filled = c < texts.size();
            WordTables.openCell(body, widths[c], filled);
            if (filled) {
                cellParagraph(element, texts.get(c), alignments == null ? null : alignments.get(c), keepWithNext);
            } else {
                body.empty("w:p");
            }
            body.close("w:tc");
        }
    }

    private void cellParagraph(Element element, RichText text, TableColumn.CellAlignment align, boolean keepWithNext) {
        String padding = Integer.toString((int) Units.ptToTwips(layout.get(Measure.TABLE_CELL_PADDING_VERTICAL_PT)));
        body.open("w:p").open("w:pPr").raw(pStyle(element));
        if (keepWithNext) {
            body.empty("w:keepNext", "w:val", "on");
        }
        body.empty("w:spacing", "w:before", padding, "w:after", padding);
        if (align != null && align != TableColumn.CellAlignment.LEFT) {
            body.empty("w:jc", "w:val", align == TableColumn.CellAlignment.CENTER ? "center" : "right");
        }
        body.close("w:pPr");
        runs(text);
        body.close("w:p");
    }

    /** A table without rows still has one, of empty cells, as Word wants. */
    private void emptyRow(long[] widths) {
        body.open("w:tr");
        for (long w : widths) {
            WordTables.openCell(body, w, false);
            body.empty("w:p").close("w:tc");
        }
        body.close("w:tr");
    }

    // ---- sections and page numbers ----------------------------------------------------------

    @Override
    public void beginLandscape() {
        endSection(new WordSection(true, false, false));
    }

    @Override
    public void endLandscape() {
        endSection(new WordSection(false, false, false));
    }

    @Override
    public void beginAppendix(boolean landscape) {
        endSection(new WordSection(landscape, true, true));
    }

    /** Ends the current section with a spacer paragraph that carries its properties. */
    private void endSection(WordSection next) {
        body.open("w:p").open("w:pPr").raw(spacing());
        current.write(body, layout, false);
        body.close("w:pPr").close("w:p");
        current = next;
    }

    /** The last section's properties close the body. */
    @Override
    public void end() {
        current.write(body, layout, true);
        body.close("w:body").close("w:document");
    }

    // ---- paragraph helpers -----------------------------------------------------------------

    private static String pStyle(Element element) {
        return "<w:pStyle w:val=\"" + WordStyleNames.id(element) + "\"/>";
    }

    private String spacing() {
        return "<w:spacing w:line=\"" + Units.ptToTwips(layout.get(Measure.SPACER_LINE_PT)) + "\" w:lineRule=\"exact\"/>";
    }

    private void spacer() {
        spacer(false);
    }

    private void spacer(boolean keepWithNext) {
        body.open("w:p").open("w:pPr");
        if (keepWithNext) {
            body.empty("w:keepNext", "w:val", "on");
        }
        body.raw(spacing()).close("w:pPr").close("w:p");
    }

    private void runs(RichText text) {
        for (Inline part : text.parts()) {
            if (part instanceof TextRun run) {
                body.open("w:r");
                if (run.bold() || run.italic()) {
                    body.open("w:rPr");
                    if (run.bold()) {
                        body.empty("w:b", "w:val", "on");
                    }
                    if (run.italic()) {
                        body.empty("w:i", "w:val", "on");
                    }
                    body.close("w:rPr");
                }
                body.t(run.text()).close("w:r");
            } else if (part instanceof FootnoteRef ref) {
                body.open("w:r").open("w:rPr").empty("w:rStyle", "w:val", WordStyleNames.FOOTNOTE_REFERENCE).close("w:rPr")
                        .empty("w:footnoteReference", "w:id", Integer.toString(footnotes.add(ref.text())))
                        .close("w:r");
            }
        }
    }
}
