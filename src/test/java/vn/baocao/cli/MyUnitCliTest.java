package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From an empty database to a first annual report of the clerk's own commune, with the command line only. */
class MyUnitCliTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.on(dir.resolve("baocao.db"), args);
    }

    CliRun ok(String... args) {
        CliRun r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    @Test
    void findUseAddVillagesPlansFiguresAndComposeTheAnnualReport() throws Exception {
        assertThat(ok("areas", "list").out()).contains("Chưa có địa bàn");
        assertThat(ok("areas", "find", "nam", "dan").out()).contains("01141  Xã Nấm Dẩn  Tỉnh Tuyên Quang");
        assertThat(ok("areas", "use", "01141").out()).contains("ỦY BAN NHÂN DÂN  (in đậm)").contains("XÃ NẤM DẨN  (in đậm)")
                .contains("Địa danh: Nấm Dẩn, ngày");
        ok("areas", "add", "01141.T01", "Mẫu Một", "--level", "thon", "--parent", "01141");
        ok("areas", "add", "01141.T02", "Mẫu Hai", "--level", "thon", "--parent", "01141", "--type", "bản");
        assertThat(ok("areas", "list").out()).contains("01141.T01").contains("01141.T02");
        ok("targets", "set", "LD01", "300", "--area", "01141", "--period", "2026",
                "--source-doc", "Nghị quyết số 12/NQ-HĐND ngày 20/12/2025 của HĐND xã Nấm Dẩn");
        ok("targets", "set", "KT02", "4.500", "--area", "01141", "--period", "2026");
        ok("values", "set", "LD01", "320", "--area", "01141", "--period", "2026");
        ok("values", "set", "KT02", "4.610", "--area", "01141", "--period", "2026");
        ok("values", "set", "DS01", "12.210", "--period", "2026"); // --area defaults to the unit chosen above
        Path docx = dir.resolve("BC.docx");
        ok("report", "--template", "bao-cao-nam", "--area", "01141", "--period", "2026", "--docx", docx.toString());
        String text;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            text = ex.getText();
        }
        assertThat(text).contains("ỦY BAN NHÂN DÂN").contains("XÃ NẤM DẨN").contains("Nấm Dẩn, ngày")
                .contains("UBND tỉnh Tuyên Quang (b/c)").contains("320 lao động")
                .as("the plan's registered source document is the report's căn cứ")
                .contains("Nghị quyết số 12/NQ-HĐND ngày 20/12/2025");
        assertThat(text.indexOf("ỦY BAN NHÂN DÂN")).isLessThan(text.indexOf("XÃ NẤM DẨN"));
        assertThat(text).doesNotContain("TỈNH TUYÊN QUANG");
    }

    @Test
    void withoutAChosenUnitAMissingAreaIsAskedForInVietnamese() {
        CliRun r = run("values", "list", "--period", "2026");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Cần --area").contains("baocao areas use").doesNotContain("Exception");
        ok("areas", "use", "01141");
        assertThat(ok("assess", "--period", "2026").out()).doesNotContain("Lỗi");
    }

    @Test
    void theProvinceAboveTheCommitteeAndADepartmentAreSettings() {
        ok("areas", "use", "01141", "--province-above", "true");
        assertThat(ok("areas", "use", "01141").out()).contains("    TỈNH TUYÊN QUANG\n");
        assertThat(ok("areas", "use", "01141", "--body", "Phòng Văn hóa - Xã hội").out())
                .contains("    UBND XÃ NẤM DẨN\n").contains("PHÒNG VĂN HÓA - XÃ HỘI  (in đậm)");
    }

    @Test
    void badAreaInputIsRefusedInVietnameseNamingTheCodeAndChangesNothing() {
        ok("areas", "use", "01141");
        ok("areas", "add", "NAMDAN_CU", "Nấm Dẩn cũ", "--level", "xa", "--parent", "08");
        String before = ok("areas", "list", "--format", "csv").out();
        for (List<String> args : List.of(
                List.of("areas", "use", "99999"),
                List.of("areas", "add", "NAMDAN_CU", "Trùng", "--level", "xa", "--parent", "08"),
                List.of("areas", "merge", "01141", "--from", "NAMDAN_CU,KHONG_CO", "--on", "2025-07-01"),
                List.of("areas", "rename", "KHONG_CO", "Tên"))) {
            CliRun r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(args.toString()).isEqualTo(1);
            assertThat(r.err()).startsWith("Lỗi: ").doesNotContain("Exception");
        }
        assertThat(run("areas", "use", "99999").err()).contains("\"99999\"");
        assertThat(run("areas", "merge", "01141", "--from", "NAMDAN_CU,KHONG_CO", "--on", "2025-07-01").err()).contains("\"KHONG_CO\"");
        assertThat(ok("areas", "list", "--format", "csv").out()).isEqualTo(before);
        ok("areas", "merge", "01141", "--from", "NAMDAN_CU", "--on", "2025-07-01");
        assertThat(run("areas", "merge", "NAMDAN_CU", "--from", "01141", "--on", "2026-01-01").err()).contains("vòng lặp");
    }

    @Test
    void theSecondDemoComparesWithTheFormerCommunes() {
        assertThat(ok("demo", "load", "--set", "2025").out()).contains("dữ liệu mẫu xã Nấm Dẩn").contains("không phải thông tin chính thức");
        String out = ok("assess", "--area", "01141", "--period", "2025").out();
        assertThat(out).contains("* LD01: số liệu năm 2024 là tổng của các xã Nà Chì (mẫu), Nấm Dẩn cũ (mẫu), Xín Chải (mẫu) trước sắp xếp.")
                .contains("* BH02: số liệu năm 2024 là tổng của")
                .contains("* BH01: tỷ lệ năm 2024 tính lại từ tử số, mẫu số của");
        assertThat(run("demo", "load", "--set", "1999").err()).contains("Bộ dữ liệu mẫu \"1999\" không có");
    }

    @Test
    void assessOfASpanAcrossTheMergerGivesTheFiguresTheDocumentsPrint() throws Exception {
        ok("demo", "load", "--set", "2025");
        // 9 tháng 2025 of a commune formed on 1/7/2025: nothing is stored for the span itself; January to June are
        // its former communes' months, July to September its own, and last year's 9 months are theirs.
        String out = ok("assess", "--area", "01141", "--period", "2025-9T").out();
        assertThat(out).containsPattern("VH05 +Số lượt khách du lịch +lượt +≥ 24\\.000 +21\\.231 +88,46% .*18\\.309 \\* +tăng 2\\.922 lượt \\(tăng 15,96%\\)")
                .contains("* VH05: Lũy kế từ 9/9 kỳ (tháng 1, 2, 3, 4, 5, 6, 7, 8, 9 năm 2025); tháng 1, 2, 3, 4, 5, 6 năm 2025 là số của các xã")
                .contains("* VH05: số liệu 9 tháng năm 2024 là tổng của các xã")
                .doesNotContain("Không có chỉ tiêu nào có kế hoạch");
        Path docx = dir.resolve("CV.docx");
        ok("report", "--template", "cong-van", "--area", "01141", "--period", "2025-9T", "--docx", docx.toString());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            assertThat(ex.getText()).contains("21.231 lượt");
        }
    }
}
