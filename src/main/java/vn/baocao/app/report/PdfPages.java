package vn.baocao.app.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The print preview: the report's PDF in memory, one page drawn to an image at a time (PDFBox). */
public final class PdfPages {
    /** 1.5 × 72 dpi: an A4 page about 890 pixels wide, readable at a glance. */
    public static final float SCALE = 1.5f;

    private final byte[] pdf;
    private final int count;

    public PdfPages(byte[] pdf) throws IOException {
        this.pdf = pdf.clone();
        try (PDDocument doc = Loader.loadPDF(this.pdf)) {
            this.count = doc.getNumberOfPages();
        }
    }

    public int count() {
        return count;
    }

    /** Draws page {@code index} (0-based). */
    public BufferedImage render(int index) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImage(index, SCALE, ImageType.RGB);
        }
    }
}
