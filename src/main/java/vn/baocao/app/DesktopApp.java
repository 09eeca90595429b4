package vn.baocao.app;

import javafx.application.Application;

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
        Application.launch(BaoCaoApplication.class, args);
        return 0;
    }
}
