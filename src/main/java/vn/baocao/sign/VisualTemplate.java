package vn.baocao.sign;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible part of a signature, as PDFBox takes it: a one-page document with a signature field whose widget has
 * the appearance (an image, or lines of text) at the placement. The widget is printable, as PDF/A asks.
 */
final class VisualTemplate {
    private VisualTemplate() {
    }

    static byte[] image(PDRectangle mediaBox, Placement placement, byte[] png) throws IOException {
        try (PDDocument t = new PDDocument()) {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
            if (picture == null) {
                throw new IOException("not a PNG image");
            }
            PDImageXObject image = LosslessFactory.createFromImage(t, picture);
            PDAppearanceStream stream = widget(t, mediaBox, placement);
            try (PDPageContentStream cs = new PDPageContentStream(t, stream)) {
                cs.drawImage(image, 0, 0, placement.box().getWidth(), placement.box().getHeight());
            }
            return bytes(t);
        }
    }

    /** Text lines; {@code fontBytes} is the TrueType file, embedded whole so that the update needs no subsetting. */
    static byte[] text(PDRectangle mediaBox, Placement placement, List<String> lines, byte[] fontBytes, float size)
            throws IOException {
        try (PDDocument t = new PDDocument()) {
            PDType0Font font = PDType0Font.load(t, new ByteArrayInputStream(fontBytes), false);
            PDAppearanceStream stream = widget(t, mediaBox, placement);
            try (PDPageContentStream cs = new PDPageContentStream(t, stream)) {
                float leading = size * 1.15f;
                float y = placement.box().getHeight() - size;
                cs.setNonStrokingColor(0f); // black
                for (String line : lines) {
                    float x = placement.box().getWidth() - font.getStringWidth(line) / 1000 * size; // right-aligned
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(x, y);
                    cs.showText(line);
                    cs.endText();
                    y -= leading;
                }
            }
            return bytes(t);
        }
    }

    static float textWidth(byte[] fontBytes, List<String> lines, float size) throws IOException {
        try (PDDocument t = new PDDocument()) {
            PDType0Font font = PDType0Font.load(t, new ByteArrayInputStream(fontBytes), false);
            float width = 0;
            for (String line : lines) {
                width = Math.max(width, font.getStringWidth(line) / 1000 * size);
            }
            return width;
        }
    }

    private static PDAppearanceStream widget(PDDocument t, PDRectangle mediaBox, Placement placement) throws IOException {
        PDPage page = new PDPage(mediaBox);
        t.addPage(page);
        PDAcroForm form = new PDAcroForm(t);
        t.getDocumentCatalog().setAcroForm(form);
        PDSignatureField field = new PDSignatureField(form);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(placement.box());
        widget.setPage(page);
        widget.setPrinted(true);
        widget.setLocked(true);
        form.getFields().add(field);
        page.getAnnotations().add(widget);
        PDAppearanceStream stream = new PDAppearanceStream(t);
        stream.setResources(new PDResources());
        stream.setBBox(new PDRectangle(placement.box().getWidth(), placement.box().getHeight()));
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        widget.setAppearance(appearance);
        return stream;
    }

    private static byte[] bytes(PDDocument t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.save(out);
        return out.toByteArray();
    }
}
