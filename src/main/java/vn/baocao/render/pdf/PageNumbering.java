package vn.baocao.render.pdf;

import static vn.baocao.render.pdf.PdfElements.pt;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Margins;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.TextStyle;

/**
 * Page numbers as ND30 wants them (spec §4.5): centred at the top, none on the first page, and counted from 1 again
 * in each appendix.
 */
final class PageNumbering {
    /** First page of each numbered run: the document, then each appendix. */
    private final List<Integer> runStarts = new ArrayList<>(List.of(1));

    /** The runs so far (for a checkpoint). */
    List<Integer> runStarts() {
        return List.copyOf(runStarts);
    }

    /** Puts the runs back as a checkpoint had them. */
    void restore(List<Integer> starts) {
        runStarts.clear();
        runStarts.addAll(starts);
    }

    void startRun(int page) {
        runStarts.add(page);
    }

    /** The number printed on {@code page} (1-based), 1 for the first page of a run. */
    int numberOf(int page) {
        int start = 1;
        for (int s : runStarts) {
            if (s <= page) {
                start = s;
            }
        }
        return page - start + 1;
    }

    void draw(PdfDocument pdf, PdfElements elements) {
        TextStyle s = elements.layout().style(Element.PAGE_NUMBER);
        Margins m = elements.layout().margins();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            int number = numberOf(i);
            if (number == 1) {
                continue;
            }
            PdfPage page = pdf.getPage(i);
            Rectangle size = page.getPageSize();
            float centre = pt(m.leftMm()) + (size.getWidth() - pt(m.leftMm()) - pt(m.rightMm())) / 2;
            float baseline = size.getHeight() - pt(elements.layout().get(Measure.HEADER_DISTANCE_MM)) - (float) s.sizePt();
            try (Canvas canvas = new Canvas(new PdfCanvas(page), size)) {
                canvas.showTextAligned(new Paragraph(new Text(String.valueOf(number))
                                .setFont(elements.fonts().get(s.bold(), s.italic())).setFontSize((float) s.sizePt())),
                        centre, baseline, TextAlignment.CENTER);
            }
        }
    }
}
