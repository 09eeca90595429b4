package vn.baocao.render.export;

import java.nio.file.Path;
import vn.baocao.render.text.RenderText;

/** The files to write: the Word file, the PDF, or both (a null path is not written). */
public record ExportTargets(Path docx, Path pdf) {
    public ExportTargets {
        if (docx == null && pdf == null) {
            throw new IllegalArgumentException(RenderText.get("exportTargets.chuaChonTepDau"));
        }
    }

    /** Both files, named {@code base}.docx and {@code base}.pdf in {@code folder}. */
    public static ExportTargets both(Path folder, String base) {
        return new ExportTargets(folder.resolve(base + ".docx"), folder.resolve(base + ".pdf"));
    }
}
