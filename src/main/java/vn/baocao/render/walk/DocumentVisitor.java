package vn.baocao.render.walk;

import vn.baocao.document.RichText;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;

/**
 * What a renderer does with each part of an ND30 document. {@link DocumentWalk} calls these in the document's one
 * order and hands over the texts, elements, widths and rules already decided; an implementation only translates
 * them into its file format (Word paragraphs and tables, iText elements) and decides nothing of order or look.
 */
public interface DocumentVisitor {
    /** First call: the layout every later size comes from, and the file's properties. */
    void begin(DocumentLayout layout, Metadata metadata);

    /** The header block (ô 1–5b): agency and Quốc hiệu, number and date, and for a Công văn the "V/v" line. */
    void headerBlock(TwoColumns block);

    /** A paragraph of plain text in one element's style (type name, summary, căn cứ, kính gửi, appendix lines). */
    void line(Line line);

    /** A short centred rule on a line of its own ({@link DocumentLayout#RULE_LINE_PT} high). */
    void rule(Rule rule);

    /** A heading or body paragraph: {@code lead} (a label or list marker, maybe empty) then the rich text. */
    void richParagraph(Element element, String lead, RichText text);

    /**
     * The body's last paragraph, just before Nơi nhận and the signature: kept whole on their page, so that the
     * signature never stands alone on a page without the text it signs.
     */
    void closingParagraph(Element element, String lead, RichText text);

    /** A data table with thin borders and repeated header rows. */
    void table(TableShape table);

    void pageBreak();

    /** The blocks until {@link #endLandscape()} go on landscape pages. */
    void beginLandscape();

    void endLandscape();

    /** Nơi nhận and the signature (ô 7, 9b), kept together on one page. */
    void footerBlock(TwoColumns block);

    /** An appendix starts: a new page (landscape or not) whose page numbers start again at 1. */
    void beginAppendix(boolean landscape);

    /** Last call. */
    void end();

    /** The file's title, author and subject. */
    record Metadata(String title, String author, String subject) {
    }
}
