package vn.baocao.document;

import java.nio.file.Path;

/** A document file that cannot be read or written; the message is Vietnamese and names the file. */
public class DocumentFileException extends Exception {
    private final transient Path file;

    public DocumentFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
