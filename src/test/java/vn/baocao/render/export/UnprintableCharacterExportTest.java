package vn.baocao.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;

/**
 * A character the document font has no glyph for ("✓" pasted from Word): the PDF cannot hold it. The clerk used to
 * be told only that the content could not be built ("chi tiết trong tệp nhật ký"); now the message names the
 * character, its code and the text around it, and nothing is written.
 */
class UnprintableCharacterExportTest {
    @TempDir
    Path dir;

    @Test
    void theMessageNamesTheCharacterAndWhereItIs() throws Exception {
        Path pdf = dir.resolve("thong-bao.pdf");
        Path docx = dir.resolve("thong-bao.docx");
        ExportException e = catchThrowableOfType(ExportException.class,
                () -> new DocumentExport().export(document("Đã hoàn thành ✓ đúng hạn."), new ExportTargets(docx, pdf)));
        assertThat(e.getMessage()).contains("“✓”", "U+2713", "Đã hoàn thành ✓ đúng hạn.", "thong-bao.pdf")
                .doesNotContain("nhật ký");
        assertThat(Files.exists(pdf)).isFalse();
        assertThat(Files.exists(docx)).isFalse();
    }

    @Test
    void aLongTextIsQuotedAroundTheCharacterOnly() throws Exception {
        String before = "Nội dung rất dài ".repeat(10);
        ExportException e = catchThrowableOfType(ExportException.class, () -> new DocumentExport()
                .export(document(before + "\uFFFD" + " phần sau"), new ExportTargets(null, dir.resolve("a.pdf"))));
        assertThat(e.getMessage()).contains("U+FFFD", "“…dung rất dài Nội dung rất dài \uFFFD phần sau”")
                .doesNotContain(before);
    }

    private static AdministrativeDocument document(String paragraph) {
        return DocumentBuilder.of(DocumentType.THONG_BAO)
                .agency(List.of(), List.of("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN"))
                .number(3, "TB-UBND")
                .placeAndDate("Nấm Dẩn", LocalDate.of(2026, 4, 9))
                .summary("Ký hiệu dán từ Word")
                .paragraph(paragraph)
                .recipients("Lưu: VT")
                .build();
    }
}
