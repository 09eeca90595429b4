package vn.baocao.render.docx;

import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.Units;

/** Table-level formatting: fixed column grid, borders (none or thin), cell padding. */
final class WordTables {
    private WordTables() {
    }

    /** Opens a {@code w:tbl} and writes its properties and column grid; the rows follow. */
    static void open(WordXml x, long[] widthsTwips, boolean borders, long sidePaddingTwips, DocumentLayout layout) {
        long total = 0;
        for (long w : widthsTwips) {
            total += w;
        }
        x.open("w:tbl").open("w:tblPr").empty("w:tblW", "w:w", Long.toString(total), "w:type", "dxa");
        x.open("w:tblBorders");
        String size = Long.toString(Units.ptToEighths(layout.get(Measure.TABLE_BORDER_PT)));
        for (String side : new String[] {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
            if (borders) {
                x.empty(side, "w:val", "single", "w:sz", size, "w:space", "0", "w:color", "000000");
            } else {
                x.empty(side, "w:val", "nil");
            }
        }
        String padding = Long.toString(sidePaddingTwips);
        x.close("w:tblBorders").empty("w:tblLayout", "w:type", "fixed")
                .open("w:tblCellMar")
                .empty("w:left", "w:type", "dxa", "w:w", padding)
                .empty("w:right", "w:type", "dxa", "w:w", padding)
                .close("w:tblCellMar").close("w:tblPr");
        x.open("w:tblGrid");
        for (long w : widthsTwips) {
            x.empty("w:gridCol", "w:w", Long.toString(w));
        }
        x.close("w:tblGrid");
    }

    /** Opens a cell of the given width; {@code centred} centres its content vertically. */
    static void openCell(WordXml x, long widthTwips, boolean centred) {
        x.open("w:tc").open("w:tcPr").empty("w:tcW", "w:type", "dxa", "w:w", Long.toString(widthTwips));
        if (centred) {
            x.empty("w:vAlign", "w:val", "center");
        }
        x.close("w:tcPr");
    }

    static long[] twips(double... cm) {
        long[] out = new long[cm.length];
        for (int i = 0; i < cm.length; i++) {
            out[i] = Units.cmToTwips(cm[i]);
        }
        return out;
    }
}
