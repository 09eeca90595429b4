package vn.baocao.render.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import vn.baocao.render.layout.Align;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.TextStyle;
import vn.baocao.render.layout.Units;
import vn.baocao.render.walk.Rule;

/** Makes the iText elements of one PDF in the layout's styles: paragraphs, runs, markers, rules, borderless tables. */
final class PdfElements {
    private final DocumentLayout layout;
    private final PdfFonts fonts;

    PdfElements(DocumentLayout layout, PdfFonts fonts) {
        this.layout = layout;
        this.fonts = fonts;
    }

    DocumentLayout layout() {
        return layout;
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** A paragraph of plain text in the element's style. */
    Paragraph paragraph(Element element, String content) {
        TextStyle s = layout.style(element);
        return styled(new Paragraph(), element).add(text(content, s, false, false));
    }

    /** An empty paragraph set as the element: font, size, exact line pitch, spacing, indents, keep-with-next. */
    Paragraph styled(Paragraph p, Element element) {
        TextStyle s = layout.style(element);
        p.setFont(fonts.get(s.bold(), s.italic())).setFontSize((float) s.sizePt());
        p.setFixedLeading((float) s.lineHeightPt());
        p.setMarginTop((float) s.spaceBeforePt()).setMarginBottom((float) s.spaceAfterPt());
        p.setMarginLeft((float) Units.cmToPt(s.leftIndentCm())).setMarginRight(0);
        p.setFirstLineIndent((float) Units.cmToPt(s.firstLineIndentCm()));
        p.setPadding(0);
        p.setTextAlignment(alignment(s.align()));
        int lines = layout.widowOrphanLines();
        if (lines > 0) {
            // moving lines - 1 lines is always enough to leave `lines` on the next page, as Word does
            p.setOrphansControl(new ParagraphOrphansControl(lines));
            p.setWidowsControl(new ParagraphWidowsControl(lines, lines - 1, false));
        }
        if (layout.keepsWithNext(element)) {
            p.setKeepWithNext(true);
        }
        return p;
    }

    Text text(String content, TextStyle s, boolean bold, boolean italic) {
        return new Text(content).setFont(fonts.forText(content, s.bold() || bold, s.italic() || italic))
                .setFontSize((float) s.sizePt());
    }

    /** A footnote number, smaller and raised, in the text of style {@code s}. */
    Text mark(int note, TextStyle s) {
        float size = (float) (s.sizePt() * layout.get(Measure.FOOTNOTE_MARK_SCALE));
        return new Text(String.valueOf(note)).setFont(fonts.get(false, false)).setFontSize(size)
                .setTextRise((float) s.sizePt() * (float) layout.get(Measure.FOOTNOTE_MARK_RISE));
    }

    /** An empty line {@link Measure#RULE_LINE_PT} high with the centred solid rule at its bottom, then its space. */
    IBlockElement rule(Rule rule) {
        float side = (float) Units.cmToPt(rule.sideCm());
        float thickness = (float) layout.get(Measure.RULE_THICKNESS_PT);
        Div div = new Div().setHeight((float) layout.get(Measure.RULE_LINE_PT) - thickness)
                .setMarginLeft(side).setMarginRight(side).setMarginTop(0).setMarginBottom((float) rule.spaceAfterPt())
                .setBorderBottom(new SolidBorder(ColorConstants.BLACK, thickness));
        if (layout.keepsRuleWithNext()) {
            div.setKeepWithNext(true);
        }
        return div;
    }

    /** A two-column table without borders, {@code leftCm} + {@code rightCm} wide. */
    static Table borderless(double leftCm, double rightCm) {
        Table table = new Table(new UnitValue[] {
                UnitValue.createPointValue((float) Units.cmToPt(leftCm)),
                UnitValue.createPointValue((float) Units.cmToPt(rightCm))}).setFixedLayout();
        table.setWidth((float) Units.cmToPt(leftCm + rightCm));
        table.setBorder(Border.NO_BORDER);
        return table;
    }

    static Cell borderlessCell() {
        return new Cell().setBorder(Border.NO_BORDER).setPadding(0);
    }

    static TextAlignment alignment(Align a) {
        return switch (a) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
            case JUSTIFY -> TextAlignment.JUSTIFIED;
        };
    }

    static float pt(double mm) {
        return (float) Units.mmToPt(mm);
    }
}
