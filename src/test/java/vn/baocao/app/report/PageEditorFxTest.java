package vn.baocao.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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
 * The "Nội dung" tab edits the report as it prints: fields are tokens showing their printed value with their source on
 * hover, a field typed as {{…}} becomes one, the letterhead and signer in use are on the page, the keyboard adds and
 * formats paragraphs, and a change in Cài đặt is offered to the open report (Áp dụng / Bỏ qua), never applied by itself.
 */
@ExtendWith(ApplicationExtension.class)
class PageEditorFxTest {
    private CompositionRoot root;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        root = AppFixture.show(stage, Files.createTempDirectory("baocao-page-fx"), 1280, 860, dialogs);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(root::close);
    }

    private void openBody(FxRobot robot) throws Exception {
        robot.clickOn("#nav-report");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> root.report().choices().templates().size() == 8
                && root.report().choices().periodProperty().get() != null && root.report().choices().areaProperty().get() != null);
        robot.clickOn("#reportNew");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> root.report().currentProperty().get() != null
                && root.report().fieldsProperty().get() != null);
        javafx.scene.control.TabPane tabs = robot.lookup("#reportTabs").query();
        robot.clickOn(tabs.lookupAll(".tab").stream().filter(t -> t.lookup(".tab-label") instanceof Label l
                && l.getText().equals("Nội dung")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(2);
    }

    /** Puts the caret at the end of the block, scrolled into view, as a click there would. */
    private void edit(FxRobot robot, FieldArea area) {
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(area.getLength());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Label> tokens(FxRobot robot) {
        return robot.lookup(".field-token").queryAllAs(Label.class).stream().toList();
    }

    /** The first paragraph the clerk writes in (not a heading, not a generated part). */
    private FieldArea firstParagraph(FxRobot robot) {
        return robot.lookup(".paragraph-area").queryAllAs(FieldArea.class).iterator().next();
    }

    @Test
    void fieldsShowTheirPrintedValueAndTheirSource(FxRobot robot) throws Exception {
        openBody(robot);
        List<Label> tokens = tokens(robot);
        assertThat(tokens).isNotEmpty();
        assertThat(tokens).allSatisfy(t -> assertThat(t.getText()).doesNotContain("{{"));
        assertThat(tokens).anySatisfy(t -> assertThat(t.getText()).isEqualTo("năm 2023"));

        // A field typed as the clerk knows it becomes a token with the printed figure and its source.
        FieldArea area = firstParagraph(robot);
        edit(robot, area);
        robot.write(" Tạo việc làm cho {{LD01.thuc_hien}} lao động.");
        WaitForAsyncUtils.waitForFxEvents();
        BodyBlock block = root.report().blocks().stream().filter(b -> b.textProperty().get().contains("LD01"))
                .findFirst().orElseThrow();
        assertThat(block.textProperty().get()).endsWith(" Tạo việc làm cho {{LD01.thuc_hien}} lao động.");
        assertThat(area.getText()).doesNotContain("{{").contains("Tạo việc làm cho \ufffc lao động.");
        Label ld01 = tokens(robot).stream().filter(t -> t.getTooltip().getText().contains("LD01")).findFirst().orElseThrow();
        assertThat(ld01.getText()).isEqualTo("2.278");
        assertThat(ld01.getTooltip().getText()).contains("Chỉ tiêu: LD01", "Mục: số thực hiện", "Địa bàn: huyện Xín Mần",
                "kỳ: năm 2023", "Nguồn số liệu:", "{{LD01.thuc_hien}}");

        // A token is deleted whole: one Backspace right after it removes the figure and nothing else.
        robot.interact(() -> area.moveTo(area.getText().lastIndexOf('\ufffc') + 1));
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(block.textProperty().get()).endsWith(" Tạo việc làm cho  lao động.").doesNotContain("LD01")
                .contains("{{ky_sau}}");
        // The trích yếu on the page is printed with its fields filled.
        assertThat(robot.lookup("#pageSummary").queryLabeled().getText()).contains("năm 2023").doesNotContain("{{");

        // Generated parts are shown as they print, read-only.
        assertThat(robot.lookup(".generated-part").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".generated-part .generated-text").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("chỉ tiêu"));
        shoot(robot, "11-soan-thao-nhu-khi-in.png");
    }

    @Test
    void thePageIsSetInTheDocumentFaceAndALongFieldStaysOnThePaper(FxRobot robot) throws Exception {
        openBody(robot);
        // the face the documents print in, not the system's sans face
        String family = PaperFont.family();
        assertThat(family).isIn("Times New Roman", "Liberation Serif");
        List<javafx.scene.text.Text> texts = robot.lookup(".field-area .text").queryAllAs(javafx.scene.text.Text.class)
                .stream().filter(t -> !t.getText().isBlank()).toList();
        assertThat(texts).isNotEmpty().allSatisfy(t -> assertThat(t.getFont().getFamily()).isEqualTo(family));
        assertThat(robot.lookup("#pageIssuingAgency").queryLabeled().getFont().getFamily()).isEqualTo(family);

        // the căn cứ is one long field: it wraps inside its block, never past the paper's right edge
        Label canCu = tokens(robot).stream().filter(t -> t.getText().startsWith("Nghị quyết số")).findFirst().orElseThrow();
        Node paper = robot.lookup(".paper").query();
        FieldArea block = robot.lookup(".field-area").queryAllAs(FieldArea.class).stream()
                .filter(a -> a.lookupAll(".field-token").contains(canCu)).findFirst().orElseThrow();
        double right = canCu.localToScene(canCu.getBoundsInLocal()).getMaxX();
        assertThat(right).isLessThanOrEqualTo(block.localToScene(block.getBoundsInLocal()).getMaxX());
        assertThat(right).isLessThan(paper.localToScene(paper.getBoundsInLocal()).getMaxX());
        assertThat(canCu.getHeight()).as("wrapped over several lines").isGreaterThan(canCu.getFont().getSize() * 2);
    }

    @Test
    void theLetterheadAndSignerInUseAreOnThePage(FxRobot robot) throws Exception {
        openBody(robot);
        assertThat(robot.lookup("#pageIssuingAgency").queryLabeled().getText()).contains("XÍN MẦN");
        robot.interact(() -> root.report().header().signerNameProperty().set("Nguyễn Văn Ký"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pageSigner").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anySatisfy(n -> assertThat(((Label) n).getText()).isEqualTo("Nguyễn Văn Ký"));
    }

    @Test
    void theKeyboardAddsParagraphsAndBoldText(FxRobot robot) throws Exception {
        openBody(robot);
        int before = root.report().blocks().size();
        FieldArea area = firstParagraph(robot);
        edit(robot, area);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.report().blocks()).hasSize(before + 1);
        robot.press(KeyCode.SHORTCUT).press(KeyCode.B).release(KeyCode.B).release(KeyCode.SHORTCUT);
        robot.write("Kết quả nổi bật");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.report().blocks()).anySatisfy(b -> assertThat(b.textProperty().get()).isEqualTo("**Kết quả nổi bật**"));
        // Alt+Up moves the new paragraph above the one it followed.
        int at = indexOf("**Kết quả nổi bật**");
        robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(indexOf("**Kết quả nổi bật**")).isEqualTo(at - 1);
    }

    private int indexOf(String markup) {
        for (int i = 0; i < root.report().blocks().size(); i++) {
            if (root.report().blocks().get(i).textProperty().get().equals(markup)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aChangeInSettingsIsOfferedNeverAppliedByItself(FxRobot robot) throws Exception {
        openBody(robot);
        FieldArea area = firstParagraph(robot);
        edit(robot, area);
        robot.write(" Đoạn đã sửa.");
        String agency = robot.lookup("#pageIssuingAgency").queryLabeled().getText();

        changeIssuingAgency(robot, "ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM");
        Node bar = robot.lookup("#reportSettingsBar").query();
        assertThat(bar.isVisible()).isTrue();
        assertThat(root.report().settingsOfferProperty().get()).startsWith("Cài đặt đã thay đổi (cơ quan ban hành");
        assertThat(robot.lookup("#pageIssuingAgency").queryLabeled().getText()).isEqualTo(agency);

        // Bỏ qua keeps the report's header.
        robot.clickOn("#reportSettingsIgnore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isVisible()).isFalse();
        assertThat(robot.lookup("#pageIssuingAgency").queryLabeled().getText()).isEqualTo(agency);

        // Offered again on the next change; Áp dụng takes it (by keyboard, Alt+P) and keeps the clerk's text.
        changeIssuingAgency(robot, "ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM MỚI");
        assertThat(bar.isVisible()).isTrue();
        shoot(robot, "12-cai-dat-da-thay-doi.png");
        robot.press(KeyCode.ALT).press(KeyCode.P).release(KeyCode.P).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isVisible()).isFalse();
        assertThat(robot.lookup("#pageIssuingAgency").queryLabeled().getText()).endsWith("HUYỆN THỬ NGHIỆM MỚI");
        assertThat(root.report().blocks()).anySatisfy(b -> assertThat(b.textProperty().get()).endsWith(" Đoạn đã sửa."));
    }

    private void changeIssuingAgency(FxRobot robot, String agency) throws Exception {
        robot.interact(() -> {
            root.settings().issuingAgencyProperty().set(agency);
            root.settings().save();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !root.report().settingsOfferProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screenshots for the user guide, written when -Dscreenshots=DIR is given. */
    private void shoot(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("screenshots");
        if (dir == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", Path.of(dir).resolve(name).toFile());
    }
}
