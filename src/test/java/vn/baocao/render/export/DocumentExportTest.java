package vn.baocao.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.compose.ComposedReport;
import vn.baocao.document.compose.PlaceholderException;
import vn.baocao.document.compose.PlaceholderProblem;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.check.PdfGlyphs;

/** Compose once, render twice: the files written, and the one error type with its Vietnamese sentence. */
class DocumentExportTest {
    @TempDir
    Path dir;

    @Test
    void composesOnceThenWritesBothFiles() throws Exception {
        AdministrativeDocument doc = SeedFixtures.load("001");
        List<String> steps = new ArrayList<>();
        int[] composed = {0};
        DocumentExport.Exported done = new DocumentExport().export(() -> {
            composed[0]++;
            return new ComposedReport(doc, List.of(), null);
        }, ExportTargets.both(dir, "bc"), c -> steps.add("checked"), (i, n) -> steps.add(i + "/" + n));
        assertThat(composed[0]).isEqualTo(1);
        assertThat(steps).containsExactly("0/3", "checked", "1/3", "2/3", "3/3");
        assertThat(done.docx()).hasFileName("bc.docx");
        assertThat(Files.readAllBytes(done.docx())).startsWith('P', 'K');
        assertThat(PdfGlyphs.pages(Files.readAllBytes(done.pdf()))).isGreaterThan(1);
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsWritten() {
        Path missing = dir.resolve("không có").resolve("bc.pdf");
        assertThatThrownBy(() -> new DocumentExport().export(SeedFixtures.load("000"), new ExportTargets(null, missing)))
                .isInstanceOf(ExportException.class)
                .hasMessage("Không ghi được tệp " + missing.toAbsolutePath() + ": thư mục "
                        + missing.toAbsolutePath().getParent() + " không tồn tại.")
                .satisfies(e -> assertThat(((ExportException) e).file()).isEqualTo(missing.toAbsolutePath()));
    }

    @Test
    void aRefusingCheckOrUnfilledPlaceholdersStopBeforeAnyFile() throws Exception {
        AdministrativeDocument doc = SeedFixtures.load("000");
        assertThatThrownBy(() -> new DocumentExport().export(() -> new ComposedReport(doc, List.of(), null),
                ExportTargets.both(dir, "a"), c -> {
                    throw ExportException.refused("còn 1 cảnh báo số liệu chưa được chấp nhận; chưa xuất tệp.");
                }, DocumentExport.Progress.NONE)).hasMessage("còn 1 cảnh báo số liệu chưa được chấp nhận; chưa xuất tệp.");
        PlaceholderProblem p = new PlaceholderProblem("{{LD99.thuc_hien}}", "đoạn 3", "không có chỉ tiêu mã \"LD99\"");
        assertThatThrownBy(() -> new DocumentExport().export(() -> {
            throw new PlaceholderException(List.of(p));
        }, ExportTargets.both(dir, "b"), DocumentExport.Check.NONE, DocumentExport.Progress.NONE))
                .isInstanceOf(ExportException.class).hasMessageStartingWith("Văn bản có 1 chỗ điền số liệu không hợp lệ")
                .satisfies(e -> assertThat(((ExportException) e).problems()).containsExactly(p));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnreadableDocumentFileIsTheSameErrorType() throws Exception {
        Path json = Files.writeString(dir.resolve("vb.json"), "{ không phải JSON");
        assertThatThrownBy(() -> new DocumentExport().read(json)).isInstanceOf(ExportException.class)
                .hasMessageContaining(json.toString()).hasMessageContaining("không phải JSON hợp lệ");
    }
}
