package vn.baocao.render.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** Sizes read back from a rendered .docx (with POI) and PDF (with PDFBox), for tests that follow a value through. */
public final class RenderedSizes {
    private RenderedSizes() {
    }

    /** The font size (pt) of a Word paragraph style, e.g. "BodyText". */
    public static double wordStyleSizePt(byte[] docx, String styleId) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFStyle style = doc.getStyles().getStyle(styleId);
            CTRPr rPr = style.getCTStyle().getRPr();
            return new BigInteger(rPr.getSzArray(0).getVal().toString()).doubleValue() / 2;
        }
    }

    /** The border width (pt) of the first bordered table of a .docx. */
    public static double wordTableBorderPt(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (var table : doc.getTables()) {
                var borders = table.getCTTbl().getTblPr().getTblBorders();
                if (borders.getTop().getSz() != null) {
                    return new BigInteger(borders.getTop().getSz().toString()).doubleValue() / 8;
                }
            }
        }
        throw new AssertionError("no bordered table");
    }

    public static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** The font size (pt, unrounded) most glyphs of the PDF are set in: the body text's. */
    public static double pdfCommonestSizePt(byte[] pdf) throws IOException {
        Map<Float, Long> counts = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (!t.getUnicode().isBlank()) {
                        // the text rendering matrix carries the size; PDFBox getFontSizeInPt drops the fraction
                        counts.merge(t.getTextMatrix().getScalingFactorY(), 1L, Long::sum);
                    }
                }
            };
            stripper.getText(doc);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Every line width (operator {@code w}) set in the content of the PDF's pages. */
    public static List<Double> pdfLineWidths(byte[] pdf) throws IOException {
        List<Double> widths = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("w")
                            && tokens.get(i - 1) instanceof COSNumber n) {
                        widths.add((double) n.floatValue());
                    }
                }
            }
        }
        return widths;
    }
}
