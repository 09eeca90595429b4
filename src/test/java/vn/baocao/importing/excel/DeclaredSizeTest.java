package vn.baocao.importing.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Too large" from the workbook's own declarations, before its rows are read (issue 12). */
class DeclaredSizeTest {
    @TempDir
    Path dir;

    @Test
    void aMillionRowSheetIsRefusedFromItsDimension() throws Exception {
        Path file = HugeXlsx.write(dir.resolve("trieu dong.xlsx"), 1_000_000, true, 1);
        assertThatThrownBy(() -> WorkbookReader.read(file.toFile())).isInstanceOf(WorkbookReadException.class)
                .hasMessageContaining("quá lớn").hasMessageContaining("1000000 dòng × 2 cột")
                .satisfies(e -> assertThat(((WorkbookReadException) e).problem()).isEqualTo(ReadProblem.TOO_LARGE));
    }

    @Test
    void aSharedStringTableDeclaringMillionsOfStringsIsRefused() throws Exception {
        Path file = HugeXlsx.write(dir.resolve("chuoi.xlsx"), 10, true, 3_000_000);
        assertThatThrownBy(() -> WorkbookReader.read(file.toFile())).isInstanceOf(WorkbookReadException.class)
                .hasMessageContaining("3000000 chuỗi văn bản khác nhau");
    }

    @Test
    void anOrdinarySheetIsReadAndRangesAreMeasured() throws Exception {
        Path file = HugeXlsx.write(dir.resolve("nho.xlsx"), 100, true, 1);
        assertThat(WorkbookReader.read(file.toFile()).sheets()).hasSize(1);
        assertThat(XlsxDeclaredSize.size("A1:J1000000")).containsExactly(1_000_000, 10);
        assertThat(XlsxDeclaredSize.size("$B$2:$AA$5")).containsExactly(4, 26);
        assertThat(XlsxDeclaredSize.size("C7")).containsExactly(1, 1);
        assertThat(XlsxDeclaredSize.size("rác")).isNull();
    }
}
