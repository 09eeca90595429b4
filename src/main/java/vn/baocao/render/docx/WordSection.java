package vn.baocao.render.docx;

import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Margins;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.Units;

/**
 * The properties of one Word section: A4 portrait or landscape with the layout's margins, a
 * different (empty) first-page header when the section starts a document or an appendix, and page
 * numbers restarted at 1 for an appendix. Every section refers to the same two headers.
 */
record WordSection(boolean landscape, boolean titlePage, boolean restartNumbering) {

    /**
     * Writes the {@code w:sectPr}. The document's last one says "title page" as {@code w:val="on"} and the ones
     * that end earlier sections as a bare element: both mean the same, and the file has always been written so.
     */
    void write(WordXml x, DocumentLayout layout, boolean last) {
        x.open("w:sectPr")
                .empty("w:headerReference", "w:type", "default", "r:id", WordPackage.PAGE_NUMBER_HEADER)
                .empty("w:headerReference", "w:type", "first", "r:id", WordPackage.FIRST_PAGE_HEADER);
        // A4 is 11906 × 16838 twips, as Word writes it
        String w = twips(Units.mmToTwips(layout.get(Measure.PAGE_WIDTH_MM)));
        String h = twips(Units.mmToTwips(layout.get(Measure.PAGE_HEIGHT_MM)));
        if (landscape) {
            x.empty("w:pgSz", "w:w", h, "w:h", w, "w:orient", "landscape");
        } else {
            x.empty("w:pgSz", "w:w", w, "w:h", h);
        }
        Margins m = layout.margins();
        String headerDistance = twips(Units.mmToTwips(layout.get(Measure.HEADER_DISTANCE_MM)));
        x.empty("w:pgMar", "w:top", twips(Units.mmToTwips(m.topMm())), "w:bottom", twips(Units.mmToTwips(m.bottomMm())),
                "w:left", twips(Units.mmToTwips(m.leftMm())), "w:right", twips(Units.mmToTwips(m.rightMm())),
                "w:header", headerDistance, "w:footer", headerDistance, "w:gutter", "0");
        if (restartNumbering) {
            x.empty("w:pgNumType", "w:start", "1");
        }
        if (titlePage) {
            if (last) {
                x.empty("w:titlePg", "w:val", "on");
            } else {
                x.empty("w:titlePg");
            }
        }
        x.close("w:sectPr");
    }

    private static String twips(long value) {
        return Long.toString(value);
    }
}
