package vn.baocao.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.OutputFiles;
import vn.baocao.render.RenderException;

/**
 * Renders an {@link AdministrativeDocument} to PDF with iText in the same layout as the Word file:
 * embedded Times New Roman (or Liberation Serif), footnotes at the foot of their page, page numbers
 * centred at the top from page 2 and restarted in each appendix, and document metadata.
 *
 * <p>Footnotes: iText's layout engine has none, so the document is laid out in passes. Each pass
 * reserves at the bottom of each page the height its footnotes needed in the previous pass; when
 * every page's footnotes fit in its reserve, that pass is kept and the notes are drawn.
 */
public final class PdfRenderer {
    private static final int MAX_PASSES = 10;
    private static final int EXACT_PASSES = 4;

    /** Writes the document to {@code target} through a temporary file. */
    public void render(AdministrativeDocument document, Path target) throws RenderException {
        OutputFiles.write(target, out -> write(document, out));
    }

    public void write(AdministrativeDocument document, OutputStream out) throws IOException {
        out.write(toBytes(document));
    }

    public byte[] toBytes(AdministrativeDocument document) {
        Map<Integer, Float> reserve = new HashMap<>();
        for (int pass = 1; ; pass++) {
            PdfPass.Result result = new PdfPass(document, reserve).run();
            Map<Integer, Float> needed = result.needed();
            boolean fits = true;
            boolean exact = true;
            for (Map.Entry<Integer, Float> e : needed.entrySet()) {
                float have = reserve.getOrDefault(e.getKey(), 0f);
                fits &= e.getValue() <= have + 0.01f;
            }
            for (Map.Entry<Integer, Float> e : reserve.entrySet()) {
                exact &= Math.abs(needed.getOrDefault(e.getKey(), 0f) - e.getValue()) < 0.01f;
            }
            // early passes want the exact reserve (no wasted space); later ones accept any fit
            if ((fits && (exact || pass > EXACT_PASSES)) || pass == MAX_PASSES) {
                return result.pass().finish(result.out());
            }
            result.pass().discard();
            Map<Integer, Float> next = new HashMap<>(pass < EXACT_PASSES ? Map.of() : reserve);
            needed.forEach((page, h) -> next.merge(page, h, Math::max));
            reserve = next;
        }
    }
}
