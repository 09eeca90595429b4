package vn.baocao.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.TestDatabase;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.importing.SampleWorkbooks;
import vn.baocao.importing.plan.Answers;
import vn.baocao.importing.plan.EntryStatus;
import vn.baocao.importing.plan.ImportFixtures;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;

/** The "Nhập Excel" wizard over the shared sample workbooks and the demo data. */
class ImportViewModelTest {
    static final String AREA = "XINMAN.NAMDAN";
    /** What a clerk answers for Biểu 01: three new indicators, LD01, the NFD row is LD06 (the date row is not asked). */
    static final Map<String, String> ANSWERS = Map.of("chi-tieu:10", Answers.ADD, "chi-tieu:11", Answers.ADD,
            "chi-tieu:12", Answers.ADD, "chi-tieu:15", "LD01", "chi-tieu:17", "LD06");

    @TempDir
    Path folder;
    private Database db;
    private RecordingDialogs dialogs;
    private ImportViewModel vm;
    private int imported;

    @BeforeEach
    void open() {
        db = TestDatabase.withDemo(folder);
        dialogs = new RecordingDialogs();
        vm = new ImportViewModel(new ImportStore(db), new SameThreadTaskRunner(), dialogs, Messages.load());
        vm.onImported(() -> imported++);
        vm.load();
        vm.choices().areaProperty().set(vm.choices().areas().stream().filter(a -> a.code().equals(AREA)).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Path sample(String name) {
        return SampleWorkbooks.sample(name).toPath();
    }

    private List<Observation> figures2023() {
        return db.read(c -> new ObservationRepository(c).find(List.of(AREA), List.of(Period.year(2023))));
    }

    /** Chooses the file, answers every question and commits the good rows; returns the batch number. */
    private void importBieu01() {
        dialogs.fileToOpen = sample("synthetic-bieu01.xlsx");
        vm.chooseFile();
        ANSWERS.forEach((id, value) -> vm.results().questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow()
                .answerProperty().set(value));
        vm.preview();
        vm.answer("so:F", Answers.THOUSANDS_COMMA);
        assertThat(vm.results().questions()).isEmpty();
        vm.choices().skipErroneousRowsProperty().set(true);
        vm.commit();
    }

    @Test
    void theSheetIsShownAsReadWithItsHeaderAndTheQuestionsAreAsked() {
        vm.open(sample("synthetic-bieu01.xlsx"));
        assertThat(vm.choices().sheets()).contains("Biểu 01");
        assertThat(vm.choices().sheetProperty().get()).isEqualTo("Biểu 01");
        SheetGrid grid = vm.results().gridProperty().get();
        assertThat(grid.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(SheetGrid.MAX_ROWS);
        assertThat(grid.rows()).anyMatch(r -> r.part() == SheetRow.Part.HEADER);
        assertThat(grid.rows()).anyMatch(r -> r.cells().stream().anyMatch(c -> c.contains("Số lao động được giải quyết việc làm")));
        assertThat(vm.results().questions()).extracting(QuestionRow::id).containsExactly("chi-tieu:10", "chi-tieu:11",
                "chi-tieu:12", "chi-tieu:15", "chi-tieu:17");
        assertThat(vm.results().questions().get(3).suggested()).isEqualTo("LD01");
        assertThat(vm.results().questions().get(3).answerProperty().get()).isNull();
        assertThat(vm.results().warnings()).hasSize(2).anySatisfy(w -> assertThat(w).contains("'Biểu 01'!I11"))
                .anySatisfy(w -> assertThat(w).startsWith("'Biểu 01'!H11 (cột \"Tỷ lệ % / So với KH\"): ghi 125,87%"));
        assertThat(vm.messageProperty().get()).contains("Chưa ghi gì");

        vm.results().statusFilterProperty().set(EntryStatus.ERROR);
        assertThat(vm.results().shownEntries()).isNotEmpty().allMatch(e -> e.status() == EntryStatus.ERROR);
        assertThat(vm.results().shownEntries()).extracting(EntryRow::cell).contains("'Biểu 01'!D10");
        vm.results().statusFilterProperty().set(null);
        assertThat(vm.results().shownEntries()).hasSameSizeAs(vm.results().entries());
    }

    @Test
    void anIndicatorQuestionIsAnsweredFromTheCatalogPickerLikeATypedCode() {
        vm.open(sample("synthetic-bieu01.xlsx"));
        assertThat(vm.catalogProperty().get().size()).isGreaterThan(70);
        QuestionRow row17 = vm.results().questions().stream().filter(q -> q.id().equals("chi-tieu:17")).findFirst().orElseThrow();
        CatalogPicker picker = vm.picker(row17);
        picker.queryProperty().set("Ti le ho ngheo");
        assertThat(picker.items().get(0).value()).isEqualTo("LD06");
        assertThat(picker.items().get(0).text()).isEqualTo("LD06 — Tỷ lệ hộ nghèo (đa chiều) (%)");
        assertThat(picker.pick()).isTrue();
        assertThat(row17.answerProperty().get()).isEqualTo("LD06");

        QuestionRow row15 = vm.results().questions().stream().filter(q -> q.id().equals("chi-tieu:15")).findFirst().orElseThrow();
        CatalogPicker first = vm.picker(row15);
        assertThat(first.items().get(0).value()).isEqualTo("LD01");
        assertThat(first.items().get(0).suggested()).isTrue();
        assertThat(first.items()).extracting(CatalogPicker.Item::value).endsWith(Answers.ADD, Answers.SKIP);
        vm.preview();
        assertThat(vm.results().questions()).extracting(QuestionRow::id).doesNotContain("chi-tieu:17");
    }

    @Test
    void aRefusedCommitNamesTheCellsAndWritesNothing() {
        vm.open(sample("synthetic-bieu01.xlsx"));
        vm.commit();
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Không nhập tệp synthetic-bieu01.xlsx (trang \"Biểu 01\"): 13 ô có lỗi").contains("'Biểu 01'!D10");
        assertThat(vm.batches()).isEmpty();
        assertThat(figures2023()).isEmpty();
        assertThat(imported).isZero();
    }

    @Test
    void aSampleIsImportedThroughTheWizardAndItsBatchIsUndone() {
        importBieu01();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Đã ghi lô nhập số 1: thêm 10, sửa 0 số liệu, thêm 3 chỉ tiêu");
        assertThat(imported).isEqualTo(1);
        assertThat(figures2023()).extracting(Observation::indicatorCode, o -> o.value().toPlainString())
                .contains(org.assertj.core.groups.Tuple.tuple("LD01", "120"), org.assertj.core.groups.Tuple.tuple("TM002", "1435"));
        assertThat(vm.batches()).singleElement().satisfies(b -> {
            assertThat(b.fileName()).isEqualTo("synthetic-bieu01.xlsx");
            assertThat(b.undone()).isFalse();
        });

        dialogs.answer = false;
        vm.undo(vm.batches().get(0));
        assertThat(figures2023()).isNotEmpty();
        dialogs.answer = true;
        vm.undo(vm.batches().get(0));
        assertThat(dialogs.questions).hasSize(2).allMatch(q -> q.contains("lô nhập số 1"));
        assertThat(vm.messageProperty().get()).isEqualTo("Đã hoàn tác lô nhập số 1: khôi phục 10 số liệu. "
                + "Đã bỏ khỏi danh mục các chỉ tiêu lô này thêm vào: TM001, TM002, TM003.");
        assertThat(figures2023()).isEmpty();
        assertThat(vm.batches().get(0).undone()).isTrue();
        assertThat(imported).isEqualTo(2);
    }

    @Test
    void theDryRunsProblemsAreSavedAsAWorkbookWhereTheClerkChooses() throws Exception {
        vm.open(sample("synthetic-bieu01.xlsx"));
        assertThat(vm.results().previewProperty().get()).isNotNull();

        vm.exportProblems(); // cancelled: nothing written, nothing said
        assertThat(dialogs.proposedName).isEqualTo("synthetic-bieu01 - danh sách lỗi.xlsx");
        assertThat(vm.messageProperty().get()).doesNotContain("danh sách lỗi");

        Path target = folder.resolve("gửi lại.xlsx");
        dialogs.fileToSave = target;
        vm.exportProblems();

        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Đã ghi danh sách lỗi vào tệp " + target.toAbsolutePath() + ".");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(target.toFile())) {
            org.apache.poi.ss.usermodel.Sheet problems = wb.getSheet("Lỗi và xung đột");
            assertThat(problems).isNotNull();
            List<String> cells = new java.util.ArrayList<>();
            for (int r = 1; r <= problems.getLastRowNum(); r++) {
                cells.add(problems.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(cells).contains("'Biểu 01'!D10");
        }

        dialogs.fileToSave = folder.resolve("không-có-thư-mục").resolve("x.xlsx");
        vm.exportProblems();
        assertThat(dialogs.errors).singleElement().asString().contains("x.xlsx");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
    }

    static Path corpus(String name) {
        try {
            return Path.of(ImportViewModelTest.class.getResource("/corpus/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void afterACommitTheWizardShowsTheBatchAndIsNoLongerArmed() {
        importBieu01();
        assertThat(vm.committedBatchProperty().get()).isNotNull().extracting(b -> b.id()).isEqualTo(1L);
        assertThat(vm.results().previewProperty().get()).isNull();
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.results().questions()).isEmpty();
        assertThat(vm.results().entries()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Đã ghi lô nhập số 1");
        int indicators = ImportFixtures.catalog(db).size();

        vm.commit(); // a second click: nothing to commit, nothing written, no indicator added again
        assertThat(vm.batches()).hasSize(1);
        assertThat(ImportFixtures.catalog(db)).hasSize(indicators);
        assertThat(vm.messageProperty().get()).isEqualTo("Hãy chọn tệp Excel và chạy thử trước khi ghi.");
    }

    @Test
    void theAreaQuestionListsTheAreasAndChangingTheAreaOrPeriodChecksAgain() {
        vm.choices().areaProperty().set(null);
        vm.open(corpus("02-th-uth-kh-nam.xlsx"));
        QuestionRow area = vm.results().questions().stream().filter(q -> q.id().equals("dia-ban")).findFirst().orElseThrow();
        assertThat(area.question().choices()).extracting(c -> c.value()).contains(AREA, "XINMAN.CHELA");
        assertThat(area.labelOf(AREA)).isEqualTo("Nấm Dẩn (XINMAN.NAMDAN)");

        var before = vm.results().previewProperty().get();
        vm.choices().areaProperty().set(vm.choices().areas().stream().filter(a -> a.code().equals(AREA)).findFirst()
                .orElseThrow());
        assertThat(vm.results().previewProperty().get()).isNotSameAs(before);
        assertThat(vm.results().questions()).extracting(QuestionRow::id).doesNotContain("dia-ban");
        assertThat(vm.results().entries()).allMatch(e -> AREA.equals(e.entry().areaCode()));

        var withArea = vm.results().previewProperty().get();
        vm.choices().periodCodeProperty().set("202"); // not yet a period: no check, no error
        assertThat(vm.results().previewProperty().get()).isSameAs(withArea);
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
        vm.choices().periodCodeProperty().set("2021");
        assertThat(vm.results().previewProperty().get()).isNotSameAs(withArea);
    }

    @Test
    void suggestionsNeverAddADateAsAnIndicatorAndTheCoverageIsShown() {
        vm.open(sample("synthetic-bieu01.xlsx"));
        assertThat(vm.results().coverageProperty().get())
                .isEqualTo("Trong trang có 33 ô số: nhập 5, chờ trả lời 17, bỏ qua 11 (lý do ở thẻ \"3. Chạy thử\"). Trong"
                        + " số đã nhập có 2 ô so sánh, tăng trưởng được tính lại để kiểm tra, đều khớp.");
        vm.results().reasonFilterProperty().set("hàng số thứ tự cột");
        assertThat(vm.results().shownSkipped()).hasSize(6).allMatch(c -> c.cell().endsWith("8"));
        vm.results().reasonFilterProperty().set("cột so sánh: đã kiểm tra, khớp");
        assertThat(vm.results().shownSkipped()).extracting(c -> c.cell())
                .containsExactly("'Biểu 01'!H14", "'Biểu 01'!I14");
        vm.results().reasonFilterProperty().set(null);
        assertThat(vm.results().shownSkipped()).hasSize(13);

        vm.acceptSuggestions();
        var preview = vm.results().previewProperty().get();
        assertThat(preview.newIndicators()).isNotEmpty()
                .allMatch(n -> n.name().chars().anyMatch(Character::isLetter), "every new indicator has a name");
        assertThat(preview.newIndicators()).extracting(n -> n.cell()).doesNotContain("'Biểu 01'!B16");
    }

    @Test
    void aLockedFileAsksForItsPasswordAndAWrongOneIsSaid() {
        vm.open(sample("synthetic-encrypted-pw123456.xlsx"));
        assertThat(vm.passwordNeededProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("synthetic-encrypted-pw123456.xlsx").contains("mật khẩu");
        assertThat(dialogs.errors).isEmpty();
        vm.submitPassword("sai");
        assertThat(vm.passwordNeededProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Mật khẩu không đúng");
        vm.submitPassword("123456");
        assertThat(vm.passwordNeededProperty().get()).isFalse();
        assertThat(vm.results().previewProperty().get()).isNotNull();
        assertThat(vm.results().entries()).isNotEmpty();
    }

    @Test
    void anEmptyFileIsExplainedAndNothingChanges() {
        vm.open(sample("synthetic-empty.xlsx"));
        assertThat(dialogs.errors).singleElement().asString().startsWith("Tệp \"synthetic-empty.xlsx\" rỗng");
        assertThat(vm.results().previewProperty().get()).isNull();
        assertThat(vm.batches()).isEmpty();
    }
}
