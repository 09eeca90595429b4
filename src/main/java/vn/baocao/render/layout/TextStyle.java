package vn.baocao.render.layout;

/**
 * How one element is set: size, weight, slant, alignment, spacing and indents. Line height is an
 * exact line pitch in points, used by both renderers so that lines and pages break alike.
 */
public record TextStyle(double sizePt, boolean bold, boolean italic, Align align,
                        double spaceBeforePt, double spaceAfterPt, double lineHeightPt,
                        double firstLineIndentCm, double leftIndentCm) {

    public TextStyle withSpaceBefore(double pt) {
        return new TextStyle(sizePt, bold, italic, align, pt, spaceAfterPt, lineHeightPt, firstLineIndentCm, leftIndentCm);
    }

    public TextStyle withLeftIndent(double cm) {
        return new TextStyle(sizePt, bold, italic, align, spaceBeforePt, spaceAfterPt, lineHeightPt, firstLineIndentCm, cm);
    }

    public TextStyle withAlign(Align a) {
        return new TextStyle(sizePt, bold, italic, a, spaceBeforePt, spaceAfterPt, lineHeightPt, firstLineIndentCm, leftIndentCm);
    }
}
