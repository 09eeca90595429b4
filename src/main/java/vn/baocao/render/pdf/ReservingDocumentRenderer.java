package vn.baocao.render.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.Map;

/**
 * A document renderer that keeps free, at the bottom of given pages, the height their footnotes
 * need. iText has no footnotes: the PDF renderer lays the document out, sees where the markers
 * fell, and lays it out again with this reserve until the pages agree.
 */
final class ReservingDocumentRenderer extends DocumentRenderer {
    private final Map<Integer, Float> reserve;

    ReservingDocumentRenderer(Document document, Map<Integer, Float> reserve) {
        super(document, false);
        this.reserve = reserve;
    }

    @Override
    protected LayoutArea updateCurrentArea(LayoutResult overflowResult) {
        LayoutArea area = super.updateCurrentArea(overflowResult);
        Float r = reserve.get(area.getPageNumber());
        if (r != null && r > 0) {
            Rectangle box = area.getBBox();
            box.setY(box.getY() + r);
            box.setHeight(box.getHeight() - r);
        }
        return area;
    }

    @Override
    public IRenderer getNextRenderer() {
        return new ReservingDocumentRenderer(document, reserve);
    }
}
