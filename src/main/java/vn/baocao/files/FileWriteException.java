package vn.baocao.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the clerk asked for (Word, PDF, an Excel report, a document file) could not be written. The message is the
 * whole Vietnamese sentence: it names the file, says why and what to do; the target was left as it was. An
 * {@link IOException}, so code that handles I/O failures handles it too.
 */
public final class FileWriteException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public FileWriteException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file that was to be written (absolute). */
    public Path file() {
        return file;
    }
}
