package vn.baocao.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.Units;

/** Table-level formatting: fixed column grid, borders (none or thin), cell padding. */
final class PoiWordTables {
    private PoiWordTables() {
    }

    /** Shapes an empty POI table into {@code rows × widths.length} cells on a fixed grid. */
    static XWPFTable shape(XWPFTable table, long[] widthsTwips, int rows, boolean borders, long sidePaddingTwips,
            DocumentLayout layout) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        long total = 0;
        for (long w : widthsTwips) {
            total += w;
        }
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders b = pr.addNewTblBorders();
        STBorder.Enum kind = borders ? STBorder.SINGLE : STBorder.NIL;
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV()}) {
            border.setVal(kind);
            if (borders) {
                border.setSz(BigInteger.valueOf(Units.ptToEighths(layout.get(Measure.TABLE_BORDER_PT))));
                border.setSpace(BigInteger.ZERO);
                border.setColor("000000");
            }
        }
        CTTblCellMar mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        setWidth(mar.isSetLeft() ? mar.getLeft() : mar.addNewLeft(), sidePaddingTwips);
        setWidth(mar.isSetRight() ? mar.getRight() : mar.addNewRight(), sidePaddingTwips);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long w : widthsTwips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow first = table.getRow(0);
        while (first.getTableCells().size() < widthsTwips.length) {
            first.addNewTableCell();
        }
        for (int r = 1; r < rows; r++) {
            table.createRow();
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widthsTwips.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth cw = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(widthsTwips[c]));
            }
        }
        return table;
    }

    static long[] twips(double... cm) {
        long[] out = new long[cm.length];
        for (int i = 0; i < cm.length; i++) {
            out[i] = Units.cmToTwips(cm[i]);
        }
        return out;
    }

    private static void setWidth(CTTblWidth w, long twips) {
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }
}
