package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baocao.importing.SampleWorkbooks.sample;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.importing.excel.PasswordRequiredException;
import vn.baocao.importing.excel.ReadProblem;
import vn.baocao.importing.excel.WorkbookReadException;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.TargetRepository;

/** The end-to-end import outcome of every shared sample workbook, into a temporary database with the demo data. */
class SampleImportTest {
    static final String AREA = "XINMAN.NAMDAN";
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

    /** The answers a clerk gives for Biểu 01: three new indicators, LD01, a junk row skipped, the NFD row is LD06. */
    static ImportRequest answered(ImportRequest r) {
        return r.withAnswer("chi-tieu:10", Answers.ADD).withAnswer("chi-tieu:11", Answers.ADD)
                .withAnswer("chi-tieu:12", Answers.ADD).withAnswer("chi-tieu:15", "LD01")
                .withAnswer("chi-tieu:16", Answers.SKIP).withAnswer("chi-tieu:17", "LD06");
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-bieu01.xlsx", "synthetic-bieu01.xls", "synthetic-xlsx-content-named.xls",
            "synthetic-xls-content-named.xlsx"})
    void bieu01AsksWhatItCannotKnowRefusesConflictsAndCommitsTheGoodRows(String name) throws Exception {
        ImportRequest request = ImportRequest.of(sample(name)).withArea(AREA);
        ImportPreview first = service.preview(request);

        assertThat(first.sheet()).isEqualTo("Biểu 01");
        assertThat(first.questions()).extracting(ImportQuestion::id).containsExactly("chi-tieu:10", "chi-tieu:11",
                "chi-tieu:12", "chi-tieu:15", "chi-tieu:17"); // row 16 names no indicator (a date): not asked
        ImportQuestion ld01 = first.questions().get(3);
        assertThat(ld01.suggested()).isEqualTo("LD01");
        assertThat(ld01.text()).isEqualTo("Dòng 15 \"Xã hội › Tỷ lệ hộ nghèo › Số lao động được giải quyết việc làm\" "
                + "(Người) là chỉ tiêu nào trong danh mục?");
        assertEntry(first, "'Biểu 01'!D14", EntryStatus.NEW, "LD06", Period.year(2023), "TH", "3.12");
        assertEntry(first, "'Biểu 01'!E14", EntryStatus.NEW, "LD06", Period.year(2024), "KH:NQ_HDND", "2.8");
        assertEntry(first, "'Biểu 01'!F14", EntryStatus.NEW, "LD06", Period.year(2024), "UOC", "2.75");
        assertThat(first.entry("'Biểu 01'!D10").status()).isEqualTo(EntryStatus.ERROR);
        assertThat(first.entry("'Biểu 01'!D10").message())
                .isEqualTo("chưa chọn chỉ tiêu cho dòng 10 \"Tổng giá trị sản xuất\" (câu hỏi chi-tieu:10)");
        // row 11 writes the numbers of row 10 as text, but "125,87%" where row 10 has 182,78%: flagged
        assertThat(first.warnings()).containsExactly(
                "'Biểu 01'!I11: ô có lỗi #DIV/0! (cột \"Tỷ lệ % / So với cùng kỳ\" không được nhập).",
                "'Biểu 01'!H11 (cột \"Tỷ lệ % / So với KH\"): ghi 125,87% nhưng tính lại tỷ lệ % (Ước cả năm (F) / Kế hoạch năm (E)) "
                        + "được 182,78 (F11 = 15.718 triệu đồng, E11 = 8.599,376).");
        assertThat(first.refusal(false)).startsWith("Không nhập tệp " + name + " (trang \"Biểu 01\"): 13 ô có lỗi. ");
        // every number accounted for: 3 imported (row 14) and its 2 comparisons checked, 12 waiting for answers
        // and 5 comparisons of those rows, 11 skipped with a reason
        assertThat(first.coverage().addsUp()).isTrue();
        assertThat(first.coverage()).extracting(Coverage::numeric, Coverage::imported, Coverage::asked, Coverage::skipped,
                Coverage::checked).containsExactly(33, 5, 17, 11, 2);
        assertThat(first.coverage().reasons()).containsEntry("hàng số thứ tự cột", 6)
                .containsEntry("cột số thứ tự (STT)", 2).containsEntry("dòng không có tên chỉ tiêu", 3)
                .doesNotContainKey("cột so sánh, tăng trưởng, tỷ lệ (số suy ra)");

        ImportPreview second = service.preview(answered(request));
        assertThat(second.questions()).extracting(ImportQuestion::id).containsExactly("so:F");
        assertThat(second.questions().get(0).text()).startsWith("Số \"1,435\" không rõ nghĩa");
        assertEntry(second, "'Biểu 01'!D11", EntryStatus.NEW, "TM002", Period.year(2023), "TH", "1435");
        assertEntry(second, "'Biểu 01'!E11", EntryStatus.NEW, "TM002", Period.year(2024), "KH:NQ_HDND", "8599.376");
        assertEntry(second, "'Biểu 01'!F11", EntryStatus.NEW, "TM002", Period.year(2024), "UOC", "15718");
        assertThat(second.entry("'Biểu 01'!D17").message()).isEqualTo("ô ghi TRUE, không phải số");
        assertThat(second.entry("'Biểu 01'!E17").status()).isEqualTo(EntryStatus.CONFLICT);
        assertThat(second.entry("'Biểu 01'!E17").message()).isEqualTo("ô 'Biểu 01'!E14 cho giá trị khác cho cùng "
                + "chỉ tiêu LD06, địa bàn, kỳ và loại số liệu");
        assertThat(second.entry("'Biểu 01'!F17").status()).isEqualTo(EntryStatus.ERROR);

        ImportRequest all = answered(request).withAnswer("so:F", Answers.THOUSANDS_COMMA);
        ImportPreview third = service.preview(all);
        assertThat(third.questions()).isEmpty();
        assertEntry(third, "'Biểu 01'!F17", EntryStatus.CONFLICT, "LD06", Period.year(2024), "UOC", "1435");
        assertThatThrownBy(() -> service.commit(all)).isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("Không nhập tệp " + name + " (trang \"Biểu 01\"): 1 ô có lỗi, 4 ô xung đột. ");
        assertThat(service.batches()).isEmpty();

        CommitResult done = service.commit(all.withSkipErroneousRows(true));
        assertThat(done.inserted()).isEqualTo(10);
        assertThat(done.indicatorsAdded()).isEqualTo(3);
        List<Observation> obs2023 = db.read(c -> new ObservationRepository(c).find(List.of(AREA), List.of(Period.year(2023))));
        assertThat(obs2023).extracting(Observation::indicatorCode, o -> o.value().toPlainString(), Observation::source)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("TM001", "1435", "lô 1: 'Biểu 01'!D10"),
                        org.assertj.core.groups.Tuple.tuple("TM002", "1435", "lô 1: 'Biểu 01'!D11"),
                        org.assertj.core.groups.Tuple.tuple("TM003", "50", "lô 1: 'Biểu 01'!D12"),
                        org.assertj.core.groups.Tuple.tuple("LD01", "120", "lô 1: 'Biểu 01'!D15"));
        List<Target> plans = db.read(c -> new TargetRepository(c).find(List.of(AREA), List.of(Period.year(2024))));
        assertThat(plans).extracting(Target::indicatorCode, t -> t.value().toPlainString(), Target::issuer)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("TM001", "8599.376", Issuer.NQ_HDND),
                        org.assertj.core.groups.Tuple.tuple("TM002", "8599.376", Issuer.NQ_HDND),
                        org.assertj.core.groups.Tuple.tuple("LD01", "150", Issuer.NQ_HDND));
        Observation text = obs2023.stream().filter(o -> o.indicatorCode().equals("TM002")).findFirst().orElseThrow();
        assertThat(text.textAsWritten()).isEqualTo("1.435");

        // the same layout again: every choice is remembered, nothing is asked
        ImportPreview again = service.preview(ImportRequest.of(sample(name)).withArea(AREA));
        assertThat(again.remembered()).isTrue();
        assertThat(again.questions()).isEmpty();
        assertThat(again.entry("'Biểu 01'!D15").status()).isEqualTo(EntryStatus.UNCHANGED);
        // ... and the clerk is told this very file was imported before, whatever it is called now
        java.nio.file.Path renamed = dir.resolve("gui-lai.xlsx");
        java.nio.file.Files.copy(sample(name).toPath(), renamed);
        assertThat(service.preview(ImportRequest.of(renamed.toFile()).withArea(AREA)).warnings())
                .contains("Tệp gui-lai.xlsx (đúng nội dung này) đã được nhập ở lô 1 và chưa hoàn tác; nhập lại chỉ ghi "
                        + "những số khác với số đang lưu.");

        // a figure entered by hand since then for one of the three indicators the import added
        db.inTransaction(c -> new ObservationRepository(c).save(
                Observation.of("TM003", AREA, Period.year(2022), new java.math.BigDecimal("7")), null));

        ExcelImportService.UndoResult undone = service.undoBatch(done.batchId());
        assertThat(undone.restored()).isEqualTo(10);
        assertThat(undone.indicatorsRemoved()).containsExactly("TM001", "TM002");
        assertThat(undone.indicatorsKept()).containsExactly("TM003");
        List<Observation> afterUndo = db.read(c -> new ObservationRepository(c).find(List.of(AREA),
                List.of(Period.year(2023))));
        assertThat(afterUndo).isEmpty();
        assertThat(service.preview(ImportRequest.of(sample(name)).withArea(AREA)).warnings())
                .noneMatch(w -> w.contains("đã được nhập ở lô"));
        java.util.Optional<vn.baocao.domain.Indicator> tm001 =
                db.read(c -> new vn.baocao.store.CatalogRepository(c).indicator("TM001"));
        java.util.Optional<vn.baocao.domain.Indicator> tm003 =
                db.read(c -> new vn.baocao.store.CatalogRepository(c).indicator("TM003"));
        assertThat(tm001).isEmpty();
        assertThat(tm003).isPresent();
    }

    static void assertEntry(ImportPreview p, String cell, EntryStatus status, String indicator, Period period,
            String slot, String value) {
        PreviewEntry e = p.entry(cell);
        assertThat(e).as(cell).isNotNull();
        assertThat(e.status()).as(cell + " " + e.message()).isEqualTo(status);
        assertThat(e.indicatorCode()).isEqualTo(indicator);
        assertThat(e.areaCode()).isEqualTo(AREA);
        assertThat(e.period()).isEqualTo(period);
        assertThat(e.slot().code()).isEqualTo(slot);
        assertThat(e.value()).isEqualByComparingTo(new BigDecimal(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-encrypted-pw123456.xlsx", "synthetic-encrypted-pw123456.xls"})
    void encryptedWorkbooksAskForThePasswordAndImportWithIt(String name) throws Exception {
        ImportRequest request = ImportRequest.of(sample(name)).withArea(AREA);
        assertThatThrownBy(() -> service.preview(request)).isInstanceOf(PasswordRequiredException.class)
                .hasMessage("Tệp \"" + name + "\" được đặt mật khẩu để mở. Vui lòng nhập mật khẩu.");
        assertThatThrownBy(() -> service.preview(request.withPassword("sai"))).isInstanceOf(WorkbookReadException.class)
                .hasMessage("Mật khẩu không đúng, không mở được tệp \"" + name + "\". Vui lòng nhập lại mật khẩu.")
                .satisfies(e -> assertThat(((WorkbookReadException) e).problem()).isEqualTo(ReadProblem.WRONG_PASSWORD));
        ImportPreview p = service.preview(request.withPassword("123456"));
        assertEntry(p, "'Biểu 01'!D14", EntryStatus.NEW, "LD06", Period.year(2023), "TH", "3.12");
        CommitResult done = service.commit(answered(request.withPassword("123456"))
                .withAnswer("so:F", Answers.DECIMAL_COMMA).withSkipErroneousRows(true));
        assertThat(done.inserted()).isEqualTo(10);
    }

    @Test
    void strictOoxmlIsRefusedWithAdviceToResave() {
        assertThatThrownBy(() -> service.preview(ImportRequest.of(sample("synthetic-strict-ooxml-imitation.xlsx"))))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessage("Tệp \"synthetic-strict-ooxml-imitation.xlsx\" được lưu ở định dạng \"Strict Open XML "
                        + "Spreadsheet\", chương trình chưa đọc được định dạng này. Vui lòng mở tệp bằng Excel, chọn "
                        + "Lưu thành (Save As) với kiểu \"Excel Workbook (*.xlsx)\" rồi nhập lại.");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> service.commit(ImportRequest.of(sample("synthetic-empty.xlsx")).withArea(AREA)))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessage("Tệp \"synthetic-empty.xlsx\" rỗng (0 byte), không có dữ liệu để nhập. "
                        + "Vui lòng kiểm tra lại tệp nhận được.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-html-disguised.xls", "synthetic-csv-disguised.xls",
            "synthetic-spreadsheetml2003.xls", "synthetic-many-styles-zipbomb-false-positive.xlsx",
            "synthetic-richtext-mixed-fonts.xlsx"})
    void tablesWithoutValueColumnsAreReadButImportNothing(String name) throws Exception {
        ImportRequest request = ImportRequest.of(sample(name)).withArea(AREA).withPeriod(Period.year(2024));
        ImportPreview p = service.preview(request);
        assertThat(p.entries()).isEmpty();
        assertThat(p.warnings()).containsExactly("Tệp " + name + ", trang \"" + p.sheet()
                + "\": không có cột số liệu nào (Kế hoạch, Thực hiện, Ước thực hiện…) để nhập.");
        CommitResult done = service.commit(request);
        assertThat(done.batchId()).isZero();
        assertThat(service.batches()).isEmpty();
    }

    @Test
    void theSheetNamesOfTheDisguisedFilesAreTheirFileNames() throws Exception {
        assertThat(service.preview(ImportRequest.of(sample("synthetic-csv-disguised.xls"))).sheet())
                .isEqualTo("synthetic-csv-disguised");
        assertThat(service.preview(ImportRequest.of(sample("synthetic-spreadsheetml2003.xls"))).sheet())
                .isEqualTo("Sheet1");
    }

    @Test
    void unknownSheetIsNamedInTheMessage() {
        assertThatThrownBy(() -> service.preview(ImportRequest.of(sample("synthetic-bieu01.xlsx")).withSheet("Biểu 02")))
                .hasMessage("Tệp synthetic-bieu01.xlsx không có trang \"Biểu 02\". Các trang: Biểu 01.");
    }

}
