package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on a temporary database. */
class CliTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.on(dir.resolve("baocao.db"), args);
    }

    @Test
    void dbInitCreatesTheCatalog() {
        CliRun r = run("db", "init");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Danh mục: 78 chỉ tiêu.");
    }

    @Test
    void assessOfTheDemoGivesTheSeedsBandsAndFlagsItsErrors() {
        assertThat(run("demo", "load").code()).isZero();
        CliRun r = run("assess", "--area", "XINMAN", "--period", "2023");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("Tổng số chỉ tiêu giao: 12.")
                .contains("09/12 chỉ tiêu đạt và vượt kế hoạch, chiếm 75%: DS03, GD01, YT02, BH02, LD04, LD08, VH01, VH02, VH05.")
                .contains("02/12 chỉ tiêu đạt từ 50 đến dưới 80% kế hoạch, chiếm 16,67%: YT01, LD01.")
                .contains("01/12 chỉ tiêu đạt dưới 50% kế hoạch, chiếm 8,33%: BH04.")
                .doesNotContain("đạt từ 80 đến dưới 100% kế hoạch, chiếm")
                .contains("Tỷ lệ % kế hoạch ghi 106,6% nhưng tính được 106,67%.")
                .contains("Tỷ lệ % kế hoạch ghi 86,18% nhưng tính được 86,46%.")
                .contains("Kế hoạch ghi \"70.3396\" không phải số hợp lệ")
                .contains("tăng 5,2 điểm %");
    }

    @Test
    void theIssuerChangesTheBandOfJobsCreated() {
        run("demo", "load");
        CliRun r = run("assess", "--area", "XINMAN", "--period", "2023", "--issuer", "TINH_GIAO", "--format", "csv");
        assertThat(r.out()).contains("\"LD01\"").contains("\"150,76%\"").contains("\"đạt và vượt kế hoạch\"");
    }

    @Test
    void truncationMatchesTheSeedsHabit() {
        run("demo", "load");
        CliRun half = run("assess", "--area", "XINMAN", "--period", "2023", "--format", "csv");
        CliRun cut = run("assess", "--area", "XINMAN", "--period", "2023", "--format", "csv", "--rounding", "TRUNCATE");
        assertThat(half.out()).contains("\"65,09%\"");
        assertThat(cut.out()).contains("\"65,08%\"");
    }

    @Test
    void valuesSetAcceptsVietnameseNumbersAndRefusesAmbiguousOnesWithoutWriting() {
        run("demo", "load");
        CliRun ok = run("values", "set", "LD01", "2.300", "--area", "XINMAN", "--period", "2024");
        assertThat(ok.code()).isZero();
        CliRun bad = run("values", "set", "LD01", "1,435", "--area", "XINMAN", "--period", "2024");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("không rõ nghĩa");
        CliRun list = run("values", "list", "--area", "XINMAN", "--period", "2024");
        assertThat(list.out()).contains("2.300").doesNotContain("1,435");
    }

    @Test
    void aBadPeriodAndAnUnknownAreaGetClearMessages() {
        run("db", "init");
        CliRun period = run("values", "list", "--area", "XINMAN", "--period", "2023-Q5");
        assertThat(period.code()).isNotZero();
        assertThat(period.err()).contains("Kỳ báo cáo \"2023-Q5\" không hợp lệ").contains("2023-Q3 (quý III)");
        CliRun area = run("values", "list", "--area", "KHONG_CO", "--period", "2023");
        assertThat(area.err()).contains("Không có địa bàn \"KHONG_CO\"");
    }

    @Test
    void backupAndRestoreRoundTrip() {
        run("demo", "load");
        Path backup = dir.resolve("bk.db");
        assertThat(run("backup", backup.toString()).code()).isZero();
        run("values", "set", "LD01", "9.999", "--area", "XINMAN", "--period", "2023");
        CliRun restore = run("restore", backup.toString());
        assertThat(restore.code()).isZero();
        assertThat(restore.out()).contains("Dữ liệu trước khi phục hồi được giữ tại");
        assertThat(run("values", "list", "--area", "XINMAN", "--period", "2023").out()).contains("2.278").doesNotContain("9.999");
        assertThat(Files.exists(backup)).isTrue();
    }
}
