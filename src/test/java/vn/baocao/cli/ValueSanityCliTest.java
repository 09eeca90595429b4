package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Absurd values typed on the command line are refused (or flagged) before anything is written. */
class ValueSanityCliTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.on(dir.resolve("baocao.db"), args);
    }

    @Test
    void negativeHeadCountsHugeNumbersAndMinusZero() {
        assertThat(run("demo", "load").code()).isZero();
        CliRun negative = run("values", "set", "DS01", "-5", "--area", "XINMAN", "--period", "2025");
        assertThat(negative.code()).isEqualTo(1);
        assertThat(negative.err()).contains("Không ghi số liệu DS01").contains("số âm").contains("Chưa có gì được ghi");

        CliRun huge = run("values", "set", "LD01", "9".repeat(5000), "--area", "XINMAN", "--period", "2025");
        assertThat(huge.code()).isEqualTo(1);
        assertThat(huge.err()).contains("số quá lớn").hasSizeLessThan(400);

        CliRun half = run("values", "set", "DS02", "12,5", "--area", "XINMAN", "--period", "2026");
        assertThat(half.code()).isZero();
        assertThat(half.out()).contains("Lưu ý: số đếm theo hộ thường là số nguyên");

        CliRun zero = run("values", "set", "DS01", "-0", "--area", "XINMAN", "--period", "2025");
        assertThat(zero.code()).as(zero.err()).isZero();
        String list = run("values", "list", "--area", "XINMAN", "--period", "2025").out();
        assertThat(list).contains("DS01").doesNotContain("-0").doesNotContain("DS02");

        CliRun rate = run("values", "set", "DS03", "150%", "--area", "XINMAN", "--period", "2025");
        assertThat(rate.code()).isZero();
        assertThat(rate.out()).contains("Lưu ý: tỷ lệ 150% nằm ngoài khoảng 0–100%");
    }
}
