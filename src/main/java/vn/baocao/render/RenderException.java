package vn.baocao.render;

import java.nio.file.Path;

/** Rendering or writing an output file failed; the message is Vietnamese and names the file. */
public class RenderException extends Exception {
    private final transient Path file;

    public RenderException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
