package vn.baocao.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileWriterTest {
    static final OutputKind WORD = new OutputKind("tệp", "Word");
    static final OutputKind PDF = new OutputKind("tệp", "trình đọc PDF");

    @TempDir
    Path dir;

    @Test
    void replacesTheTargetInOneStepAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("Báo cáo.docx");
        Files.writeString(target, "cũ", StandardCharsets.UTF_8);
        SafeFileWriter.write(target, WORD, out -> out.write("mới".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("mới");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Báo cáo.docx");
        }
    }

    @Test
    void aFailureWhileWritingKeepsTheOldFileAndSaysSoInVietnamese() throws Exception {
        Path target = dir.resolve("a.pdf");
        Files.writeString(target, "cũ", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SafeFileWriter.write(target, PDF, out -> {
            out.write(new byte[5000]);
            throw new IOException("Hết chỗ trên đĩa");
        })).isInstanceOf(FileWriteException.class)
                .hasMessage("Không ghi được tệp " + target.toAbsolutePath() + ": Hết chỗ trên đĩa. Tệp chưa bị thay đổi.")
                .satisfies(e -> assertThat(((FileWriteException) e).file()).isEqualTo(target.toAbsolutePath()));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("cũ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.pdf");
        }
    }

    @Test
    void aMissingFolderOrAFolderOfTheSameNameIsNamedAndNothingIsCreated() throws Exception {
        Path missing = dir.resolve("không có").resolve("a.docx");
        assertThatThrownBy(() -> SafeFileWriter.write(missing, WORD, out -> out.write(1)))
                .hasMessage("Không ghi được tệp " + missing.toAbsolutePath() + ": thư mục "
                        + missing.toAbsolutePath().getParent() + " không tồn tại.");
        Path folder = Files.createDirectory(dir.resolve("b.docx"));
        assertThatThrownBy(() -> SafeFileWriter.write(folder, WORD, out -> out.write(1)))
                .hasMessage("Không ghi được tệp " + folder.toAbsolutePath() + ": đã có một thư mục cùng tên.");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("b.docx");
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledWriteIsSweptByTheNextWriteOfTheSameFile(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path orphan = folder.resolve(".Báo cáo.docx-12345.tmp");
        Path fresh = folder.resolve(".Báo cáo.docx-" + ProcessHandle.current().pid() + "-67890.tmp");
        Path deadWriter = folder.resolve(".Báo cáo.docx-" + Integer.MAX_VALUE + "-1.tmp");
        Path other = folder.resolve(".khac.docx-1.tmp");
        for (Path p : new Path[] {orphan, fresh, other, deadWriter}) {
            java.nio.file.Files.writeString(p, "x");
        }
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
        java.nio.file.Files.setLastModifiedTime(orphan, old);
        java.nio.file.Files.setLastModifiedTime(other, old);
        SafeFileWriter.write(folder.resolve("Báo cáo.docx"), OutputKind.DOCUMENT, out -> out.write(1));
        org.assertj.core.api.Assertions.assertThat(orphan).doesNotExist();
        org.assertj.core.api.Assertions.assertThat(fresh).as("belongs to a write still running").exists();
        org.assertj.core.api.Assertions.assertThat(deadWriter).as("its process is gone").doesNotExist();
        org.assertj.core.api.Assertions.assertThat(other).exists();
    }
}
