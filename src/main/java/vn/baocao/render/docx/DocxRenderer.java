package vn.baocao.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.render.OutputFiles;
import vn.baocao.render.RenderException;

/**
 * Renders an {@link AdministrativeDocument} to Word (.docx) in the ND30 layout: A4, the layout's
 * margins, Word styles for every element, a borderless header table with rules drawn as paragraph
 * borders, real footnotes, a centred PAGE field in the header with none on page 1, repeated table
 * header rows, landscape sections and appendices numbered from 1.
 */
public final class DocxRenderer {

    /** Writes the document to {@code target} through a temporary file. */
    public void render(AdministrativeDocument document, Path target) throws RenderException {
        OutputFiles.write(target, out -> write(document, out));
    }

    public void write(AdministrativeDocument document, OutputStream out) throws IOException {
        new WordDocumentWriter(document).write(out);
    }

    public byte[] toBytes(AdministrativeDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }
}
