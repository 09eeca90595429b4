package vn.baocao.app.report;

import java.nio.file.Path;

/** The two files of the last export. */
public record ExportedFiles(Path docx, Path pdf) {
    public Path folder() {
        return docx.toAbsolutePath().getParent();
    }
}
