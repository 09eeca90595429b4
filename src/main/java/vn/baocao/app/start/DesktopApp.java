package vn.baocao.app.start;

import javafx.application.Application;
import vn.baocao.app.AppArguments;

/**
 * Starts the window. A plain class, so the launcher need not extend {@link Application} and the JavaFX jars can sit
 * on the class path.
 */
public final class DesktopApp {
    private DesktopApp() {
    }

    public static boolean wantsWindow(String[] args) {
        return AppArguments.wantsWindow(args);
    }

    /** Runs the window until it closes; returns the exit code. */
    public static int launch(String[] args) {
        vn.baocao.store.ProcessSetup.prepare();
        // The database opens while the toolkit starts (see DatabaseOpening); the application takes it in start().
        early = DatabaseOpening.start(AppArguments.parse(java.util.List.of(args)).database());
        Application.launch(BaoCaoApplication.class, args);
        return 0;
    }

    private static volatile DatabaseOpening early;

    /** The opening started by {@link #launch}, once; otherwise (tests, a second start) an opening done now. */
    static DatabaseOpening takeOpening(AppArguments arguments) {
        DatabaseOpening opening = early;
        early = null;
        return opening != null ? opening : DatabaseOpening.now(arguments.database());
    }
}
