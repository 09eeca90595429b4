package vn.baocao.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.app.dialog.DialogService;

/** Answers dialogs as told and records what was shown. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public boolean answer = true;
    public Path fileToOpen;
    public Path folder;
    public Path fileToSave;
    public String proposedName;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        questions.add(message);
        return answer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, String filterName, String... extensions) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, String filterName,
            String... extensions) {
        proposedName = initialName;
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return Optional.ofNullable(folder);
    }
}
