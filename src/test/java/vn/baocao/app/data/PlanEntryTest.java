package vn.baocao.app.data;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.SourceDocument;
import vn.baocao.domain.Target;
import vn.baocao.store.Database;
import vn.baocao.store.SourceDocumentRepository;
import vn.baocao.store.TargetRepository;

/** Plans typed in the data page: validated like figures, one undo history with figures, documents stored once. */
class PlanEntryTest {
    private static final Period Y2023 = Period.year(2023);
    @TempDir
    Path folder;
    private Database db;
    private DataViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.withDemo(folder);
        vm = new DataViewModel(new DataStore(db), new ServiceAssessments(db), new SameThreadTaskRunner(), new RecordingDialogs(),
                Messages.load(), AssessmentOptions::defaults);
        vm.initialize();
        vm.choosePeriod("2023");
        vm.issuerProperty().set(Issuer.UBND_GIAO);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<Target> stored(String code, Issuer issuer) {
        return db.<List<Target>>read(c -> new TargetRepository(c).find(List.of("XINMAN"), List.of(Y2023))).stream()
                .filter(t -> t.indicatorCode().equals(code) && t.issuer() == issuer).findFirst();
    }

    @Test
    void aTypedPlanIsSavedAssessedAndUndoneLikeAFigure() {
        IndicatorRow vh05 = vm.row("VH05");
        assertThat(stored("VH05", Issuer.UBND_GIAO)).isEmpty();
        assertThat(vm.commitPlan(vh05, "≥ 50.000")).isTrue();
        Target t = stored("VH05", Issuer.UBND_GIAO).orElseThrow();
        assertThat(t.comparator()).isEqualTo(Comparator.GE);
        assertThat(t.value()).isEqualByComparingTo("50000");
        assertThat(vm.row("VH05").planProperty().get()).isEqualTo("≥ 50.000");
        assertThat(vm.row("VH05").percentProperty().get()).isNotEmpty();

        vm.commit(vm.row("LD01"), "1.500");
        vm.undo(); // the figure
        vm.undo(); // the plan
        assertThat(stored("VH05", Issuer.UBND_GIAO)).isEmpty();
        assertThat(vm.row("VH05").planProperty().get()).isEmpty();
        vm.redo();
        assertThat(stored("VH05", Issuer.UBND_GIAO)).isPresent();
        assertThat(vm.row("VH05").planProperty().get()).isEqualTo("≥ 50.000");
    }

    @Test
    void aBadPlanIsRefusedInVietnameseAndNothingIsSaved() {
        IndicatorRow vh05 = vm.row("VH05");
        assertThat(vm.commitPlan(vh05, "≥ năm mươi nghìn")).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Chưa lưu kế hoạch chỉ tiêu VH05:");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(stored("VH05", Issuer.UBND_GIAO)).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.planDocumentProperty().set("Nghị quyết số 5/NQ-HĐND ngày 31/02/2023");
        assertThat(vm.commitPlan(vh05, "50.000")).isFalse();
        assertThat(vm.messageProperty().get()).contains("không có thật");
        assertThat(stored("VH05", Issuer.UBND_GIAO)).isEmpty();
    }

    @Test
    void theSourceDocumentIsStoredOnceAndLinkedToEveryPlanTypedWithIt() {
        vm.planDocumentProperty().set("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022");
        assertThat(vm.commitPlan(vm.row("VH05"), "50.000")).isTrue();
        assertThat(vm.commitPlan(vm.row("LD01"), "2.000")).isTrue();
        List<SourceDocument> docs = db.read(c -> new SourceDocumentRepository(c).all());
        assertThat(docs).extracting(SourceDocument::citation).containsExactly("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022");
        for (String code : List.of("VH05", "LD01")) {
            assertThat(db.<Optional<SourceDocument>>read(c -> new SourceDocumentRepository(c).ofTarget(code, "XINMAN", Y2023,
                    Issuer.UBND_GIAO))).isPresent();
        }
        assertThat(vm.planDocuments()).contains("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022");
        // Emptying the cell removes the plan, and undo brings it back with its document.
        assertThat(vm.commitPlan(vm.row("VH05"), "")).isTrue();
        assertThat(stored("VH05", Issuer.UBND_GIAO)).isEmpty();
        vm.undo();
        assertThat(db.<Optional<SourceDocument>>read(c -> new SourceDocumentRepository(c).ofTarget("VH05", "XINMAN", Y2023,
                Issuer.UBND_GIAO))).isPresent();
    }
}
