package vn.baocao.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.files.FileWriteException;
import vn.baocao.files.OutputKind;
import vn.baocao.files.SafeFileWriter;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.walk.DocumentWalk;

/**
 * Renders an {@link AdministrativeDocument} to Word (.docx) in the ND30 layout: A4, the layout's
 * margins, Word styles for every element, a borderless header table with rules drawn as paragraph
 * borders, real footnotes, a centred PAGE field in the header with none on page 1, repeated table
 * header rows, landscape sections and appendices numbered from 1. The order of the parts is
 * {@link DocumentWalk}'s. The WordprocessingML is written by BaoCao's own small writer ({@link WordXml}), not by
 * POI's model, whose start-up was most of a cold render's Word file (issue 17).
 */
public final class DocxRenderer {
    /** Writes the document to {@code target} through a temporary file. */
    public void render(AdministrativeDocument document, Path target) throws FileWriteException {
        SafeFileWriter.write(target, OutputKind.DOCUMENT, out -> write(document, out));
    }

    public void write(AdministrativeDocument document, OutputStream out) throws IOException {
        write(document, DocumentLayout.forProfile(document.profile()), out);
    }

    /** Writes the document in a given layout (the size profile's, or one a test changed). */
    public void write(AdministrativeDocument document, DocumentLayout layout, OutputStream out) throws IOException {
        WordDocumentWriter writer = new WordDocumentWriter(!document.allFootnotes().isEmpty());
        DocumentWalk.walk(document, layout, writer);
        writer.writeTo(out);
    }

    public byte[] toBytes(AdministrativeDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }
}
