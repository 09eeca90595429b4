package vn.baocao.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window fits a 1366 × 768 laptop with its taskbar and a 1024 × 600 netbook (issue 12). */
class WindowFitTest {
    @Test
    void theDefaultSizeFitsSmallScreensAndARememberedHugeSizeIsCut() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 728); // 768 minus a 40-pixel taskbar
        assertThat(WindowStateStore.fit(1280, 800, laptop)).containsExactly(1280, 728);
        Rectangle2D netbook = new Rectangle2D(0, 0, 1024, 560);
        assertThat(WindowStateStore.fit(1280, 800, netbook)).containsExactly(1024, 560);
        assertThat(WindowStateStore.fit(3000, 2000, new Rectangle2D(0, 0, 1920, 1040))).containsExactly(1920, 1040);
        assertThat(WindowStateStore.fit(300, 200, new Rectangle2D(0, 0, 1920, 1040))).containsExactly(800, 560);
    }
}
