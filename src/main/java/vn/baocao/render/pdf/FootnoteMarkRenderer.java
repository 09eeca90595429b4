package vn.baocao.render.pdf;

import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.LineRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import com.itextpdf.layout.renderer.TextRenderer;
import java.util.List;

/**
 * A footnote marker. Tells the recorder when it is laid out (the last layout of a marker is where it stays, which
 * the PDF renderer reads before anything is drawn) and, when drawn, the page it landed on and the bottom of its
 * line, which checks that reading.
 */
final class FootnoteMarkRenderer extends TextRenderer {
    private final int note;
    private final FootnoteRecorder.Sink recorder;

    FootnoteMarkRenderer(Text text, int note, FootnoteRecorder.Sink recorder) {
        super(text);
        this.note = note;
        this.recorder = recorder;
    }

    @Override
    public LayoutResult layout(LayoutContext layoutContext) {
        LayoutResult result = super.layout(layoutContext);
        recorder.recorder().laidOut(note, this);
        return result;
    }

    @Override
    public void draw(DrawContext drawContext) {
        super.draw(drawContext);
        recorder.recorder().drawn(note, page(), keepBottom());
    }

    int page() {
        return getOccupiedArea().getPageNumber();
    }

    /**
     * The bottom of the marker's line; when ending the page right after that line would leave a
     * single line of the paragraph on either side (which widow and orphan control refuse), the
     * bottom of the next line instead.
     */
    float keepBottom() {
        float bottom = getOccupiedArea().getBBox().getBottom();
        if (!(getParent() instanceof LineRenderer line)) {
            return bottom;
        }
        bottom = Math.min(bottom, line.getOccupiedArea().getBBox().getBottom());
        if (!(line.getParent() instanceof ParagraphRenderer paragraph) || paragraph.getLines() == null) {
            return bottom;
        }
        List<LineRenderer> lines = paragraph.getLines();
        int at = lines.indexOf(line);
        if (at < 0) {
            return bottom;
        }
        int end = at;
        if (end == 0 && lines.size() > 1) {
            end = 1;
        }
        if (lines.size() - 1 - end == 1) {
            end = lines.size() - 1;
        }
        return Math.min(bottom, lines.get(end).getOccupiedArea().getBBox().getBottom());
    }

    @Override
    public IRenderer getNextRenderer() {
        return new FootnoteMarkRenderer((Text) getModelElement(), note, recorder);
    }
}
