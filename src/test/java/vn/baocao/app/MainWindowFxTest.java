package vn.baocao.app;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.baocao.app.data.IndicatorRow;
import vn.baocao.app.start.CompositionRoot;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.store.ObservationRepository;

/** The main flow in the real window, headless: type a figure, see the percent and the band change; navigate. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private CompositionRoot root;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("baocao-fx");
        root = AppFixture.show(stage, folder, 1280, 800);
    }

    @AfterEach
    void close() {
        root.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAFigureInTheGridChangesThePercentAndTheBand(FxRobot robot) throws Exception {
        TableView<IndicatorRow> table = robot.lookup("#dataGrid").queryTableView();
        waitUntil(() -> table.getItems().size() > 70);

        robot.doubleClickOn("#periodCode").eraseText(10).write("2023").type(KeyCode.ENTER);
        waitUntil(() -> Period.year(2023).equals(root.data().periodProperty().get())
                && "101,3%".equals(root.data().row("VH05") == null ? null : root.data().row("VH05").percentProperty().get()));
        IndicatorRow vh05 = root.data().row("VH05");
        int index = table.getItems().indexOf(vh05);
        @SuppressWarnings("unchecked")
        TableColumn<IndicatorRow, ?> actual = (TableColumn<IndicatorRow, ?>) table.getColumns().get(4);
        assertThat(actual.getText()).isEqualTo("Thực hiện");
        robot.interact(() -> {
            table.scrollTo(Math.max(0, index - 2));
            table.getSelectionModel().clearAndSelect(index, actual);
            table.getFocusModel().focus(index, actual);
            table.requestFocus();
        });
        assertThat(rowStyle(robot, vh05)).contains("band-0");

        robot.write("60.000");
        waitUntil(() -> "60%".equals(vh05.percentProperty().get()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> db60000());

        assertThat(vh05.assessmentProperty().get()).isEqualTo("Không đạt – đạt từ 50 đến dưới 80% kế hoạch");
        assertThat(robot.lookup(".table-cell").match((TableCell<?, ?> c) -> "60%".equals(c.getText())).tryQuery()).isPresent();
        assertThat(rowStyle(robot, vh05)).contains("band-2");
        assertThat(robot.lookup("#statusAreaPeriod").queryLabeled().getText()).isEqualTo("Huyện Xín Mần · năm 2023");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> "101,3%".equals(vh05.percentProperty().get()));
    }

    @Test
    void aBadEntryShowsTheMessageAndIsNotSaved(FxRobot robot) throws Exception {
        TableView<IndicatorRow> table = robot.lookup("#dataGrid").queryTableView();
        waitUntil(() -> table.getItems().size() > 70);
        robot.interact(() -> root.data().choosePeriod("2023"));
        waitUntil(() -> root.data().row("LD01") != null && "65,09%".equals(root.data().row("LD01").percentProperty().get()));
        IndicatorRow ld01 = root.data().row("LD01");
        int index = table.getItems().indexOf(ld01);
        robot.interact(() -> {
            table.scrollTo(index);
            table.getSelectionModel().clearAndSelect(index, table.getColumns().get(4));
            table.getFocusModel().focus(index, table.getColumns().get(4));
            table.requestFocus();
        });
        robot.write("1,435").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dataMessage").queryLabeled().getText()).contains("LD01").contains("1.435");
        assertThat(ld01.actualProperty().get()).isEqualTo("2.278");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ld01.percentProperty().get()).isEqualTo("65,09%");
    }

    @Test
    void theNavigationShowsEveryPageAndThePlaceholders(FxRobot robot) throws Exception {
        robot.clickOn("#nav-catalog");
        waitUntil(() -> robot.lookup("#catalogTable").tryQuery().isPresent()
                && robot.lookup("#catalogTable").queryTableView().getItems().size() > 70);
        robot.clickOn("#nav-import");
        assertThat(robot.lookup("#importPage").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportPage").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#settingsPage").tryQuery().isPresent());
        robot.clickOn("#nav-data");
        assertThat(robot.lookup("#dataGrid").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusDatabase").queryLabeled().getText()).startsWith("Cơ sở dữ liệu: ").endsWith("test.db");
    }

    private boolean db60000() {
        return root.database().read(c -> new ObservationRepository(c)
                .find("VH05", "XINMAN", Period.year(2023), ObservationKind.THUC_HIEN))
                .map(o -> o.value().intValue() == 60000).orElse(false);
    }

    private static java.util.List<String> rowStyle(FxRobot robot, IndicatorRow row) {
        return robot.lookup(".table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(r -> r.getItem() == row).findFirst()
                .map(r -> r.getPseudoClassStates().stream().map(javafx.css.PseudoClass::getPseudoClassName).toList())
                .orElse(java.util.List.of());
    }
}
