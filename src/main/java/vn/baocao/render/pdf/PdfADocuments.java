package vn.baocao.render.pdf;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

/**
 * Opens the PDF of an issued document as PDF/A-2b: iText checks while writing that every font is
 * embedded and nothing forbidden is used, and writes the XMP metadata from the document information
 * (title, author = issuing body, subject = trích yếu) on close. The output intent is sRGB, the colour
 * space the renderer draws in; its profile is the one the JDK carries, so no file ships with it.
 * Only the opening of the document lives here, so the page layout does not depend on it.
 */
final class PdfADocuments {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfADocuments() {
    }

    /** The sRGB profile's bytes; the first call starts the JDK's colour management. */
    static byte[] profile() {
        return SRGB;
    }

    static PdfDocument open(OutputStream out) {
        PdfOutputIntent intent = new PdfOutputIntent("sRGB IEC61966-2.1", "", "http://www.color.org",
                "sRGB IEC61966-2.1", new ByteArrayInputStream(profile()));
        return new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2B, intent);
    }
}
