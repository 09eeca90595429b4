package vn.baocao.render.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.layout.RootLayoutArea;
import java.util.List;

/**
 * Where a pass's layout stood just before it added one top-level element (issue 17): enough to lay the rest of the
 * document out again, with other footnote reserves on later pages, without laying out what comes before. Taken only
 * where no keep-with-next element is waiting for this one (iText would lay the two out together).
 *
 * @param index        the element's place among the top-level elements the pass adds (0 = the first)
 * @param notes        how many footnote markers the elements before it hold
 * @param area         what is left of the page the element starts on (a copy)
 * @param pageCount    the pages made so far
 * @param defaultSize  the size new pages get (landscape in a landscape part)
 * @param placed       how many laid-out parts the document's renderer held
 * @param runStarts    the page numbering's runs so far
 * @param appendixStarting whether the next line is an appendix label, whose page starts a run
 */
record LayoutCheckpoint(int index, int notes, RootLayoutArea area, int pageCount, PageSize defaultSize, int placed,
                        List<Integer> runStarts, boolean appendixStarting) {

    /** The last page this checkpoint depends on: its layout depends only on the reserves up to this page. */
    int lastPage() {
        return Math.max(area.getPageNumber(), pageCount);
    }
}
