package vn.baocao.render.walk;

import vn.baocao.render.layout.Element;

/**
 * One paragraph of plain text in the style of {@code element}.
 *
 * @param spaceBeforePt the space above it when it differs from the style's (the first signature line is set level
 *                      with "Nơi nhận:"), or null
 */
public record Line(Element element, String text, Double spaceBeforePt) implements CellItem {
    public static Line of(Element element, String text) {
        return new Line(element, text, null);
    }
}
