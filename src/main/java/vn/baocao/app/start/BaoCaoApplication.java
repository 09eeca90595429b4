package vn.baocao.app.start;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import vn.baocao.app.AppArguments;
import vn.baocao.app.Messages;
import vn.baocao.app.WindowStateStore;
import vn.baocao.app.dialog.FxDialogService;
import vn.baocao.app.task.FxTaskRunner;
import vn.baocao.store.Database;
import vn.baocao.store.StoreException;

/** The JavaFX application: opens the database, builds the window through the composition root, remembers the window. */
public final class BaoCaoApplication extends Application {
    private CompositionRoot root;
    private AppArguments arguments;

    /** The theme and the application's own style sheet, for the window and for tests. */
    public static void applyTheme(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Objects.requireNonNull(
                BaoCaoApplication.class.getResource("/vn/baocao/app/baocao.css")).toExternalForm());
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit");
        arguments = AppArguments.parse(getParameters().getRaw());
        Messages messages = Messages.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StartupTrace.mark("messages, theme");
        Database db;
        try {
            db = DesktopApp.takeOpening(arguments).await();
        } catch (StoreException e) {
            failToOpen(messages, e.getMessage());
            return;
        }
        StartupTrace.mark("database");
        FxTaskRunner runner = new FxTaskRunner();
        root = new CompositionRoot(db, messages, runner, new FxDialogService(messages, () -> stage));
        StartupTrace.mark("view models");
        Scene scene = new Scene(root.mainView(() -> {
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        }));
        applyTheme(scene);
        StartupTrace.mark("views");
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        WindowStateStore windowState = WindowStateStore.forUser();
        windowState.restore(stage);
        stage.setOnCloseRequest(e -> {
            windowState.save(stage);
            stage.hide();
            Platform.exit();
        });
        stage.show();
        StartupTrace.mark("stage shown");
        root.start();
        if (arguments.smoke()) {
            exitAfterFirstFrame(stage);
        }
    }

    private void failToOpen(Messages messages, String reason) {
        if (arguments.smoke()) {
            System.err.println(messages.format("app.openFailed", reason));
            System.exit(1);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("app.openFailed.header"));
        Label text = new Label(reason);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
        Platform.exit();
    }

    /** For installer smoke tests: once a frame has been drawn, close everything and exit 0. */
    private void exitAfterFirstFrame(Stage stage) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    long shownMs = StartupTrace.sinceJvmStart();
                    System.out.println("BaoCao: smoke OK (" + root.databaseFile() + "), first frame " + shownMs
                            + " ms after JVM start");
                    stage.hide();
                    Platform.exit();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (root != null) {
            root.close();
            root = null;
        }
    }
}
