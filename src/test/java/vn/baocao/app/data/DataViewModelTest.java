package vn.baocao.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.TestDatabase;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;

class DataViewModelTest {
    @TempDir
    Path folder;
    private Database db;
    private RecordingDialogs dialogs;
    private DataViewModel vm;
    private AssessmentOptions options = AssessmentOptions.defaults();

    @BeforeEach
    void open() {
        db = TestDatabase.withDemo(folder);
        dialogs = new RecordingDialogs();
        vm = new DataViewModel(new DataStore(db), new ServiceAssessments(db), new SameThreadTaskRunner(), dialogs,
                Messages.load(), () -> options);
        vm.initialize();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<Observation> stored(String code) {
        return db.read(c -> new ObservationRepository(c).find(code, "XINMAN", Period.year(2023), ObservationKind.THUC_HIEN));
    }

    /** The window starts the other pages' reads from this (issue 17): once, after the grid has its figures. */
    @Test
    void theFirstLoadSaysOnceThatTheGridHasItsFigures() {
        List<Integer> rowsWhenLoaded = new java.util.ArrayList<>();
        DataViewModel fresh = new DataViewModel(new DataStore(db), new ServiceAssessments(db), new SameThreadTaskRunner(),
                dialogs, Messages.load(), () -> options);
        fresh.initialize(() -> rowsWhenLoaded.add(fresh.rows().size()));
        assertThat(rowsWhenLoaded).singleElement().satisfies(n -> assertThat(n).isGreaterThan(70));
        fresh.reload();
        fresh.choosePeriod("2024");
        assertThat(rowsWhenLoaded).hasSize(1);
    }

    @Test
    void theFirstLoadAlsoEndsWhenThereIsNoAreaToShow(@TempDir Path empty) {
        try (Database none = Database.open(empty.resolve("baocao.db"))) {
            List<String> ended = new java.util.ArrayList<>();
            DataViewModel fresh = new DataViewModel(new DataStore(none), new ServiceAssessments(none),
                    new SameThreadTaskRunner(), dialogs, Messages.load(), () -> options);
            fresh.initialize(() -> ended.add("loaded"));
            assertThat(fresh.rows()).isEmpty();
            assertThat(ended).containsExactly("loaded");
        }
    }

    @Test
    void startsOnTheDistrictAndItsLatestYearWithFiguresWithEveryIndicatorOfTheCatalog() {
        assertThat(vm.areaProperty().get().code()).isEqualTo("XINMAN");
        // 2024 holds only plans in the demo; the clerk starts where the figures are.
        assertThat(vm.periodProperty().get()).isEqualTo(Period.year(2023));
        vm.choosePeriod("2024");
        assertThat(vm.periodProperty().get()).isEqualTo(Period.year(2024));
        vm.choosePeriod("2023");
        assertThat(vm.periodProperty().get()).isEqualTo(Period.year(2023));
        assertThat(vm.rows()).hasSizeGreaterThan(70);
        IndicatorRow vh05 = vm.row("VH05");
        assertThat(vh05.planProperty().get()).isEqualTo("≥ 100.000");
        assertThat(vh05.actualProperty().get()).isEqualTo("101.302");
        assertThat(vh05.percentProperty().get()).isEqualTo("101,3%");
        assertThat(vh05.assessmentProperty().get()).isEqualTo("Vượt – đạt và vượt kế hoạch");
        assertThat(vh05.bandRankProperty().get()).isZero();
        assertThat(vh05.previousProperty().get()).isEqualTo("62.902");
        assertThat(vh05.changeProperty().get()).startsWith("tăng 38.400");
        assertThat(vm.row("LD01").percentProperty().get()).isEqualTo("65,09%");
    }

    @Test
    void aTypedFigureIsAssessedAtOnceSavedAndCanBeUndoneAndRedone() {
        vm.choosePeriod("2023");
        IndicatorRow row = vm.row("VH05");
        assertThat(vm.commit(row, "60.000")).isTrue();
        assertThat(row.percentProperty().get()).isEqualTo("60%");
        assertThat(row.assessmentProperty().get()).isEqualTo("Không đạt – đạt từ 50 đến dưới 80% kế hoạch");
        assertThat(row.bandRankProperty().get()).isEqualTo(2);
        assertThat(stored("VH05").orElseThrow().value()).isEqualByComparingTo("60000");
        assertThat(stored("VH05").orElseThrow().textAsWritten()).isEqualTo("60.000");
        assertThat(vm.canUndoProperty().get()).isTrue();

        vm.undo();
        assertThat(row.percentProperty().get()).isEqualTo("101,3%");
        assertThat(stored("VH05").orElseThrow().value()).isEqualByComparingTo("101302");
        assertThat(vm.canRedoProperty().get()).isTrue();

        vm.redo();
        assertThat(row.percentProperty().get()).isEqualTo("60%");
        assertThat(stored("VH05").orElseThrow().value()).isEqualByComparingTo("60000");
    }

    @Test
    void previewAssessesWhileTypingWithoutSaving() {
        vm.choosePeriod("2023");
        IndicatorRow row = vm.row("VH05");
        vm.preview(row, "45.000");
        assertThat(row.percentProperty().get()).isEqualTo("45%");
        assertThat(row.bandRankProperty().get()).isEqualTo(3);
        assertThat(stored("VH05").orElseThrow().value()).isEqualByComparingTo("101302");
        vm.preview(row, "45.00");
        assertThat(row.inputErrorProperty().get()).isNotEmpty();
        vm.cancelEdit(row);
        assertThat(row.percentProperty().get()).isEqualTo("101,3%");
        assertThat(row.inputErrorProperty().get()).isEmpty();
    }

    @Test
    void aBadEntryIsRefusedWithItsVietnameseMessageAndNothingIsSaved() {
        vm.choosePeriod("2023");
        IndicatorRow row = vm.row("VH05");
        assertThat(vm.commit(row, "1,435")).isFalse();
        assertThat(vm.messageProperty().get()).contains("VH05").contains("1.435");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.commit(row, "trên 33,5")).isFalse();
        assertThat(vm.messageProperty().get()).contains("Chỉ được nhập số");
        assertThat(vm.commit(row, "abc")).isFalse();
        assertThat(stored("VH05").orElseThrow().value()).isEqualByComparingTo("101302");
        assertThat(row.actualProperty().get()).isEqualTo("101.302");
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void anEmptyEntryRemovesTheFigureAndUndoBringsItBack() {
        vm.choosePeriod("2023");
        IndicatorRow row = vm.row("LD01");
        assertThat(vm.commit(row, "")).isTrue();
        assertThat(stored("LD01")).isEmpty();
        assertThat(row.actualProperty().get()).isEmpty();
        assertThat(row.assessmentProperty().get()).isEqualTo("Thiếu số liệu");
        vm.undo();
        assertThat(stored("LD01").orElseThrow().value()).isEqualByComparingTo("2278");
        assertThat(row.percentProperty().get()).isEqualTo("65,09%");
    }

    @Test
    void aFigureForAnIndicatorWithoutDataIsInsertedAndDecimalsAreKept() {
        vm.choosePeriod("2023");
        // (a sum of money, not a head count: counts of whole things refuse decimals, see ValueSanity)
        IndicatorRow empty = vm.rows().stream().filter(r -> r.saved().actual() == null)
                .filter(r -> r.unit().equals("triệu đồng")).findFirst().orElseThrow();
        assertThat(vm.commit(empty, "8.599,376")).isTrue();
        assertThat(empty.actualProperty().get()).isEqualTo("8.599,376");
        assertThat(stored(empty.code()).orElseThrow().value()).isEqualByComparingTo(new BigDecimal("8599.376"));
    }

    @Test
    void aNegativeHeadCountIsRefusedWithTheRuleAndNothingIsStored() {
        vm.choosePeriod("2023");
        IndicatorRow people = vm.row("DS01");
        String before = people.actualProperty().get();
        vm.commit(people, "-5");
        assertThat(vm.messageProperty().get()).contains("số âm");
        assertThat(people.actualProperty().get()).isEqualTo(before);
    }

    @Test
    void aBlockPastedFromExcelIsOneUndoStepAndOneBadCellRefusesAll() {
        vm.choosePeriod("2023");
        int first = vm.rows().indexOf(vm.row("VH05"));
        String second = vm.rows().get(first + 1).code();
        assertThat(vm.paste(first, "70.000\tx\r\n1.234,5\t\r\n")).isTrue();
        assertThat(vm.row("VH05").percentProperty().get()).isEqualTo("70%");
        assertThat(stored(second).orElseThrow().value()).isEqualByComparingTo("1234.5");
        vm.undo();
        assertThat(stored("VH05").orElseThrow().value()).isEqualByComparingTo("101302");
        assertThat(vm.row("VH05").percentProperty().get()).isEqualTo("101,3%");

        assertThat(vm.paste(first, "50.000\n12,5,3\n")).isFalse();
        assertThat(vm.messageProperty().get()).contains("dòng 2");
        assertThat(stored("VH05").orElseThrow().value()).isEqualByComparingTo("101302");
    }

    @Test
    void theIssuerChoosesThePlanAndTheOptionsTheWording() {
        vm.choosePeriod("2023");
        vm.issuerProperty().set(Issuer.NGANH_GIAO);
        assertThat(vm.row("VH05").percentProperty().get()).isEqualTo("202,6%");
        assertThat(vm.row("LD01").planProperty().get()).isEmpty();
        vm.issuerProperty().set(Issuer.NQ_HDND);
        String pointsChange = vm.row("LD04").changeProperty().get();
        options = options.withChangeWording(ChangeWording.LEGACY_PERCENT);
        vm.reload();
        if (!pointsChange.isEmpty()) {
            assertThat(pointsChange).contains("điểm %");
            assertThat(vm.row("LD04").changeProperty().get()).doesNotContain("điểm");
        }
    }

    @Test
    void theTrendFollowsTheSelectedIndicatorAndTheBandsCountTheRows() {
        vm.choosePeriod("2023");
        vm.selectedRowProperty().set(vm.row("VH05"));
        assertThat(vm.trend()).extracting(TrendPoint::periodCode).containsExactly("2022", "2023");
        assertThat(vm.trend().get(1).value()).isEqualByComparingTo("101302");
        assertThat(vm.trendTitleProperty().get()).startsWith("VH05 – ");
        List<BandSlice> bands = vm.bands();
        assertThat(bands).hasSize(5);
        assertThat(bands.get(0).label()).isEqualTo("đạt và vượt kế hoạch");
        int before = bands.get(0).count();
        vm.commit(vm.row("VH05"), "10");
        assertThat(vm.bands().get(0).count()).isEqualTo(before - 1);
        assertThat(vm.bands().get(3).label()).isEqualTo("đạt dưới 50% kế hoạch");
    }

    @Test
    void aPeriodCodeThatIsNotValidIsExplained() {
        assertThat(vm.choosePeriod("2023-Q5")).isFalse();
        assertThat(vm.messageProperty().get()).contains("không hợp lệ");
        assertThat(vm.choosePeriod("2023-Q3")).isTrue();
        assertThat(vm.periodKindProperty().get()).isEqualTo(PeriodKind.Q3);
        assertThat(vm.periodProperty().get().label()).isEqualTo("quý III năm 2023");
    }

    @Test
    void aFailedSavePutsTheRowBackAndSaysWhy() {
        vm.choosePeriod("2023");
        IndicatorRow row = vm.row("VH05");
        db.close();
        vm.commit(row, "5");
        assertThat(row.actualProperty().get()).isEqualTo("101.302");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(vm.canUndoProperty().get()).isFalse();
        db = Database.open(folder.resolve("test.db"));
    }
}
