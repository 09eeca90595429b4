package vn.baocao.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
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

/** The "Báo cáo" page in the real window, headless: a new demo report, its preview, export to Word and PDF. */
@ExtendWith(ApplicationExtension.class)
class ReportPageFxTest {
    private CompositionRoot root;
    private Path folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("baocao-report-fx");
        dialogs.folder = Files.createDirectories(folder.resolve("xuat"));
        root = AppFixture.show(stage, folder, 1280, 800, dialogs);
    }

    @AfterEach
    void close() {
        root.close();
    }

    @Test
    void theDemoReportIsExportedThroughThePage(FxRobot robot) throws Exception {
        robot.clickOn("#nav-report");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> root.report().choices().templates().size() == 8
                && root.report().choices().periodProperty().get() != null && root.report().choices().areaProperty().get() != null);
        robot.clickOn("#reportNew");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> root.report().pageCountProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        ImageView page = robot.lookup("#reportPageImage").query();
        assertThat(page.getImage()).isNotNull();
        assertThat(robot.lookup("#reportPageText").queryLabeled().getText()).startsWith("Trang 1/");

        robot.clickOn("#reportExport");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> root.report().exportedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.folder.resolve("bao-cao-nam-2023-xinman.docx")).isNotEmptyFile();
        assertThat(dialogs.folder.resolve("bao-cao-nam-2023-xinman.pdf")).isNotEmptyFile();
        assertThat(robot.lookup("#reportMessage").queryLabeled().getText()).startsWith("Đã xuất");
        assertThat(robot.lookup("#reportOpenFolder").queryButton().isDisabled()).isFalse();
    }
}
