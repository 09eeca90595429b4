package vn.baocao.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size, position and maximized state between runs (Java preferences of the user). */
public final class WindowStateStore {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;
    private final Preferences node;

    public WindowStateStore(Preferences node) {
        this.node = node;
    }

    public static WindowStateStore forUser() {
        return new WindowStateStore(Preferences.userRoot().node("vn/baocao/app/window"));
    }

    /** Puts the window where it was, if that place is still on a screen; else a default size, centred. */
    public void restore(Stage stage) {
        double w = node.getDouble("width", DEFAULT_WIDTH);
        double h = node.getDouble("height", DEFAULT_HEIGHT);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        w = Math.min(Math.max(w, 800), Math.max(800, screen.getWidth()));
        h = Math.min(Math.max(h, 560), Math.max(560, screen.getHeight()));
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, 100, 60).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    public void save(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
        }
        try {
            node.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            // not being able to remember the window is harmless
        }
    }
}
