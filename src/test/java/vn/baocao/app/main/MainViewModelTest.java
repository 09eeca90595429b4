package vn.baocao.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.app.AppArguments;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.store.DemoDataset;

class MainViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> calls = new ArrayList<>();
    private final MainViewModel vm = new MainViewModel(Messages.load(), new SameThreadTaskRunner(), dialogs,
            Path.of("/tmp/baocao.db"), p -> new DemoDataset.Summary(20, 1, 29, 66));

    @Test
    void startsOnDataAndShowsTheDatabase() {
        assertThat(vm.pageProperty().get()).isEqualTo(Page.DATA);
        assertThat(vm.databaseTextProperty().get()).isEqualTo("Cơ sở dữ liệu: /tmp/baocao.db");
    }

    @Test
    void saveGoesToThePageAndUndoOnlyToTheGrid() {
        vm.onSave(Page.SETTINGS, () -> calls.add("save settings"));
        vm.onUndoRedo(() -> calls.add("undo"), () -> calls.add("redo"));
        vm.save();
        assertThat(vm.noticeProperty().get()).contains("lưu ngay khi nhập");
        vm.undo();
        vm.redo();
        vm.show(Page.SETTINGS);
        vm.save();
        vm.undo();
        assertThat(calls).containsExactly("undo", "redo", "save settings");
    }

    @Test
    void theDemoIsLoadedOnlyAfterConfirmation() {
        vm.onDataChanged(() -> calls.add("reload"));
        dialogs.answer = false;
        vm.loadDemo();
        assertThat(calls).isEmpty();
        dialogs.answer = true;
        vm.loadDemo();
        assertThat(calls).containsExactly("reload");
        assertThat(vm.noticeProperty().get()).isEqualTo("Đã nạp dữ liệu mẫu: 1 chỉ tiêu, 29 kế hoạch, 66 số liệu.");
    }

    @Test
    void everyPageIsAvailable() {
        assertThat(Page.IMPORT.available()).isTrue();
        assertThat(Page.REPORT.available()).isTrue();
        assertThat(Page.DATA.available()).isTrue();
    }

    @Test
    void windowArgumentsAreTellApartFromCommands() {
        assertThat(AppArguments.wantsWindow(new String[0])).isTrue();
        assertThat(AppArguments.wantsWindow(new String[] {"--smoke", "--db", "x.db"})).isTrue();
        assertThat(AppArguments.wantsWindow(new String[] {"catalog", "list"})).isFalse();
        AppArguments a = AppArguments.parse(List.of("--smoke", "--db", "x.db"));
        assertThat(a.smoke()).isTrue();
        assertThat(a.database()).isEqualTo(Path.of("x.db"));
        assertThat(AppArguments.parse(List.of("--db=y.db")).database()).isEqualTo(Path.of("y.db"));
    }

    @Test
    void theSecondDemoSaysItIsSampleDataBeforeLoading() {
        vm.onDataChanged(() -> calls.add("reload"));
        vm.onDemo2025(p -> {
            calls.add("load 2025");
            return "Đã nạp dữ liệu mẫu xã Nấm Dẩn";
        });
        dialogs.answer = false;
        vm.loadDemo2025();
        assertThat(calls).isEmpty();
        assertThat(dialogs.questions.get(0)).contains("không phải thông tin chính thức");
        dialogs.answer = true;
        vm.loadDemo2025();
        assertThat(calls).containsExactly("load 2025", "reload");
        assertThat(vm.noticeProperty().get()).isEqualTo("Đã nạp dữ liệu mẫu xã Nấm Dẩn");
    }
}
