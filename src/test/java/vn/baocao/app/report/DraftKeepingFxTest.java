package vn.baocao.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.baocao.app.AppFixture;
import vn.baocao.app.start.CompositionRoot;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.store.StoredReport;

/**
 * An edited draft is never lost: "Lập báo cáo mới" saves it before replacing the page, and quitting saves it too, so
 * that it is in the list of stored reports after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class DraftKeepingFxTest {
    private CompositionRoot root;
    private Path folder;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createTempDirectory("baocao-draft-fx");
        root = AppFixture.show(stage, folder, 1280, 800, dialogs);
    }

    @AfterEach
    void close(FxRobot robot) {
        if (root != null) {
            robot.interact(root::close);
        }
    }

    private void newReport(FxRobot robot) throws Exception {
        robot.clickOn("#nav-report");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> root.report().choices().templates().size() == 8
                && root.report().choices().periodProperty().get() != null && root.report().choices().areaProperty().get() != null);
        long before = root.report().currentProperty().get() == null ? -1 : System.identityHashCode(root.report().currentProperty().get());
        robot.clickOn("#reportNew");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> root.report().currentProperty().get() != null
                && System.identityHashCode(root.report().currentProperty().get()) != before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types the signer's name in the header tab, as a clerk would. */
    private void typeSigner(FxRobot robot, String name) {
        robot.clickOn("Thông tin văn bản");
        robot.clickOn("#reportSignerName").eraseText(40).write(name);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean stored(String signer) {
        return root.report().choices().reports().stream().map(StoredReport::settingsJson).anyMatch(j -> j.contains(signer));
    }

    @Test
    void anEditedDraftSurvivesANewReportQuittingAndARestart(FxRobot robot) throws Exception {
        newReport(robot);
        typeSigner(robot, "Nguyễn Văn Mới");
        assertThat(stored("Nguyễn Văn Mới")).isFalse();

        // "Lập báo cáo mới" saves the edited draft first.
        newReport(robot);
        assertThat(stored("Nguyễn Văn Mới")).isTrue();
        assertThat(robot.lookup("#reportMessage").queryLabeled().getText()).startsWith("Đã tự động lưu");

        // Edit the new draft, then quit with Ctrl+Q (the window closes; quitting closes the composition root).
        typeSigner(robot, "Trần Thị Thoát");
        robot.press(KeyCode.SHORTCUT).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        robot.interact(root::close);
        root = null;

        // Restart over the same database: both drafts are among the stored reports.
        robot.interact(() -> {
            try {
                root = AppFixture.show(stage, folder, 1280, 800, dialogs);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        robot.clickOn("#nav-report");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !root.report().choices().reports().isEmpty());
        assertThat(stored("Nguyễn Văn Mới")).isTrue();
        assertThat(stored("Trần Thị Thoát")).isTrue();
    }

    @Test
    void anUntouchedDraftIsNotStored(FxRobot robot) throws Exception {
        newReport(robot);
        newReport(robot);
        assertThat(root.report().choices().reports()).isEmpty();
    }
}
