package vn.baocao.render.pdf;

import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.TextRenderer;

/** Draws a footnote marker and records the page it lands on. */
final class FootnoteMarkRenderer extends TextRenderer {
    private final int note;
    private final FootnoteRecorder recorder;

    FootnoteMarkRenderer(Text text, int note, FootnoteRecorder recorder) {
        super(text);
        this.note = note;
        this.recorder = recorder;
    }

    @Override
    public void draw(DrawContext drawContext) {
        super.draw(drawContext);
        recorder.record(note, getOccupiedArea().getPageNumber());
    }

    @Override
    public IRenderer getNextRenderer() {
        return new FootnoteMarkRenderer((Text) getModelElement(), note, recorder);
    }
}
