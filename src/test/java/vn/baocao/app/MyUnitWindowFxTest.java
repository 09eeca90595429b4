package vn.baocao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.baocao.app.dialog.FxDialogService;
import vn.baocao.app.main.Page;
import vn.baocao.app.start.BaoCaoApplication;
import vn.baocao.app.start.CompositionRoot;
import vn.baocao.app.task.FxTaskRunner;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.compose.ReportService;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.Period;
import vn.baocao.store.Database;

/**
 * From an empty database in the real window: the first-run page finds and uses Nấm Dẩn, Danh mục › Địa bàn adds two
 * thôn, the data page takes two plans and three figures, and the annual report carries the commune's letterhead.
 * With -Dscreenshots=true it also writes docs/screenshots/07-don-vi-cua-toi.png and 08-dia-ban.png.
 */
@ExtendWith(ApplicationExtension.class)
class MyUnitWindowFxTest {
    private CompositionRoot root;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Database db = Database.open(Files.createTempDirectory("baocao-unit").resolve("empty.db"));
        Messages messages = Messages.load();
        root = new CompositionRoot(db, messages, new FxTaskRunner(), new FxDialogService(messages, () -> stage));
        Scene scene = new Scene(root.mainView(stage::close), 1280, 800);
        BaoCaoApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
        root.start();
    }

    @AfterEach
    void close() {
        root.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fromAnEmptyDatabaseToTheAnnualReportOfNamDan(FxRobot robot) throws Exception {
        Node page = robot.lookup("#myUnitPage").query();
        waitUntil(page::isVisible);
        robot.clickOn("#myUnitQuery").write("nam dan");
        ListView<AdminUnit> results = robot.lookup("#myUnitResults").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#myUnitQuery").queryTextInputControl().getText()).isEqualTo("nam dan");
        waitUntil(() -> !results.getItems().isEmpty());
        assertThat(results.getItems().get(0).code()).isEqualTo("01141");
        waitUntil(() -> robot.lookup("#myUnitPreview").queryLabeled().getText().startsWith("ỦY BAN NHÂN DÂN\nXÃ NẤM DẨN"));
        shoot(robot, "07-don-vi-cua-toi.png");
        robot.clickOn("#myUnitUse");
        waitUntil(() -> !page.isVisible());
        waitUntil(() -> root.data().areaProperty().get() != null && "01141".equals(root.data().areaProperty().get().code())
                && root.data().row("LD01") != null);
        assertThat(root.data().periodProperty().get()).isEqualTo(Period.year(Year.now().getValue()));

        robot.interact(() -> root.main().show(Page.CATALOG));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> root.areas().areas().stream().anyMatch(a -> a.code().equals("01141")));
        robot.interact(() -> root.areas().selectedProperty().set(root.areas().areas().stream()
                .filter(a -> a.code().equals("01141")).findFirst().orElseThrow()));
        for (String name : new String[] {"Mẫu Một", "Mẫu Hai"}) {
            robot.clickOn("#areasNew");
            robot.doubleClickOn("#areaName").write(name);
            robot.clickOn("#areasAdd");
            waitUntil(() -> root.areas().areas().stream().anyMatch(a -> a.name().equals(name)));
        }
        assertThat(root.areas().areas()).extracting(a -> a.code()).contains("01141.T01", "01141.T02");
        shoot(robot, "08-dia-ban.png");

        robot.interact(() -> root.main().show(Page.DATA));
        waitUntil(() -> root.data().row("LD01") != null);
        robot.interact(() -> {
            root.data().planDocumentProperty().set("Nghị quyết số 58/NQ-HĐND ngày 23/12/2025 của HĐND xã Nấm Dẩn");
            assertThat(root.data().commitPlan(root.data().row("LD01"), "≥ 300")).isTrue();
            assertThat(root.data().commitPlan(root.data().row("KT02"), "4.500")).isTrue();
            assertThat(root.data().commit(root.data().row("LD01"), "320")).isTrue();
            assertThat(root.data().commit(root.data().row("KT02"), "4.610")).isTrue();
            assertThat(root.data().commit(root.data().row("DS01"), "12.210")).isTrue();
        });
        waitUntil(() -> "106,67%".equals(root.data().row("LD01").percentProperty().get()));

        robot.interact(() -> root.main().show(Page.REPORT));
        waitUntil(() -> root.report().choices().areaProperty().get() != null && "01141".equals(root.report().choices().areaProperty().get().code()));
        robot.interact(() -> {
            root.report().choices().templateProperty().set(root.report().choices().templates().stream()
                    .filter(t -> t.id().equals("bao-cao-nam")).findFirst().orElseThrow());
            root.report().choosePeriod(String.valueOf(Year.now().getValue()));
            root.report().newReport();
        });
        waitUntil(() -> root.report().pageCountProperty().get() > 0);
        assertThat(root.report().header().issuingAgencyProperty().get()).isEqualTo("ỦY BAN NHÂN DÂN\nXÃ NẤM DẨN");
        assertThat(root.report().header().placeProperty().get()).isEqualTo("Nấm Dẩn");
        robot.interact(() -> root.report().save());
        waitUntil(() -> root.report().currentProperty().get() != null && root.report().currentProperty().get().id() > 0);
        AdministrativeDocument doc = new ReportService(root.database()).compose(root.report().currentProperty().get().id()).document();
        assertThat(doc.letterhead().issuingAgency()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN");
        assertThat(doc.placeAndDate().place()).isEqualTo("Nấm Dẩn");
        assertThat(doc.recipients()).contains("UBND tỉnh Tuyên Quang (b/c)");
    }

    @Test
    void theSecondDemoSaysSampleDataAndMarksLastYearsAggregatedFigures(FxRobot robot) throws Exception {
        Node page = robot.lookup("#myUnitPage").query();
        waitUntil(page::isVisible);
        vn.baocao.document.demo.Demo2025.load(root.database(), java.time.LocalDate.now());
        robot.interact(() -> root.main().dataChanged());
        waitUntil(() -> !page.isVisible() || root.myUnit().currentProperty().get().contains("01141"));
        robot.interact(() -> root.myUnit().close());
        waitUntil(() -> root.data().areaProperty().get() != null && "01141".equals(root.data().areaProperty().get().code()));
        robot.interact(() -> root.data().choosePeriod("2025"));
        waitUntil(() -> root.data().row("LD01") != null && root.data().row("LD01").previousProperty().get().endsWith(" *"));
        assertThat(robot.lookup("#statusAreaPeriod").queryLabeled().getText()).contains("DỮ LIỆU MẪU");
        assertThat(root.data().row("BH01").previousProperty().get()).endsWith(" *");
        assertThat(root.data().row("LD01").detailsProperty().get()).contains("* số liệu năm 2024 là tổng của các xã");
        robot.interact(() -> {
            javafx.scene.control.TableView<?> grid = robot.lookup("#dataGrid").queryTableView();
            grid.scrollTo(grid.getItems().indexOf(root.data().row("LD01")) - 3);
        });
        shoot(robot, "09-du-lieu-mau-2025.png");
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        if (!"true".equals(System.getProperty("screenshots"))) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        Path out = Path.of("docs/screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.resolve(name).toFile());
    }
}
