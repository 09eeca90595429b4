package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** picocli's own complaints about a mistyped command reach the clerk in Vietnamese only. */
class UsageErrorsTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.on(dir.resolve("baocao.db"), args);
    }

    @Test
    void missingUnknownAndInvalidArgumentsAreToldInVietnamese() {
        CliRun missing = run("values", "set", "LD01");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Lỗi: Thiếu tùy chọn --period P, tham số VALUE.").contains("Xem hướng dẫn: baocao values set --help")
                .doesNotContain("Missing");

        CliRun unknown = run("catalog", "lits");
        assertThat(unknown.err()).contains("Không hiểu tham số \"lits\"").doesNotContain("Unmatched");

        CliRun option = run("catalog", "list", "--fromat", "csv");
        assertThat(option.err()).contains("Không hiểu").doesNotContain("Unknown option");

        CliRun invalid = run("restore", "--auto", "mot");
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("Giá trị \"mot\" không hợp lệ cho tùy chọn --auto").doesNotContain("Invalid");
    }

    @Test
    void anUnexpectedErrorIsOneVietnameseLineWithoutAStackTrace() {
        run("db", "init");
        CliRun r = run("render", dir.resolve("không có.json").toString(), "--docx", dir.resolve("a.docx").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
