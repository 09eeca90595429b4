package vn.baocao.render.export;

import java.nio.file.Path;
import java.util.List;
import vn.baocao.document.compose.PlaceholderProblem;

/**
 * Exporting a document failed, and nothing was written in its place (a file already there keeps its content). The
 * message is one Vietnamese sentence that names what failed and where, then why and what to do, shown as it is by
 * the window and by the command line.
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient List<PlaceholderProblem> problems;

    ExportException(String message, Path file, List<PlaceholderProblem> problems, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** A check of the caller stopped the export before anything was rendered; {@code message} says why. */
    public static ExportException refused(String message) {
        return new ExportException(message, null, List.of(), null);
    }

    /** The file that could not be read or written, or null when the failure is the document's content. */
    public Path file() {
        return file;
    }

    /** When the report's placeholders could not be filled: each of them (the clerk fixes them in the text). */
    public List<PlaceholderProblem> problems() {
        return problems;
    }
}
