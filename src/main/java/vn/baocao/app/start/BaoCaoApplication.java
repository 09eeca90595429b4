package vn.baocao.app.start;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.baocao.app.AfterFirstFrame;
import vn.baocao.app.AppArguments;
import vn.baocao.app.Messages;
import vn.baocao.app.WindowStateStore;
import vn.baocao.app.dialog.FxDialogService;
import vn.baocao.app.task.FxTaskRunner;
import vn.baocao.store.Database;
import vn.baocao.store.StoreException;

/** The JavaFX application: opens the database, builds the window through the composition root, remembers the window. */
public final class BaoCaoApplication extends Application {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BaoCaoApplication.class);
    private CompositionRoot root;
    private AppArguments arguments;
    private long firstFrameMs;
    private long firstFrameCpuMs;

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
        // The window appears at once with a light "opening" content; the database (opening on its own thread since
        // before the toolkit started) and the pages are put in after its first frame (issue 17).
        Scene scene = new Scene(openingContent(messages));
        applyTheme(scene);
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
        DatabaseOpening opening = DesktopApp.takeOpening(arguments);
        AfterFirstFrame.run(scene.getRoot(), () -> {
            // Anything thrown here would leave the window on "Đang mở…" for ever (and a smoke run hanging): a broken
            // installation (a missing class) is reported like any failure to open.
            try {
                firstFrameMs = StartupTrace.sinceJvmStart();
                firstFrameCpuMs = StartupTrace.cpuMs();
                StartupTrace.mark("first frame");
                opening.whenDone(db -> Platform.runLater(() -> fill(stage, scene, messages, db)),
                        e -> Platform.runLater(() -> failToOpen(stage, messages, e)));
            } catch (RuntimeException | LinkageError e) {
                failToOpen(stage, messages, e instanceof RuntimeException r ? r : new IllegalStateException(e));
            }
        });
    }

    /** What the window shows while the database opens: the light background of the theme and one line. */
    private static Parent openingContent(Messages messages) {
        Label opening = new Label(messages.get("app.opening"));
        opening.setId("opening");
        return new StackPane(opening);
    }

    /** Builds the services, view models and the first page over the opened database and shows them. */
    private void fill(Stage stage, Scene scene, Messages messages, Database db) {
        if (!stage.isShowing()) {
            db.close(); // the clerk closed the window while the database was opening
            return;
        }
        StartupTrace.mark("database");
        FxTaskRunner runner = new FxTaskRunner();
        try {
            root = new CompositionRoot(db, messages, runner, new FxDialogService(messages, () -> stage));
        } catch (RuntimeException e) { // e.g. the settings cannot be read: say so rather than keep "Đang mở…"
            runner.close();
            db.close();
            failToOpen(stage, messages, e);
            return;
        }
        // The first reads start before the views are built, so that the database work overlaps with building them.
        root.start();
        StartupTrace.mark("view models");
        scene.setRoot(root.mainView(() -> {
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        }));
        StartupTrace.mark("views");
        if (arguments.smoke()) {
            exitOnceGridIsFilled(stage);
        }
    }

    private void failToOpen(Stage stage, Messages messages, RuntimeException e) {
        LOG.error("Không mở được cơ sở dữ liệu", e);
        // A StoreException says what went wrong in Vietnamese; anything else is described by the log only.
        String reason = e instanceof StoreException ? e.getMessage() : messages.get("app.openFailed.internal");
        if (arguments.smoke()) {
            System.err.println(messages.format("app.openFailed", reason));
            System.exit(1);
        }
        stage.hide();
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

    /**
     * For installer smoke tests and the cold-start benchmark: once the Dữ liệu grid shows its figures (or the first
     * loads found none to show), close everything and exit 0, printing when the first frame and the filled grid
     * were drawn.
     */
    private void exitOnceGridIsFilled(Stage stage) {
        CompositionRoot shown = root;
        new AnimationTimer() {
            private int framesSinceFilled = -1;
            private int idleFrames;

            @Override
            public void handle(long now) {
                boolean filled = !shown.data().rows().isEmpty();
                idleFrames = shown.runner().runningProperty().get() ? 0 : idleFrames + 1;
                if (framesSinceFilled < 0 && (filled || idleFrames >= 30)) {
                    framesSinceFilled = 0;
                } else if (framesSinceFilled >= 0 && ++framesSinceFilled >= 2) {
                    stop();
                    System.out.println("BaoCao: smoke OK (" + shown.databaseFile() + "), first frame " + firstFrameMs
                            + " ms after JVM start (CPU " + firstFrameCpuMs + " ms), " + (filled ? "grid with data "
                            + StartupTrace.sinceJvmStart() + " ms (CPU " + StartupTrace.cpuMs() + " ms)" : "grid without data"));
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
