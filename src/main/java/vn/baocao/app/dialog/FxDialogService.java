package vn.baocao.app.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.baocao.app.Messages;

/** The real dialogs: JavaFX alerts and the system file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Messages messages;
    private final Supplier<Window> owner;

    public FxDialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getButtonTypes().stream().map(alert.getDialogPane()::lookupButton)
                .forEach(b -> {
                    if (b instanceof javafx.scene.control.Button button && button.getText().equals("OK")) {
                        button.setText(messages.get("dialog.ok"));
                    }
                });
        return alert;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, String filterName, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName,
                Arrays.stream(extensions).map(e -> "*." + e).toList()));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, String filterName,
            String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName,
                Arrays.stream(extensions).map(e -> "*." + e).toList()));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        File folder = chooser.showDialog(owner.get());
        return Optional.ofNullable(folder).map(File::toPath);
    }
}
