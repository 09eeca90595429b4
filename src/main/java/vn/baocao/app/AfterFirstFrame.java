package vn.baocao.app;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * Runs a piece of view building once the node's window has drawn its first frame. The window opens faster when
 * parts nobody reads in the first second (the data page's charts) are not styled and laid out before it appears.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** Runs {@code action} on the FX thread two frames after {@code node} is first in a showing window. */
    public static void run(Node node, Runnable action) {
        new AnimationTimer() {
            private int framesShown;

            @Override
            public void handle(long now) {
                boolean showing = node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing();
                if (showing && ++framesShown >= 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
