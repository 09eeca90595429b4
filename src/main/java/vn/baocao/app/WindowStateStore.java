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

    /**
     * Puts the window where it was, if that place is still on a screen; else a default size, centred. The window
     * always fits the screen's usable area (the taskbar excluded), and on a first start on a screen smaller than
     * the default size (a 1366 × 768 laptop, a 1024 × 600 netbook) it opens maximized.
     */
    public void restore(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        boolean remembered = !Double.isNaN(node.getDouble("width", Double.NaN));
        double[] size = fit(node.getDouble("width", DEFAULT_WIDTH), node.getDouble("height", DEFAULT_HEIGHT), screen);
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, 100, 60).isEmpty()) {
            stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - size[0])));
            stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - size[1])));
        } else {
            stage.centerOnScreen();
        }
        boolean small = screen.getWidth() < DEFAULT_WIDTH || screen.getHeight() < DEFAULT_HEIGHT;
        stage.setMaximized(node.getBoolean("maximized", !remembered && small));
    }

    /** A size that fits the usable area: at most the area, at least 800 × 560 where the area allows it. */
    static double[] fit(double width, double height, Rectangle2D screen) {
        double w = Math.min(Math.max(width, Math.min(800, screen.getWidth())), screen.getWidth());
        double h = Math.min(Math.max(height, Math.min(560, screen.getHeight())), screen.getHeight());
        return new double[] {w, h};
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
