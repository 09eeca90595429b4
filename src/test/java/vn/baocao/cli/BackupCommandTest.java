package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code backup list}, {@code restore} and {@code restore --auto} in a folder named as a clerk names it. */
class BackupCommandTest {
    @TempDir
    Path tmp;

    Path folder() {
        return tmp.resolve("Nguyễn Văn Ánh/Dữ liệu BaoCao");
    }

    CliRun run(String... args) {
        return CliRun.on(folder().resolve("cơ sở dữ liệu.db"), args);
    }

    @Test
    void anImportIsPrecededByAnAutomaticBackupThatCanBeListedAndRestored() throws Exception {
        assertThat(run("demo", "load").code()).isZero();
        assertThat(run("values", "set", "LD01", "1000", "--area", "XINMAN", "--period", "2022").code()).isZero();
        Path xlsx = Path.of(getClass().getResource("/samples/synthetic-bieu01.xlsx").toURI());
        Path copy = tmp.resolve("Nguyễn Văn Ánh/Biểu số liệu tháng 3.xlsx");
        Files.copy(xlsx, copy);
        CliRun imported = run("import", copy.toString(), "--area", "XINMAN.NAMDAN", "--skip-error-rows",
                "--answer", "chi-tieu:15=LD01", "--answer", "chi-tieu:16=BO_QUA", "--answer", "chi-tieu:17=BO_QUA",
                "--answer", "chi-tieu:10=BO_QUA", "--answer", "chi-tieu:11=BO_QUA", "--answer", "chi-tieu:12=BO_QUA");
        assertThat(imported.code()).as(imported.err()).isZero();

        CliRun list = run("backup", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("trước khi nhập Excel").contains("hằng ngày").contains("sao-luu");
        assertThat(list.out().lines().filter(l -> l.contains("trước khi nhập Excel")).findFirst().orElseThrow()).contains(" 1 ");

        assertThat(run("values", "set", "LD01", "2000", "--area", "XINMAN", "--period", "2022").code()).isZero();
        CliRun restored = run("restore", "--auto", "1");
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Đã phục hồi và kiểm tra").contains("truoc-phuc-hoi-");
        assertThat(run("import", "list").out()).contains("Chưa có lô nhập nào.");
        assertThat(run("values", "list", "--area", "XINMAN", "--period", "2022").out()).contains("1.000");
    }

    @Test
    void backupToAVietnameseNameAndRestoreFromIt() {
        run("db", "init");
        Path out = tmp.resolve("Nguyễn Văn Ánh/Sao lưu tháng 3.db");
        CliRun backup = run("backup", out.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Đã sao lưu và kiểm tra bản sao: " + out);
        CliRun restore = run("restore", out.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        CliRun neither = run("restore");
        assertThat(neither.code()).isEqualTo(1);
        assertThat(neither.err()).contains("baocao restore --auto SỐ");
        assertThat(run("restore", "--auto", "9").err()).contains("Không có bản sao lưu tự động số 9");
    }
}
