package vn.baocao.app.dialog;

import java.nio.file.Path;
import java.util.Optional;

/** Everything a view model may ask of the clerk, without touching a window. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the clerk confirmed. */
    boolean confirm(String title, String message, String confirmButton);

    /** Picks an existing file to open; empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, Path initialFolder, String filterName, String... extensions);

    /** Picks where to save a new file (the name proposed first); empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, String filterName,
            String... extensions);

    /** Picks a folder; empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path initialFolder);
}
