package vn.baocao.importing.plan;

/**
 * A commit that was refused before anything was written: errors, conflicts between cells, or questions without
 * answers. The message is Vietnamese and names the file, sheet and first cells; the preview has everything.
 */
public final class ImportRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImportPreview preview;

    public ImportRefusedException(String message, ImportPreview preview) {
        super(message);
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
