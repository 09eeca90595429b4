package vn.baocao.app.report;

import java.awt.Desktop;
import java.nio.file.Path;

/** Opens files through java.awt.Desktop; call it away from the window's thread. */
public final class DesktopFileOpener implements FileOpener {
    @Override
    public boolean open(Path fileOrFolder) throws Exception {
        if (java.awt.GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        Desktop.getDesktop().open(fileOrFolder.toFile());
        return true;
    }
}
