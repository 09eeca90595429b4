package vn.baocao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import vn.baocao.store.SafeFileWriter;

/**
 * Writes a rendered document safely through {@link SafeFileWriter} (temporary file, then one move over the target),
 * with the failure as a {@link RenderException} whose Vietnamese message names the file.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes the bytes produced by {@code content} to {@code target}. */
    public static void write(Path target, Content content) throws RenderException {
        try {
            SafeFileWriter.write(target, "tệp", "Word, trình đọc PDF…", content::writeTo);
        } catch (SafeFileWriter.WriteFailure e) {
            throw new RenderException(target, e.getMessage(), e.getCause());
        }
    }

    /** Produces the content of an output file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
