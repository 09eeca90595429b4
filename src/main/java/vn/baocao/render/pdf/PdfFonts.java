package vn.baocao.render.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.util.BitSet;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.render.text.RenderText;

/**
 * The four faces of the document font for one PDF, embedded with Identity-H encoding (a subset of the glyphs the
 * document uses).
 *
 * <p>Parsing a TrueType file is the costly part, and a PDF is laid out several times until its footnotes settle, so
 * the parsed font programs are kept for the life of the process and only the per-document font objects (which
 * collect the glyphs to embed) are made for each PDF. A font program reads its file through one shared cursor while
 * it writes a subset, so {@link PdfRenderer} renders one PDF at a time ({@link #LOCK}).
 */
final class PdfFonts {
    /** Held while a PDF is made with the shared font programs. */
    static final Object LOCK = new Object();
    private static volatile FontProgram[] programs;

    private final PdfFont[] faces = new PdfFont[4];
    /** The characters each face was found to have: a document repeats the same few dozen letters. */
    private final BitSet[] printable = {new BitSet(), new BitSet(), new BitSet(), new BitSet()};

    PdfFonts() {
        FontProgram[] parsed = programs();
        for (int i = 0; i < 4; i++) {
            faces[i] = PdfFontFactory.createFont(parsed[i], PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        }
    }

    PdfFont get(boolean bold, boolean italic) {
        return faces[(bold ? 1 : 0) + (italic ? 2 : 0)];
    }

    /**
     * The face for {@code text}, which must have a glyph for each of its characters: PDF/A refuses to show one it
     * has not, and would fail the whole PDF with a message the clerk cannot act on. Tabs and line ends are iText's
     * own to lay out, and need none.
     *
     * @throws UnprintableCharacterException naming the first character the face has no glyph for
     */
    PdfFont forText(String text, boolean bold, boolean italic) {
        int face = (bold ? 1 : 0) + (italic ? 2 : 0);
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!printable[face].get(c) && c != '\t' && c != '\n' && c != '\r') {
                if (!faces[face].containsGlyph(c)) {
                    throw new UnprintableCharacterException(text, i);
                }
                printable[face].set(c);
            }
        }
        return faces[face];
    }

    /**
     * Starts parsing the font programs on a thread of its own, so that a command line run finds them ready when its
     * first PDF is laid out: the parse is about a tenth of a second of a cold render, and the second core is idle
     * while the command line is read and the document loaded (issue 17). A failure here is left for the render to
     * meet again and report.
     */
    static void prefetch() {
        if (programs != null) {
            return;
        }
        Thread thread = new Thread(PdfFonts::prefetchNow, "baocao-font-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    private static void prefetchNow() {
        try {
            programs();
            PdfADocuments.profile();
        } catch (RuntimeException | LinkageError e) {
            // a thread of its own must not print its failure: it goes to the log, and the render meets it again
            org.slf4j.LoggerFactory.getLogger(PdfFonts.class).debug("Font prefetch failed; the render will retry", e);
        }
    }

    private static FontProgram[] programs() {
        FontProgram[] parsed = programs;
        if (parsed == null) {
            synchronized (LOCK) {
                parsed = programs;
                if (parsed == null) {
                    FontFiles files = FontFiles.get();
                    parsed = new FontProgram[4];
                    for (int i = 0; i < 4; i++) {
                        try {
                            parsed[i] = FontProgramFactory.createFont(files.face((i & 1) != 0, (i & 2) != 0), false);
                        } catch (IOException e) {
                            throw new IllegalStateException(RenderText.get("pdfFonts.khongNapDuocPhong"), e);
                        }
                    }
                    programs = parsed;
                }
            }
        }
        return parsed;
    }
}
