package vn.baocao.render.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.LineHeight;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.RenderingMode;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.LineRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import com.itextpdf.layout.renderer.TextRenderer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A footnote marker. Tells the recorder when it is laid out (the last layout of a marker is where it stays, which
 * the PDF renderer reads before anything is drawn) and, when drawn, the page it landed on and the bottom of its
 * line, which checks that reading.
 */
final class FootnoteMarkRenderer extends TextRenderer {
    /** Punctuation that closes what the mark is attached to: ".", ";", ",", ")." … */
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:!?)\\]…]+");

    private final int note;
    private final FootnoteRecorder.Sink recorder;

    FootnoteMarkRenderer(Text text, int note, FootnoteRecorder.Sink recorder) {
        super(text);
        this.note = note;
        this.recorder = recorder;
        keptWithNeighbours(this);
    }

    /**
     * iText breaks a line between any two text chunks unless the chunk that does not fit is laid out in its HTML
     * mode, which takes the break back to the last space of the chunks before it (as Word and LibreOffice do). The
     * mark is such a chunk, so "1,26%)¹" is never split before the mark. A zero line height keeps that mode from
     * changing the line's height: the text beside the mark sets it, as before.
     */
    private static void keptWithNeighbours(IRenderer chunk) {
        chunk.setProperty(Property.RENDERING_MODE, RenderingMode.HTML_MODE);
        chunk.setProperty(Property.LINE_HEIGHT, LineHeight.createFixedValue(0));
    }

    /**
     * Lays the mark out in the line's room less the punctuation that follows it up to the next space ("." of
     * "1,26%)¹.", ";" of "…¹; số hộ nghèo …"): when both do not fit, the mark does not fit, and with the word before
     * it goes to the next line, so the punctuation never starts a line alone.
     */
    @Override
    public LayoutResult layout(LayoutContext layoutContext) {
        float after = punctuationAfter();
        LayoutContext context = layoutContext;
        if (after > 0) {
            LayoutArea area = layoutContext.getArea().clone();
            area.getBBox().setWidth(Math.max(0, area.getBBox().getWidth() - after));
            context = new LayoutContext(area, layoutContext.getMarginsCollapseInfo(),
                    layoutContext.getFloatRendererAreas(), layoutContext.isClippedHeight());
        }
        LayoutResult result = super.layout(context);
        recorder.recorder().laidOut(note, this);
        return result;
    }

    /** The width of the punctuation right after the mark, up to the next space; 0 when none follows. */
    private float punctuationAfter() {
        if (!(nextSibling() instanceof TextRenderer next) || !(next.getModelElement() instanceof Text t)) {
            return 0;
        }
        Matcher m = PUNCTUATION.matcher(t.getText());
        Object font = next.getProperty(Property.FONT);
        UnitValue size = next.getProperty(Property.FONT_SIZE);
        if (!m.lookingAt() || !(font instanceof PdfFont f) || size == null || !size.isPointValue()) {
            return 0;
        }
        // a hair more than the glyphs, so rounding in the line's own sum never lets the stop overflow
        return f.getWidth(m.group(), size.getValue()) + 0.01f;
    }

    private IRenderer nextSibling() {
        IRenderer line = getParent();
        if (line == null) {
            return null;
        }
        List<IRenderer> siblings = line.getChildRenderers();
        int at = siblings.indexOf(this);
        return at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
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
