package vn.baocao.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.baocao.app.data.IndicatorRow;
import vn.baocao.app.main.Page;
import vn.baocao.app.start.CompositionRoot;

/**
 * Renders every page with the demo data to docs/screenshots/*.png. Not part of the normal build; run with
 * {@code mvn test -Dtest=ScreenshotsTest -Dscreenshots=true}, and {@code -Dscreenshots.size=1024x600} (or 1366x768)
 * for the pages at a small screen's size, written to docs/screenshots/1024x600/.
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
    private static final String SIZE = System.getProperty("screenshots.size", "");
    private static final Path OUT = SIZE.isEmpty() ? Path.of("docs/screenshots") : Path.of("docs/screenshots", SIZE);
    private CompositionRoot root;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        int w = SIZE.isEmpty() ? 1280 : Integer.parseInt(SIZE.split("x")[0]);
        int h = SIZE.isEmpty() ? 800 : Integer.parseInt(SIZE.split("x")[1]);
        root = AppFixture.show(stage, Files.createTempDirectory("baocao-shots"), w, h);
    }

    @Test
    void everyPage(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        TableView<IndicatorRow> table = robot.lookup("#dataGrid").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() > 70);
        robot.interact(() -> root.data().choosePeriod("2023"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> root.data().row("VH05") != null
                && "101,3%".equals(root.data().row("VH05").percentProperty().get()));
        robot.interact(() -> {
            IndicatorRow vh05 = root.data().row("VH05");
            int i = table.getItems().indexOf(vh05);
            table.getSelectionModel().clearAndSelect(i, table.getColumns().get(4));
            table.scrollTo(Math.max(0, i - 1));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> root.data().trend().size() >= 2);
        // A reload still queued on the task runner may replace the rows and load the trend again: let it settle.
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> root.data().trend().size() >= 2);
        shoot(robot, "01-du-lieu.png");

        robot.interact(() -> root.data().commit(root.data().row("VH05"), "60.000"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "60%".equals(root.data().row("VH05").percentProperty().get()));
        robot.interact(() -> root.data().commit(root.data().row("LD01"), "1,435"));
        shoot(robot, "02-du-lieu-sau-khi-nhap.png");

        robot.interact(() -> root.main().show(Page.CATALOG));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> root.catalog().indicators().size() > 70);
        robot.interact(() -> root.catalog().selectedProperty().set(root.catalog().indicators().stream()
                .filter(i -> i.code().equals("LD01")).findFirst().orElseThrow()));
        shoot(robot, "03-danh-muc.png");

        robot.interact(() -> {
            root.main().show(Page.IMPORT);
            root.imports().choices().areaProperty().set(root.imports().choices().areas().stream()
                    .filter(a -> a.code().equals("XINMAN.NAMDAN")).findFirst().orElseThrow());
            root.imports().open(vn.baocao.importing.SampleWorkbooks.sample("synthetic-bieu01.xlsx").toPath());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> root.imports().results().previewProperty().get() != null);
        shoot(robot, "04-nhap-excel.png");
        robot.interact(() -> {
            root.settings().parentAgencyProperty().set("UBND TỈNH HÀ GIANG");
            root.settings().issuingAgencyProperty().set("ỦY BAN NHÂN DÂN HUYỆN XÍN MẦN");
            root.settings().placeProperty().set("Xín Mần");
            root.settings().addSigner();
            root.settings().updateSigner(0, new vn.baocao.app.settings.Signer(vn.baocao.app.settings.SignerAuthority.TM,
                    "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"));
            root.settings().save();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> root.settings().messageProperty().get().startsWith("Đã lưu"));

        robot.interact(() -> {
            root.main().show(Page.REPORT);
            root.report().choosePeriod("2023");
            root.report().newReport();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> root.report().pageCountProperty().get() > 0);
        robot.interact(() -> {
            root.report().header().numberProperty().set("15");
            root.report().header().dateProperty().set(java.time.LocalDate.of(2024, 1, 5));
            root.report().preview();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> root.report().messageProperty().get().startsWith("Bản xem trước"));
        shoot(robot, "05-bao-cao.png");

        robot.interact(() -> root.main().show(Page.SETTINGS));
        shoot(robot, "06-cai-dat.png");
        robot.interact(() -> {
            javafx.scene.Node page = robot.lookup("#backupNow").query();
            for (javafx.scene.Node n = page; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane sp) {
                    sp.setVvalue(1.0);
                }
            }
        });
        shoot(robot, "07-cai-dat-cuoi-trang.png");
        root.close();
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", OUT.resolve(name).toFile());
    }
}
