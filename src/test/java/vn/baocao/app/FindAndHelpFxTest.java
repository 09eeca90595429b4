package vn.baocao.app;

import vn.baocao.app.main.HelpWindow;
import vn.baocao.app.start.CompositionRoot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.baocao.app.data.IndicatorRow;
import vn.baocao.app.main.Page;
import vn.baocao.domain.Indicator;

/** Ctrl+F finds an indicator in the grid and in the catalog; F1 opens the guide (issue 12). */
@ExtendWith(ApplicationExtension.class)
class FindAndHelpFxTest {
    private CompositionRoot root;

    @Start
    void start(Stage stage) throws Exception {
        root = AppFixture.show(stage, Files.createTempDirectory("baocao-find"), 1024, 600);
    }

    @AfterEach
    void close() {
        root.close();
    }

    @Test
    void ctrlFFindsAnIndicatorByNameWithoutAccentsInTheGridAndTheCatalog(FxRobot robot) throws Exception {
        TableView<IndicatorRow> grid = robot.lookup("#dataGrid").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> grid.getItems().size() > 70);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("khach du lich");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid.getSelectionModel().getSelectedItem().code()).isEqualTo("VH05");

        robot.interact(() -> root.main().show(Page.CATALOG));
        TableView<Indicator> catalog = robot.lookup("#catalogTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> catalog.getItems().size() > 70);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("LD01");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(catalog.getSelectionModel().getSelectedItem().code()).isEqualTo("LD01");
    }

    @Test
    void f1OpensTheGuide(FxRobot robot) throws Exception {
        robot.interact(() -> root.main().show(Page.IMPORT));
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Hướng dẫn sử dụng BaoCao".equals(s.getTitle()) && s.isShowing()));
    }

    @Test
    void theGuideIsPackagedWithASectionForEveryPageAndFindWraps() throws Exception {
        String guide;
        try (InputStream in = HelpWindow.class.getResourceAsStream(HelpWindow.GUIDE)) {
            guide = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Page p : Page.values()) {
            assertThat(guide).contains("\n" + HelpWindow.sectionOf(p));
        }
        List<String[]> items = List.of(new String[] {"LD01", "Lao động"}, new String[] {"VH05", "Số lượt khách du lịch"},
                new String[] {"LD02", "Lao động đào tạo"});
        Function<String[], String> code = a -> a[0];
        Function<String[], String> name = a -> a[1];
        assertThat(FindField.next(items, code, name, "lao dong", -1)).isZero();
        assertThat(FindField.next(items, code, name, "lao dong", 0)).isEqualTo(2);
        assertThat(FindField.next(items, code, name, "lao dong", 2)).isZero();
        assertThat(FindField.next(items, code, name, "không có", -1)).isEqualTo(-1);
    }
}
