package vn.baocao.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
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

/**
 * The catalog picker in the real window, headless: the Biểu 01 sample asks which indicator row 17 is; the clerk
 * opens "Tìm…", types the name without marks, moves with the arrows, takes the line with Enter.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogPickerFxTest {
    private CompositionRoot root;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        dialogs.fileToOpen = ImportViewModelTest.sample("synthetic-bieu01.xlsx");
        root = AppFixture.show(stage, Files.createTempDirectory("baocao-picker-fx"), 1280, 800, dialogs);
    }

    @AfterEach
    void close() {
        root.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button findButton(FxRobot robot, String questionId) {
        return robot.lookup(".import-pick").queryAllAs(Button.class).stream()
                .filter(b -> questionId.equals(b.getUserData()) && b.isVisible()).findFirst().orElseThrow();
    }

    private static boolean pickerShowing(FxRobot robot) {
        return robot.lookup("#importPickerSearch").tryQuery().map(Node::isVisible)
                .map(v -> v && robot.lookup("#importPickerSearch").query().getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void anIndicatorIsFoundByItsNameWithoutMarksAndTakenWithTheKeyboard(FxRobot robot) throws Exception {
        ImportViewModel vm = root.imports();
        robot.clickOn("#nav-import");
        waitUntil(() -> vm.choices().areas().size() > 10);
        robot.interact(() -> vm.choices().areaProperty().set(vm.choices().areas().stream()
                .filter(a -> a.code().equals(ImportViewModelTest.AREA)).findFirst().orElseThrow()));
        robot.clickOn("#importChoose");
        waitUntil(() -> vm.results().previewProperty().get() != null && vm.results().questions().size() == 5);
        robot.interact(() -> robot.lookup("#importTabs").<TabPane>query().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        QuestionRow row17 = vm.results().questions().stream().filter(q -> q.id().equals("chi-tieu:17")).findFirst().orElseThrow();
        assertThat(row17.answerProperty().get()).isNull();

        // Esc closes without answering
        robot.clickOn(findButton(robot, "chi-tieu:17"));
        waitUntil(() -> pickerShowing(robot));
        robot.write("ho ngheo");
        waitUntil(() -> "ho ngheo".equals(robot.lookup("#importPickerSearch").queryAs(TextField.class).getText()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !pickerShowing(robot));
        assertThat(row17.answerProperty().get()).isNull();

        robot.clickOn(findButton(robot, "chi-tieu:17"));
        waitUntil(() -> pickerShowing(robot));
        TextField search = robot.lookup("#importPickerSearch").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();
        assertThat(search.getText()).isEmpty();
        robot.write("ti le ho ngheo");
        waitUntil(() -> "ti le ho ngheo".equals(search.getText()));
        @SuppressWarnings("unchecked")
        ListView<CatalogPicker.Item> list = robot.lookup("#importPickerList").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(CatalogPicker.Item::value).startsWith("LD06", "LD09", "LD10");
        assertThat(list.getItems().get(0).text()).isEqualTo("LD06 — Tỷ lệ hộ nghèo (đa chiều) (%)");
        robot.type(KeyCode.DOWN, 2);
        assertThat(list.getSelectionModel().getSelectedItem().value()).isEqualTo("LD10");
        robot.type(KeyCode.UP, 2);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !pickerShowing(robot));

        assertThat(row17.answerProperty().get()).isEqualTo("LD06");
        @SuppressWarnings("unchecked")
        ComboBox<String> answer = (ComboBox<String>) findButton(robot, "chi-tieu:17").getParent().getChildrenUnmodifiable().get(0);
        assertThat(answer.getValue()).isEqualTo("LD06");
        // LD06 is one of the importer's candidates, so the answer shows the candidate's label
        assertThat(answer.getEditor().getText()).startsWith("LD06 Tỷ lệ hộ nghèo (đa chiều)");

        // a code the importer did not propose shows as "MÃ — Tên (ĐVT)" and reads back as the code
        robot.clickOn(findButton(robot, "chi-tieu:15"));
        waitUntil(() -> pickerShowing(robot));
        robot.write("LD04");
        waitUntil(() -> "LD04".equals(robot.lookup("#importPickerSearch").queryAs(TextField.class).getText()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !pickerShowing(robot));
        QuestionRow row15 = vm.results().questions().stream().filter(q -> q.id().equals("chi-tieu:15")).findFirst().orElseThrow();
        assertThat(row15.answerProperty().get()).isEqualTo("LD04");
        @SuppressWarnings("unchecked")
        ComboBox<String> answer15 = (ComboBox<String>) findButton(robot, "chi-tieu:15").getParent().getChildrenUnmodifiable().get(0);
        assertThat(answer15.getEditor().getText()).isEqualTo("LD04 — Tỷ lệ lao động qua đào tạo (%)");
        robot.clickOn(answer15.getEditor());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row15.answerProperty().get()).isEqualTo("LD04");

        // the rest of the flow is unchanged: applying the answers asks no more about row 17
        robot.clickOn("#importApplyAnswers");
        waitUntil(() -> vm.results().questions().stream().noneMatch(q -> q.id().equals("chi-tieu:17") || q.id().equals("chi-tieu:15")));
        assertThat(dialogs.errors).isEmpty();
    }
}
