package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.importing.SampleWorkbooks.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.importing.report.ProblemWorkbooks;

/** {@code baocao import}, {@code import list}, {@code import undo} and {@code export-template} on a temporary database. */
class ImportCommandTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.on(dir.resolve("baocao.db"), args);
    }

    @Test
    void importRefusesWithQuestionsThenCommitsWithAnswersAndUndoes() {
        assertThat(run("demo", "load").code()).isZero();
        String file = sample("synthetic-bieu01.xlsx").toString();
        CliRun refused = run("import", file, "--area", "XINMAN.NAMDAN");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("Câu hỏi chi-tieu:15").contains("--answer chi-tieu:15=LD01");
        assertThat(refused.err()).contains("Không nhập tệp synthetic-bieu01.xlsx (trang \"Biểu 01\"): 13 ô có lỗi.");
        assertThat(run("import", "list").out()).contains("Chưa có lô nhập nào.");

        CliRun dry = run("import", file, "--area", "XINMAN.NAMDAN", "--dry-run", "--skip-error-rows", "--format", "json",
                "--answer", "chi-tieu:15=LD01", "--answer", "chi-tieu:16=BO_QUA", "--answer", "chi-tieu:17=BO_QUA",
                "--answer", "chi-tieu:10=BO_QUA", "--answer", "chi-tieu:11=BO_QUA", "--answer", "chi-tieu:12=BO_QUA");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("\"cell\" : \"'Biểu 01'!D15\"").contains("\"indicator\" : \"LD01\"");
        com.fasterxml.jackson.databind.JsonNode coverage;
        try {
            coverage = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dry.out()).path("coverage");
        } catch (java.io.IOException e) {
            throw new AssertionError(dry.out(), e);
        }
        // every number of the sheet: imported, asked or skipped for a reason, and the parts add up
        assertThat(coverage.path("numeric").asInt()).isEqualTo(33);
        assertThat(coverage.path("imported").asInt() + coverage.path("asked").asInt() + coverage.path("skipped").asInt())
                .isEqualTo(33);
        assertThat(coverage.path("reasons").path("hàng số thứ tự cột").asInt()).isEqualTo(6);
        assertThat(coverage.path("skippedCells").get(0).path("cell").asText()).isEqualTo("'Biểu 01'!D8");

        CliRun done = run("import", file, "--area", "XINMAN.NAMDAN", "--answer", "chi-tieu:15=LD01",
                "--answer", "chi-tieu:16=BO_QUA", "--answer", "chi-tieu:17=BO_QUA", "--answer", "chi-tieu:10=BO_QUA",
                "--answer", "chi-tieu:11=BO_QUA", "--answer", "chi-tieu:12=BO_QUA");
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("Đã ghi lô nhập số 1: thêm 6, sửa 0.");
        assertThat(run("values", "list", "--area", "XINMAN.NAMDAN", "--period", "2023").out()).contains("LD01")
                .contains("LD06");
        assertThat(run("import", "list").out()).contains("synthetic-bieu01.xlsx");
        CliRun undo = run("import", "undo", "1");
        assertThat(undo.out()).contains("Đã hoàn tác lô nhập số 1: khôi phục 6 số liệu.");
        assertThat(run("values", "list", "--area", "XINMAN.NAMDAN", "--period", "2023").out())
                .contains("Chưa có số liệu");
    }

    @Test
    void anEmptyFileGivesItsMessageAndExitCodeOne() {
        run("db", "init");
        CliRun r = run("import", sample("synthetic-empty.xlsx").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Tệp \"synthetic-empty.xlsx\" rỗng (0 byte)");
    }

    @Test
    void exportTemplateThenImportItAsksNothing() {
        run("demo", "load");
        Path out = dir.resolve("mau.xlsx");
        CliRun export = run("export-template", "--area", "XINMAN.NAMDAN,XINMAN.CHICA", "--period", "2025",
                "--indicators", "LD01,LD03", "--out", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("2 chỉ tiêu, 2 địa bàn, năm 2025");
        CliRun imported = run("import", out.toString(), "--dry-run");
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("(biểu nhập của BaoCao)").doesNotContain("Câu hỏi");
    }

    @Test
    void problemsWritesTheDryRunsErrorsAndConflictsAndSaysWhere() throws Exception {
        run("demo", "load");
        Path file = ProblemWorkbooks.withProblems(dir.resolve("bieu-02.xlsx"));
        Path report = dir.resolve("loi bieu 02.xlsx");
        CliRun r = run("import", file.toString(), "--area", "XINMAN.NAMDAN", "--dry-run", "--problems", report.toString());
        assertThat(r.code()).isEqualTo(1); // refused as before, the report is written all the same
        assertThat(r.out()).contains("Tổng: mới 4, thay đổi 0, không đổi 1, xung đột 2, lỗi 1.")
                .contains("Đã ghi báo cáo lỗi vào tệp " + report.toAbsolutePath() + ": 1 ô lỗi, 2 ô xung đột, "
                        + "0 câu hỏi chưa trả lời.");
        assertThat(r.err()).contains("Lỗi: Không nhập tệp bieu-02.xlsx (trang \"Biểu 02\"): 1 ô có lỗi, 2 ô xung đột.");
        DataFormatter vi = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet problems = wb.getSheet("Lỗi và xung đột");
            assertThat(problems.getLastRowNum()).isEqualTo(3);
            assertThat(vi.formatCellValue(problems.getRow(1).getCell(0))).isEqualTo("'Biểu 02'!E7");
            assertThat(vi.formatCellValue(problems.getRow(1).getCell(2))).isEqualTo("Nấm Dẩn (XINMAN.NAMDAN)");
            assertThat(vi.formatCellValue(problems.getRow(1).getCell(6))).isEqualTo("Lỗi");
            assertThat(vi.formatCellValue(problems.getRow(2).getCell(0))).isEqualTo("'Biểu 02'!D8");
            assertThat(vi.formatCellValue(problems.getRow(3).getCell(6))).isEqualTo("Xung đột giữa các ô");
            assertThat(vi.formatCellValue(wb.getSheet("Tóm tắt").getRow(2).getCell(1))).isEqualTo("bieu-02.xlsx");
        }
        assertThat(run("import", "list").out()).contains("Chưa có lô nhập nào.");
    }

    @Test
    void problemsWithoutDryRunIsWrittenBeforeTheCommitAndJsonStaysJson() throws Exception {
        run("demo", "load");
        Path file = ProblemWorkbooks.clean(dir.resolve("sach.xlsx"));
        Path report = dir.resolve("loi.xlsx");
        CliRun r = run("import", file.toString(), "--area", "XINMAN.NAMDAN", "--problems", report.toString(),
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Đã ghi báo cáo lỗi vào tệp " + report.toAbsolutePath()
                + ": 0 ô lỗi, 0 ô xung đột, 0 câu hỏi chưa trả lời.");
        String json = r.out().substring(0, r.out().lastIndexOf('}') + 1);
        assertThat(new ObjectMapper().readTree(json).get("summary").asText())
                .isEqualTo("mới 6, thay đổi 0, không đổi 2, xung đột 0, lỗi 0");
        assertThat(r.out()).contains("Đã ghi lô nhập số 1: thêm 6, sửa 0.");
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Lỗi và xung đột").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Không có ô lỗi, ô xung đột hay câu hỏi nào.");
        }
    }

    @Test
    void anUnwritableProblemsFileStopsBeforeTheCommitWithAVietnameseMessage() throws Exception {
        run("demo", "load");
        Path file = ProblemWorkbooks.clean(dir.resolve("sach.xlsx"));
        Path report = dir.resolve("khong-co-thu-muc").resolve("loi.xlsx");
        CliRun r = run("import", file.toString(), "--area", "XINMAN.NAMDAN", "--problems", report.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Lỗi: Không ghi được tệp báo cáo lỗi " + report.toAbsolutePath() + ": thư mục "
                + report.toAbsolutePath().getParent() + " không tồn tại.");
        assertThat(report.getParent()).doesNotExist();
        assertThat(r.out()).doesNotContain("Đã ghi");
        assertThat(run("import", "list").out()).contains("Chưa có lô nhập nào.");
    }

    @Test
    void theHelpDescribesProblemsInVietnamese() {
        CliRun help = run("import", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--problems=OUT.xlsx Ghi các ô lỗi, ô xung đột và câu hỏi"
                + " của bản xem trước vào tệp Excel OUT.xlsx để gửi lại người lập biểu (ghi trước khi nhập; dùng được cả"
                + " khi không có --dry-run).").contains("--dry-run Chỉ xem trước, không ghi gì.");
    }
}
