package vn.baocao.sign;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/** Where on which page a signature's image goes, by the rules of Phụ lục I. One place for these decisions. */
record Placement(int pageIndex, PDRectangle box) {
    static final float POINTS_PER_MM = 72f / 25.4f;
    /** The attachment block's distance from the top edge (in the top margin, above the header) and the right edge. */
    static final float TOP_MM = 6;
    static final float RIGHT_MM = 15;

    /**
     * The signature image: horizontally centred on the signer's full name, vertically centred in the space between
     * the signing title above it and the name; scaled down (never up) to fit that space.
     */
    static Placement signatureImage(PDDocument doc, String signerName, StampImage image) throws IOException, SignException {
        for (int page = doc.getNumberOfPages() - 1; page >= 0; page--) {
            List<PageText.Piece> pieces = PageText.of(doc, page);
            for (int i = pieces.size() - 1; i >= 0; i--) {
                PageText.Piece name = pieces.get(i);
                if (!name.matches(signerName)) {
                    continue;
                }
                PageText.Piece title = null;
                for (PageText.Piece p : pieces) {
                    boolean above = p.bottom() > name.top();
                    boolean sameColumn = p.left() <= name.centreX() && p.right() >= name.centreX();
                    if (above && sameColumn && (title == null || p.bottom() < title.bottom())) {
                        title = p;
                    }
                }
                if (title == null) {
                    throw new SignException(SignText.get("placement.khongTimThayChuc", signerName, (page + 1)));
                }
                float room = title.bottom() - name.top();
                float width = mm(image.widthMm());
                float height = mm(image.heightMm());
                float scale = Math.min(1f, room / height);
                width *= scale;
                height *= scale;
                float centreY = (title.bottom() + name.top()) / 2;
                return new Placement(page, new PDRectangle(name.centreX() - width / 2, centreY - height / 2, width, height));
            }
        }
        throw new SignException(SignText.get("placement.khongTimThayHo", signerName));
    }

    /**
     * The seal at its real size, its centre level with the person's signature image (the last visible signature that
     * is not an organisation's, whoever made it) and its right edge a third of
     * the way into that image, so it covers about a third of it on the left.
     */
    static Placement seal(PDDocument doc, StampImage image) throws SignException {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        PDAnnotationWidget signature = null;
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDSignatureField s && s.getSignature() != null
                        && !PdfSigner.ORGANISATION_REASON.equals(s.getSignature().getReason())) {
                    for (PDAnnotationWidget w : s.getWidgets()) {
                        PDRectangle r = w.getRectangle();
                        if (r != null && r.getWidth() > 0 && r.getHeight() > 0 && pageOf(doc, w) >= 0) {
                            signature = w;
                        }
                    }
                }
            }
        }
        if (signature == null) {
            throw new SignException(SignText.get("placement.vanBanChuaCo"));
        }
        PDRectangle r = signature.getRectangle();
        float width = mm(image.widthMm());
        float height = mm(image.heightMm());
        float right = r.getLowerLeftX() + r.getWidth() / 3;
        float centreY = r.getLowerLeftY() + r.getHeight() / 2;
        int page = pageOf(doc, signature);
        return new Placement(page, new PDRectangle(right - width, centreY - height / 2, width, height));
    }

    private static int pageOf(PDDocument doc, PDAnnotationWidget widget) {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            try {
                for (var annotation : doc.getPage(i).getAnnotations()) {
                    if (annotation.getCOSObject() == widget.getCOSObject()) {
                        return i;
                    }
                }
            } catch (IOException e) {
                return -1;
            }
        }
        return -1;
    }

    /** The attachment block of {@code width} × {@code height} points at the top right of the first page. */
    static Placement topRight(PDDocument doc, float width, float height) {
        PDRectangle media = doc.getPage(0).getMediaBox();
        return new Placement(0, new PDRectangle(media.getUpperRightX() - mm(RIGHT_MM) - width,
                media.getUpperRightY() - mm(TOP_MM) - height, width, height));
    }

    static float mm(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }
}
