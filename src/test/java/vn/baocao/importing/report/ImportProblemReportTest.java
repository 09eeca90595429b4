package vn.baocao.importing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baocao.importing.SampleWorkbooks.sample;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;
import vn.baocao.files.FileWriteException;
import vn.baocao.importing.plan.EntryStatus;
import vn.baocao.importing.plan.ExcelImportService;
import vn.baocao.importing.plan.ImportFixtures;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.plan.ImportRequest;
import vn.baocao.importing.plan.PreviewEntry;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;

/** The error report of a real dry run, written and read back with POI. */
class ImportProblemReportTest {
    static final String AREA = "XINMAN.NAMDAN";
    static final LocalDateTime WHEN = LocalDateTime.of(2024, 3, 5, 14, 7);
    static final ImportProblemReport.Options OPTIONS = new ImportProblemReport.Options(WHEN, Map.of(AREA, "Nấm Dẩn"));
    static final DataFormatter VI = new DataFormatter(Locale.forLanguageTag("vi-VN"));

    @TempDir
    Path dir;
    Database db;
    ExcelImportService service;

    @BeforeEach
    void open() {
        db = ImportFixtures.demoDb(dir);
        service = new ExcelImportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Two figures the clerk typed by hand, which the file contradicts (non-blocking conflicts with an old value). */
    void handEntered() {
        db.inTransaction(c -> {
            ObservationRepository repo = new ObservationRepository(c);
            repo.save(observation("DS02", "1200"), null);
            repo.save(observation("DS01", "5400.25"), null);
            return null;
        });
    }

    static Observation observation(String code, String value) {
        return new Observation(code, AREA, Period.year(2023), ObservationKind.THUC_HIEN, new BigDecimal(value),
                Qualifier.NONE, null, null, null, null, null, null, null);
    }

    ImportPreview previewOf(Path file) throws Exception {
        return service.preview(ImportRequest.of(file.toFile()).withArea(AREA));
    }

    @Test
    void listsEveryErrorAndConflictWithItsCellStatusAndReasonAndCountsThem() throws Exception {
        handEntered();
        ImportPreview preview = previewOf(ProblemWorkbooks.withProblems(dir.resolve("bieu-02.xlsx")));
        Path out = dir.resolve("loi.xlsx");

        Path written = ImportProblemReport.write(preview, out, OPTIONS);

        assertThat(written).isEqualTo(out.toAbsolutePath().normalize());
        try (XSSFWorkbook wb = read(out)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).isEqualTo("Tóm tắt");
            assertThat(wb.getSheetName(1)).isEqualTo("Lỗi và xung đột");
            assertThat(wb.getSheetName(2)).isEqualTo("Số không nhập");

            XSSFSheet problems = wb.getSheet("Lỗi và xung đột");
            assertThat(rows(problems)).containsExactly(
                    List.of("Ô", "Chỉ tiêu", "Địa bàn", "Kỳ", "Giá trị trong tệp", "Giá trị đang lưu", "Trạng thái", "Lý do"),
                    List.of("'Biểu 02'!D6", "DS02 – Số hộ dân cư", "Nấm Dẩn (XINMAN.NAMDAN)", "năm 2023, thực hiện", "1250",
                            "1.200", "Xung đột với số nhập tay",
                            "Giữ số đã nhập tay 1200; chọn ghi đè số nhập tay nếu muốn thay"),
                    List.of("'Biểu 02'!D7", "DS01 – Dân số trung bình", "Nấm Dẩn (XINMAN.NAMDAN)", "năm 2023, thực hiện",
                            "5432", "5.400,25", "Xung đột với số nhập tay",
                            "Giữ số đã nhập tay 5400,25; chọn ghi đè số nhập tay nếu muốn thay"),
                    List.of("'Biểu 02'!E7", "DS01 – Dân số trung bình", "Nấm Dẩn (XINMAN.NAMDAN)",
                            "năm 2024, kế hoạch (Nghị quyết HĐND)", "abc", "", "Lỗi", "\"abc\" không phải là số."),
                    List.of("'Biểu 02'!D8", "KT02 – Thu ngân sách nhà nước trên địa bàn xã", "Nấm Dẩn (XINMAN.NAMDAN)",
                            "năm 2023, thực hiện", "8599,376", "", "Xung đột giữa các ô",
                            "Ô 'Biểu 02'!D9 cho giá trị khác cho cùng chỉ tiêu KT02, địa bàn, kỳ và loại số liệu"),
                    List.of("'Biểu 02'!D9", "KT02 – Thu ngân sách nhà nước trên địa bàn xã", "Nấm Dẩn (XINMAN.NAMDAN)",
                            "năm 2023, thực hiện", "8600", "", "Xung đột giữa các ô",
                            "Ô 'Biểu 02'!D8 cho giá trị khác cho cùng chỉ tiêu KT02, địa bàn, kỳ và loại số liệu"));
            // the stored value is a number cell, shown the Vietnamese way
            XSSFCell old = problems.getRow(2).getCell(5);
            assertThat(old.getNumericCellValue()).isEqualTo(5400.25);
            assertThat(old.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

            XSSFSheet summary = wb.getSheet("Tóm tắt");
            List<List<String>> s = rows(summary);
            assertThat(s.get(0)).containsExactly("BÁO CÁO LỖI KHI NHẬP SỐ LIỆU TỪ TỆP EXCEL");
            assertThat(valueOf(s, "Tệp")).isEqualTo("bieu-02.xlsx");
            assertThat(valueOf(s, "Trang tính")).isEqualTo("Biểu 02");
            assertThat(valueOf(s, "Lập lúc")).isEqualTo("05/03/2024 14:07");
            assertThat(valueOf(s, "Kết luận")).isEqualTo("Có 1 ô lỗi, 4 ô xung đột. Xem từng ô ở trang \"Lỗi và xung đột\"; "
                    + "hãy sửa các ô đó trong tệp rồi gửi lại.");
            assertThat(valueOf(s, "Mới")).isEqualTo("2");
            assertThat(valueOf(s, "Thay đổi")).isEqualTo("0");
            assertThat(valueOf(s, "Không đổi")).isEqualTo("1");
            assertThat(valueOf(s, "Xung đột")).isEqualTo("4");
            assertThat(valueOf(s, "Lỗi")).isEqualTo("1");
            assertThat(valueOf(s, "Câu hỏi chưa trả lời")).isEqualTo("0");
            assertThat(valueOf(s, "Tổng số ô đã đọc")).isEqualTo("8");
            assertThat(row(s, "Lỗi").get(2)).startsWith("Ô không nhập được: không phải số");
            assertThat(row(s, "Xung đột").get(2)).startsWith("Hai ô trong tệp cho hai số khác nhau");
            assertThat(row(s, "Mới").get(2)).isEqualTo("Chưa có số liệu này trong máy: sẽ được thêm vào.");
        }
        assertThat(preview.count(EntryStatus.CONFLICT)).isEqualTo(4);
        assertThat(leftovers()).containsExactly("bieu-02.xlsx", "loi.xlsx");
    }

    @Test
    void theHeaderIsBoldFrozenAndFilteredInTimesNewRomanWithWrappedReasons() throws Exception {
        ImportPreview preview = previewOf(ProblemWorkbooks.withProblems(dir.resolve("bieu-02.xlsx")));
        Path out = dir.resolve("loi.xlsx");
        ImportProblemReport.write(preview, out, OPTIONS);
        try (XSSFWorkbook wb = read(out)) {
            XSSFSheet problems = wb.getSheet("Lỗi và xung đột");
            XSSFRow header = problems.getRow(0);
            for (int c = 0; c < 8; c++) {
                assertThat(header.getCell(c).getCellStyle().getFont().getBold()).isTrue();
                assertThat(header.getCell(c).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
                assertThat(problems.getColumnWidth(c)).isGreaterThanOrEqualTo(15 * 256);
            }
            assertThat(problems.getRow(1).getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
            assertThat(problems.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isFalse();
            assertThat(wb.getFontAt(0).getFontName()).isEqualTo("Times New Roman");
            assertThat(problems.getPaneInformation().isFreezePane()).isTrue();
            assertThat(problems.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(problems.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H4");
            assertThat(problems.getRow(1).getCell(7).getCellStyle().getWrapText()).isTrue();
            assertThat(problems.getColumnWidth(7)).isGreaterThan(problems.getColumnWidth(0));
            // a text longer than its column gets a row tall enough for two lines; a short one keeps one line
            assertThat(problems.getRow(2).getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15f);
            assertThat(wb.getSheet("Tóm tắt").getRow(2).getHeightInPoints()).isLessThan(20f);
            assertThat(wb.getSheet("Tóm tắt").getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void openQuestionsFollowTheEntriesAndAreCounted() throws Exception {
        ImportPreview preview = service.preview(ImportRequest.of(sample("synthetic-bieu01.xlsx")).withArea(AREA));
        assertThat(preview.questions()).hasSize(5);
        Path out = dir.resolve("loi-bieu01.xlsx");
        ImportProblemReport.write(preview, out, OPTIONS);
        try (XSSFWorkbook wb = read(out)) {
            List<List<String>> rows = rows(wb.getSheet("Lỗi và xung đột"));
            List<List<String>> questions = rows.stream().filter(r -> r.get(6).equals("Câu hỏi chưa trả lời")).toList();
            assertThat(questions).extracting(r -> r.get(0)).containsExactly("'Biểu 01'!B10", "'Biểu 01'!B11",
                    "'Biểu 01'!B12", "'Biểu 01'!B15", "'Biểu 01'!B17");
            assertThat(questions.get(3).get(7)).isEqualTo("Dòng 15 \"Xã hội › Tỷ lệ hộ nghèo › Số lao động được giải quyết"
                    + " việc làm\" (Người) là chỉ tiêu nào trong danh mục? Gợi ý: "
                    + preview.questions().get(3).choices().stream().filter(c -> c.value().equals("LD01")).findFirst()
                    .orElseThrow().label() + ".");
            // the entries come first, in sheet order, then the five questions
            List<List<String>> entries = rows.subList(1, rows.size() - 5);
            assertThat(entries).hasSize((int) (preview.count(EntryStatus.ERROR) + preview.count(EntryStatus.CONFLICT)));
            assertThat(entries).allMatch(r -> r.get(6).equals("Lỗi") || r.get(6).startsWith("Xung đột"));
            assertThat(entries.get(0).get(0)).isEqualTo("'Biểu 01'!D10");
            assertThat(entries.get(0).get(7))
                    .isEqualTo("Chưa chọn chỉ tiêu cho dòng 10 \"Tổng giá trị sản xuất\" (câu hỏi chi-tieu:10)");
            List<List<String>> summary = rows(wb.getSheet("Tóm tắt"));
            assertThat(valueOf(summary, "Câu hỏi chưa trả lời")).isEqualTo("5");
            // the numbers left out are listed with their reason, after the coverage line
            List<List<String>> leftOver = rows(wb.getSheet("Số không nhập"));
            assertThat(leftOver.get(0).get(0)).isEqualTo("Trong trang có 33 ô số: nhập 5, chờ trả lời 17, không nhập 11.");
            assertThat(leftOver).contains(List.of("'Biểu 01'!D8", "1", "hàng số thứ tự cột"),
                    List.of("'Biểu 01'!A10", "1", "cột số thứ tự (STT)"));
            assertThat(valueOf(summary, "Kết luận")).startsWith("Có 13 ô lỗi, 5 câu hỏi chưa trả lời.");
            assertThat(valueOf(summary, "Lưu ý"))
                    .isEqualTo("'Biểu 01'!I11: ô có lỗi #DIV/0! (cột \"Tỷ lệ % / So với cùng kỳ\" không được nhập).");
        }
    }

    @Test
    void problemsAreInSheetOrderWhateverTheOrderOfThePreview() throws Exception {
        ImportPreview preview = previewOf(ProblemWorkbooks.withProblems(dir.resolve("bieu-02.xlsx")));
        List<PreviewEntry> reversed = new ArrayList<>(preview.entries());
        java.util.Collections.reverse(reversed);
        ImportPreview shuffled = new ImportPreview(preview.fileName(), preview.sheet(), preview.sheets(),
                preview.fingerprint(), preview.fromTemplate(), preview.remembered(), preview.columns(), reversed,
                preview.questions(), preview.newIndicators(), preview.warnings(), preview.mapping());
        assertThat(ImportProblemReport.problems(shuffled)).extracting(PreviewEntry::cell)
                .containsExactly("'Biểu 02'!E7", "'Biểu 02'!D8", "'Biểu 02'!D9");
    }

    @Test
    void aPreviewWithoutProblemsStillGivesAValidReportThatSaysSo() throws Exception {
        ImportPreview preview = previewOf(ProblemWorkbooks.clean(dir.resolve("sach.xlsx")));
        assertThat(preview.stopping()).isEmpty();
        Path out = dir.resolve("khong-loi.xlsx");
        ImportProblemReport.write(preview, out);
        try (XSSFWorkbook wb = read(out)) {
            List<List<String>> problems = rows(wb.getSheet("Lỗi và xung đột"));
            assertThat(problems).hasSize(2);
            assertThat(problems.get(0).get(0)).isEqualTo("Ô");
            assertThat(problems.get(1)).containsExactly("Không có ô lỗi, ô xung đột hay câu hỏi nào.");
            List<List<String>> summary = rows(wb.getSheet("Tóm tắt"));
            assertThat(valueOf(summary, "Kết luận")).isEqualTo("Không có lỗi hay xung đột nào: tệp nhập được như hiện có.");
            assertThat(valueOf(summary, "Lỗi")).isEqualTo("0");
            assertThat(valueOf(summary, "Xung đột")).isEqualTo("0");
            assertThat(valueOf(summary, "Mới")).isEqualTo("6");
            assertThat(valueOf(summary, "Không đổi")).isEqualTo("2");
            assertThat(valueOf(summary, "Lập lúc")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        }
    }

    @Test
    void aMissingFolderGivesAVietnameseMessageNamingTheFileAndWritesNothing() throws Exception {
        ImportPreview preview = previewOf(ProblemWorkbooks.withProblems(dir.resolve("bieu-02.xlsx")));
        Path missing = dir.resolve("khong-co").resolve("loi.xlsx");
        assertThatThrownBy(() -> ImportProblemReport.write(preview, missing, OPTIONS))
                .isInstanceOf(FileWriteException.class)
                .hasMessage("Không ghi được tệp báo cáo lỗi " + missing.toAbsolutePath() + ": thư mục "
                        + missing.toAbsolutePath().getParent() + " không tồn tại.")
                .satisfies(e -> assertThat(((FileWriteException) e).file()).isEqualTo(missing.toAbsolutePath()));
        assertThat(missing.getParent()).doesNotExist();
        assertThat(leftovers()).containsExactly("bieu-02.xlsx");
    }

    @Test
    void aFolderInTheWayOrAWrongExtensionIsRefusedWithAVietnameseMessage() throws Exception {
        ImportPreview preview = previewOf(ProblemWorkbooks.withProblems(dir.resolve("bieu-02.xlsx")));
        Path folder = Files.createDirectory(dir.resolve("loi.xlsx"));
        assertThatThrownBy(() -> ImportProblemReport.write(preview, folder, OPTIONS))
                .isInstanceOf(FileWriteException.class)
                .hasMessage("Không ghi được tệp báo cáo lỗi " + folder.toAbsolutePath() + ": đã có một thư mục cùng tên.");
        Path xls = dir.resolve("loi.xls");
        assertThatThrownBy(() -> ImportProblemReport.write(preview, xls, OPTIONS))
                .isInstanceOf(FileWriteException.class)
                .hasMessage("Không ghi được tệp báo cáo lỗi " + xls.toAbsolutePath() + ": tên tệp phải có đuôi .xlsx.");
        assertThat(xls).doesNotExist();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aFailureWhileWritingLeavesTheExistingFileAsItWasAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("loi.xlsx");
        Files.writeString(target, "báo cáo cũ", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportProblemReport.writeAtomically(target.toAbsolutePath(), out -> {
            out.write(new byte[10_000]);
            throw new IOException("Hết chỗ trên đĩa");
        })).isInstanceOf(FileWriteException.class)
                .hasMessage("Không ghi được tệp báo cáo lỗi " + target.toAbsolutePath()
                        + ": Hết chỗ trên đĩa. Tệp chưa bị thay đổi.");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("báo cáo cũ");
        assertThat(leftovers()).containsExactly("loi.xlsx");
    }

    @Test
    void anExistingReportIsReplacedWhole() throws Exception {
        Path target = dir.resolve("loi.xlsx");
        Files.writeString(target, "báo cáo cũ", StandardCharsets.UTF_8);
        ImportProblemReport.write(previewOf(ProblemWorkbooks.withProblems(dir.resolve("bieu-02.xlsx"))), target, OPTIONS);
        try (XSSFWorkbook wb = read(target)) {
            assertThat(wb.getSheet("Lỗi và xung đột").getLastRowNum()).isEqualTo(3);
        }
        assertThat(leftovers()).containsExactly("bieu-02.xlsx", "loi.xlsx");
    }

    /** The files of the test folder besides the database (and its journal or lock files). */
    List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("baocao.db")).sorted().toList();
        }
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every row as displayed by Excel on a Vietnamese PC, trailing empty cells dropped. */
    static List<List<String>> rows(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : VI.formatCellValue(row.getCell(c)));
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty() && !(cells.size() == 1 && cells.get(0).isEmpty())) {
                rows.add(cells);
            }
        }
        return rows;
    }

    static List<String> row(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.get(0).equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    static String valueOf(List<List<String>> rows, String label) {
        return row(rows, label).get(1);
    }
}
