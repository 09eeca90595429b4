package vn.baocao.importing.report;

import java.nio.file.Path;

/**
 * The error report could not be written. The message is Vietnamese, names the file and says what to do; nothing was
 * changed (an existing file of that name is left as it was, and no temporary file is left behind).
 */
public final class ProblemReportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ProblemReportException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file that was to be written. */
    public Path file() {
        return file;
    }
}
