package vn.baocao.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.TestDatabase;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;

/** Ctrl+Z undoes only a change of the area and period on screen, and its label says which (issue 12, failure 10). */
class ScopedUndoTest {
    @TempDir
    Path folder;
    private Database db;
    private DataViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.withDemo(folder);
        vm = new DataViewModel(new DataStore(db), new ServiceAssessments(db), new SameThreadTaskRunner(),
                new RecordingDialogs(), Messages.load(), AssessmentOptions::defaults);
        vm.initialize();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String stored(String code, int year) {
        return db.read(c -> new ObservationRepository(c).find(code, "XINMAN", Period.year(year), ObservationKind.THUC_HIEN))
                .map(o -> o.value().toPlainString()).orElse(null);
    }

    @Test
    void undoActsOnTheAreaAndPeriodOnScreenAndSaysWhat() {
        vm.choosePeriod("2023");
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Hoàn tác");
        assertThat(vm.commit(vm.row("VH05"), "60.000")).isTrue();
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Hoàn tác: VH05 Huyện Xín Mần năm 2023");

        vm.choosePeriod("2022");
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Hoàn tác");
        vm.undo();
        assertThat(stored("VH05", 2023)).as("nothing undone out of sight").isEqualTo("60000");

        vm.choosePeriod("2023");
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(stored("VH05", 2023)).isEqualTo("101302");
        assertThat(vm.messageProperty().get()).isEqualTo("Đã hoàn tác: VH05 Huyện Xín Mần năm 2023");
        assertThat(vm.redoLabelProperty().get()).isEqualTo("Làm lại: VH05 Huyện Xín Mần năm 2023");
    }

    @Test
    void monthsAndQuartersAreShort() {
        assertThat(ScopedEditHistory.shortPeriod(Period.month(2024, 3))).isEqualTo("T3/2024");
        assertThat(ScopedEditHistory.shortPeriod(Period.quarter(2024, 3))).isEqualTo("Q3/2024");
        assertThat(ScopedEditHistory.shortPeriod(Period.firstHalf(2024))).isEqualTo("6 tháng đầu năm 2024");
    }
}
