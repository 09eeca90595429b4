package vn.baocao.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
    void bothFilesMadeTogetherAreTheFilesMadeAlone() throws Exception {
        // the Word file is made on a second thread while the PDF is made: the same bytes as each made on its own
        AdministrativeDocument doc = SeedFixtures.load("004");
        Path together = Files.createDirectories(dir.resolve("together"));
        Path alone = Files.createDirectories(dir.resolve("alone"));
        new DocumentExport().export(doc, ExportTargets.both(together, "bc"));
        new DocumentExport().export(doc, new ExportTargets(alone.resolve("bc.docx"), null));
        new DocumentExport().export(doc, new ExportTargets(null, alone.resolve("bc.pdf")));
        assertThat(parts(together.resolve("bc.docx"))).isEqualTo(parts(alone.resolve("bc.docx")));
        byte[] both = Files.readAllBytes(together.resolve("bc.pdf"));
        byte[] one = Files.readAllBytes(alone.resolve("bc.pdf"));
        assertThat(PdfGlyphs.pages(both)).isEqualTo(PdfGlyphs.pages(one)).isEqualTo(14);
        assertThat(placed(both)).isEqualTo(placed(one));
    }

    /** Every glyph with its place and font (without the subset tag, which is random per file). */
    private static List<String> placed(byte[] pdf) throws IOException {
        return PdfGlyphs.read(pdf).stream().map(g -> g.page() + " " + g.text() + " " + g.x() + " " + g.y() + " "
                + g.size() + " " + g.font().replaceFirst("^[A-Z]{6}\\+", "")).toList();
    }

    /** The parts of a .docx and their text (the zip's entry times and the creation date differ from run to run). */
    private static Map<String, String> parts(Path docx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                parts.put(e.getName(), text.replaceAll("<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\\1>", ""));
            }
        }
        return parts;
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
