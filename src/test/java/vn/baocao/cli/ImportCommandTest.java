package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.importing.SharedSamples.sample;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baocao import}, {@code import list}, {@code import undo} and {@code export-template} on a temporary database. */
class ImportCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("baocao.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = BaoCaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importRefusesWithQuestionsThenCommitsWithAnswersAndUndoes() {
        assertThat(run("demo", "load").code()).isZero();
        String file = sample("synthetic-bieu01.xlsx").toString();
        Run refused = run("import", file, "--area", "XINMAN.NAMDAN");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("Câu hỏi chi-tieu:15").contains("--answer chi-tieu:15=LD01");
        assertThat(refused.err()).contains("Không nhập tệp synthetic-bieu01.xlsx (trang \"Biểu 01\"): 17 ô có lỗi.");
        assertThat(run("import", "list").out()).contains("Chưa có lô nhập nào.");

        Run dry = run("import", file, "--area", "XINMAN.NAMDAN", "--dry-run", "--skip-error-rows", "--format", "json",
                "--answer", "chi-tieu:15=LD01", "--answer", "chi-tieu:16=BO_QUA", "--answer", "chi-tieu:17=BO_QUA",
                "--answer", "chi-tieu:10=BO_QUA", "--answer", "chi-tieu:11=BO_QUA", "--answer", "chi-tieu:12=BO_QUA");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("\"cell\" : \"'Biểu 01'!D15\"").contains("\"indicator\" : \"LD01\"");

        Run done = run("import", file, "--area", "XINMAN.NAMDAN", "--answer", "chi-tieu:15=LD01",
                "--answer", "chi-tieu:16=BO_QUA", "--answer", "chi-tieu:17=BO_QUA", "--answer", "chi-tieu:10=BO_QUA",
                "--answer", "chi-tieu:11=BO_QUA", "--answer", "chi-tieu:12=BO_QUA");
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("Đã ghi lô nhập số 1: thêm 6, sửa 0.");
        assertThat(run("values", "list", "--area", "XINMAN.NAMDAN", "--period", "2023").out()).contains("LD01")
                .contains("LD06");
        assertThat(run("import", "list").out()).contains("synthetic-bieu01.xlsx");
        Run undo = run("import", "undo", "1");
        assertThat(undo.out()).contains("Đã hoàn tác lô nhập số 1: khôi phục 6 số liệu.");
        assertThat(run("values", "list", "--area", "XINMAN.NAMDAN", "--period", "2023").out())
                .contains("Chưa có số liệu");
    }

    @Test
    void anEmptyFileGivesItsMessageAndExitCodeOne() {
        run("db", "init");
        Run r = run("import", sample("synthetic-empty.xlsx").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Tệp \"synthetic-empty.xlsx\" rỗng (0 byte)");
    }

    @Test
    void exportTemplateThenImportItAsksNothing() {
        run("demo", "load");
        Path out = dir.resolve("mau.xlsx");
        Run export = run("export-template", "--area", "XINMAN.NAMDAN,XINMAN.CHICA", "--period", "2025",
                "--indicators", "LD01,LD03", "--out", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("2 chỉ tiêu, 2 địa bàn, năm 2025");
        Run imported = run("import", out.toString(), "--dry-run");
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("(biểu nhập của BaoCao)").doesNotContain("Câu hỏi");
    }
}
