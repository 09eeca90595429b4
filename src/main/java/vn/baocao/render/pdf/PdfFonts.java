package vn.baocao.render.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.render.text.RenderText;

/** The four faces of the document font for one PDF, embedded with Identity-H encoding. */
final class PdfFonts {
    private final PdfFont[] faces = new PdfFont[4];

    PdfFonts() {
        FontFiles files = FontFiles.get();
        for (int i = 0; i < 4; i++) {
            boolean bold = (i & 1) != 0;
            boolean italic = (i & 2) != 0;
            try {
                faces[i] = PdfFontFactory.createFont(files.face(bold, italic), PdfEncodings.IDENTITY_H,
                        EmbeddingStrategy.FORCE_EMBEDDED);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(RenderText.get("pdfFonts.khongNapDuocPhong"), e);
            }
        }
    }

    PdfFont get(boolean bold, boolean italic) {
        return faces[(bold ? 1 : 0) + (italic ? 2 : 0)];
    }
}
