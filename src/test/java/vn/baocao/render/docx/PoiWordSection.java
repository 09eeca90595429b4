package vn.baocao.render.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Margins;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.Units;

/**
 * The properties of one Word section: A4 portrait or landscape with the layout's margins, a
 * different (empty) first-page header when the section starts a document or an appendix, and page
 * numbers restarted at 1 for an appendix.
 */
record PoiWordSection(boolean landscape, boolean titlePage, boolean restartNumbering) {

    void applyTo(CTSectPr sect, DocumentLayout layout) {
        // A4 is 11906 × 16838 twips, as Word writes it
        long w = Units.mmToTwips(layout.get(Measure.PAGE_WIDTH_MM));
        long h = Units.mmToTwips(layout.get(Measure.PAGE_HEIGHT_MM));
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? h : w));
        size.setH(BigInteger.valueOf(landscape ? w : h));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else if (size.isSetOrient()) {
            size.unsetOrient();
        }
        Margins m = layout.margins();
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Units.mmToTwips(m.topMm())));
        mar.setBottom(BigInteger.valueOf(Units.mmToTwips(m.bottomMm())));
        mar.setLeft(BigInteger.valueOf(Units.mmToTwips(m.leftMm())));
        mar.setRight(BigInteger.valueOf(Units.mmToTwips(m.rightMm())));
        long headerDistance = Units.mmToTwips(layout.get(Measure.HEADER_DISTANCE_MM));
        mar.setHeader(BigInteger.valueOf(headerDistance));
        mar.setFooter(BigInteger.valueOf(headerDistance));
        mar.setGutter(BigInteger.ZERO);
        if (restartNumbering) {
            (sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType()).setStart(BigInteger.ONE);
        }
        if (titlePage && !sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }
}
