package vn.baocao.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import vn.baocao.app.data.IndicatorRow;
import vn.baocao.importing.plan.Answers;

/** The "Nhập Excel" wizard in the real window, headless: a sample is imported and its figures show in the grid. */
@ExtendWith(ApplicationExtension.class)
class ImportPageFxTest {
    private CompositionRoot root;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        dialogs.fileToOpen = ImportViewModelTest.sample("synthetic-bieu01.xlsx");
        root = AppFixture.show(stage, Files.createTempDirectory("baocao-import-fx"), 1280, 800, dialogs);
    }

    @AfterEach
    void close() {
        root.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSampleImportedThroughTheWizardShowsInTheDataGrid(FxRobot robot) throws Exception {
        ImportViewModel vm = root.imports();
        robot.clickOn("#nav-import");
        waitUntil(() -> vm.choices().areas().size() > 10);
        robot.interact(() -> vm.choices().areaProperty().set(vm.choices().areas().stream()
                .filter(a -> a.code().equals(ImportViewModelTest.AREA)).findFirst().orElseThrow()));
        robot.clickOn("#importChoose");
        waitUntil(() -> vm.results().previewProperty().get() != null && vm.results().questions().size() == 5);
        assertThat(robot.lookup("#importSheetGrid").queryTableView().getItems()).isNotEmpty();

        robot.interact(() -> ImportViewModelTest.ANSWERS.forEach((id, value) -> vm.results().questions().stream()
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow().answerProperty().set(value)));
        robot.interact(() -> robot.lookup("#importTabs").<javafx.scene.control.TabPane>query().getSelectionModel().select(1));
        robot.clickOn("#importApplyAnswers");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> vm.results().questions().size() == 1 && vm.results().questions().get(0).id().equals("so:F"));
        robot.interact(() -> vm.answer("so:F", Answers.THOUSANDS_COMMA));
        waitUntil(() -> vm.results().questions().isEmpty());
        robot.interact(() -> vm.choices().skipErroneousRowsProperty().set(true));
        robot.clickOn("#importCommit");
        waitUntil(() -> vm.batches().size() == 1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(robot.lookup("#importMessage").queryLabeled().getText()).startsWith("Đã ghi lô nhập số 1");

        robot.clickOn("#nav-data");
        robot.interact(() -> {
            root.data().areaProperty().set(root.data().areas().stream()
                    .filter(a -> a.code().equals(ImportViewModelTest.AREA)).findFirst().orElseThrow());
            root.data().choosePeriod("2023");
        });
        waitUntil(() -> {
            IndicatorRow ld01 = root.data().row("LD01");
            return ld01 != null && "120".equals(ld01.actualProperty().get());
        });
        assertThat(robot.lookup("#dataGrid").queryTableView().getItems()).contains(root.data().row("LD01"));
    }
}
