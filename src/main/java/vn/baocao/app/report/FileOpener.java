package vn.baocao.app.report;

import java.nio.file.Path;

/** Opens an exported file or its folder with the system's program (Word, PDF reader, file manager). */
public interface FileOpener {
    /** Returns false when the system cannot open files from Java (the page then shows the path). */
    boolean open(Path fileOrFolder) throws Exception;
}
