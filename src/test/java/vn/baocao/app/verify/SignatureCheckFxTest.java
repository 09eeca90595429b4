package vn.baocao.app.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.baocao.app.AppFixture;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.start.CompositionRoot;

/**
 * The real window, by keyboard: Ctrl+K opens "Kiểm tra chữ ký số", Enter chooses a file signed twice, Alt+G imports
 * the root, both signatures show as valid and trusted, Esc closes. With -Dscreenshots=true it writes
 * docs/screenshots/10-kiem-tra-chu-ky.png.
 */
@ExtendWith(ApplicationExtension.class)
class SignatureCheckFxTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private CompositionRoot root;
    private Stage stage;
    private SignedPdfs pdfs;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = Files.createTempDirectory("baocao-verify");
        pdfs = new SignedPdfs(folder);
        root = AppFixture.show(stage, folder, 1280, 800, dialogs);
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
    void checksAFileSignedTwiceFromTheKeyboard(FxRobot robot) throws Exception {
        Node page = robot.lookup("#signatureCheckPage").query();
        assertThat(page.isVisible()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(page::isVisible);
        assertThat(robot.lookup("#signatureCheckChoose").queryButton().isFocused()).isTrue();
        assertThat(robot.lookup("#signatureCheckAnchors").queryLabeled().getText()).startsWith("Chưa nhập chứng thư gốc");

        dialogs.fileToOpen = pdfs.signedTwice;
        robot.type(KeyCode.ENTER);
        VBox list = robot.lookup("#signatureCheckList").queryAs(VBox.class);
        waitUntil(() -> list.getChildren().size() == 2);
        assertThat(robot.lookup("#signatureCheckMessage").queryLabeled().getText()).contains("2 chữ ký", "chưa được tin cậy");

        dialogs.fileToOpen = pdfs.rootFile;
        robot.press(KeyCode.ALT, KeyCode.G).release(KeyCode.G, KeyCode.ALT);
        waitUntil(() -> robot.lookup("#signatureCheckMessage").queryLabeled().getText().contains("tất cả hợp lệ"));
        assertThat(list.getChildren()).hasSize(2);
        assertThat(robot.from(list).lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Chữ ký 1: HỢP LỆ", "Chữ ký 2: HỢP LỆ", SignedPdfs.SIGNER, SignedPdfs.UNIT,
                        "chỉ thêm 1 chữ ký số sau, nội dung đã ký còn nguyên", "tệp không thay đổi",
                        "có, dẫn tới chứng thư gốc đã nhập");
        shoot(robot, "10-kiem-tra-chu-ky.png");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !page.isVisible());
        assertThat(root.signatures().shownProperty().get()).isFalse();
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
