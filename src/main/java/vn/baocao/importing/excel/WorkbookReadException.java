package vn.baocao.importing.excel;

import java.util.Objects;

/**
 * A file could not be read. The message is in Vietnamese, names the file and says what to do;
 * the original (English) library exception is kept as the cause for the log.
 */
public class WorkbookReadException extends Exception {
    private final ReadProblem problem;
    private final String fileName;

    public WorkbookReadException(ReadProblem problem, String fileName, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fileName = fileName;
    }

    public ReadProblem problem() {
        return problem;
    }

    public String fileName() {
        return fileName;
    }
}
