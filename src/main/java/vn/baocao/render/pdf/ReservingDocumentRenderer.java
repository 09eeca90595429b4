package vn.baocao.render.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.layout.RootLayoutArea;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.List;
import java.util.Map;

/**
 * A document renderer that keeps free, at the bottom of given pages, the height their footnotes
 * need. iText has no footnotes: the PDF renderer lays the document out, sees where the markers
 * fell, and lays it out again with this reserve until the pages agree.
 *
 * <p>A pass may start from another pass's {@link LayoutCheckpoint} (issue 17): it takes over the parts that pass
 * already laid out and the area it stood in, and goes on from there.
 */
final class ReservingDocumentRenderer extends DocumentRenderer {
    private final Map<Integer, Float> reserve;
    private RootLayoutArea resumeArea;

    ReservingDocumentRenderer(Document document, Map<Integer, Float> reserve) {
        super(document, false);
        this.reserve = reserve;
    }

    /** The area being filled, or null before the first element (unlike {@link #getCurrentArea()}, makes no page). */
    RootLayoutArea area() {
        return currentArea;
    }

    /** Goes on from a checkpoint: the parts laid out before it, and the area the next element starts in. */
    void resume(List<IRenderer> placed, RootLayoutArea area) {
        for (IRenderer r : placed) {
            r.setParent(this);
            childRenderers.add(r);
        }
        resumeArea = area;
    }

    /** The laid-out parts belong to this renderer again (a later pass that went on from them took them over). */
    void adoptPlaced() {
        for (IRenderer r : childRenderers) {
            r.setParent(this);
        }
    }

    @Override
    protected LayoutArea updateCurrentArea(LayoutResult overflowResult) {
        if (resumeArea != null) {
            // the first element after a checkpoint: the area already has its page's reserve
            currentArea = resumeArea;
            resumeArea = null;
            return currentArea;
        }
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
