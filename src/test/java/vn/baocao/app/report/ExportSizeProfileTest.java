package vn.baocao.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.TestDatabase;
import vn.baocao.app.settings.SettingsStore;
import vn.baocao.app.settings.SettingsViewModel;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.document.SizeProfile;
import vn.baocao.render.check.RenderedSizes;
import vn.baocao.store.Database;

/**
 * Cài đặt → "Cỡ chữ" really sets the body size of the exported files: chosen and saved on the settings page, then
 * exported from the report page; read back from the .docx and the PDF (the command line: ReportCommandTest).
 */
class ExportSizeProfileTest {
    @TempDir
    Path folder;
    private Database db;
    private RecordingDialogs dialogs;
    private SettingsStore settings;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.withDemo(folder);
        dialogs = new RecordingDialogs();
        settings = new SettingsStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void choose(SizeProfile profile) {
        SettingsViewModel page = new SettingsViewModel(settings, new SameThreadTaskRunner(), dialogs, Messages.load(),
                LocalDateTime::now);
        page.load();
        page.sizeProfileProperty().set(profile);
        page.save();
        assertThat(page.messageProperty().get()).isEqualTo("Đã lưu cài đặt.");
    }

    private ExportedFiles exportFromTheReportPage(String out) throws Exception {
        ReportViewModel vm = new ReportViewModel(new ReportStore(db), new SameThreadTaskRunner(), dialogs, Messages.load(),
                settings::current, path -> false);
        vm.load();
        vm.choosePeriod("2023");
        vm.choices().templateProperty().set(vm.choices().templates().stream().filter(t -> t.id().equals("bao-cao-nam")).findFirst().orElseThrow());
        vm.newReport();
        dialogs.folder = Files.createDirectories(folder.resolve(out));
        dialogs.answer = true;
        vm.export();
        assertThat(dialogs.errors).isEmpty();
        return vm.exportedProperty().get();
    }

    @Test
    void theWindowExportsP14ByDefaultAndP13OnceChosen() throws Exception {
        ExportedFiles p14 = exportFromTheReportPage("p14");
        assertThat(RenderedSizes.wordStyleSizePt(Files.readAllBytes(p14.docx()), "BodyText")).isEqualTo(14.0);
        assertThat(RenderedSizes.pdfCommonestSizePt(Files.readAllBytes(p14.pdf()))).isEqualTo(14.0);

        choose(SizeProfile.P13);
        ExportedFiles p13 = exportFromTheReportPage("p13");
        assertThat(RenderedSizes.wordStyleSizePt(Files.readAllBytes(p13.docx()), "BodyText")).isEqualTo(13.0);
        assertThat(RenderedSizes.pdfCommonestSizePt(Files.readAllBytes(p13.pdf()))).isEqualTo(13.0);
    }
}
