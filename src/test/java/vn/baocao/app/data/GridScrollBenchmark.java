package vn.baocao.app.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;

/**
 * Scrolling the Dữ liệu grid through 2 000 filled rows, 20 rows a step (like a held-down arrow key or a wheel
 * flick), timing on the FX thread what each step costs: scrollTo plus the layout pass that re-fills the recycled
 * row cells. A step well under a 16,7 ms frame means no stutter from the grid itself. Rendering pixels is not
 * timed (headless Monocle renders in software to nowhere). Not part of the test run (its name matches no test
 * pattern); run with
 * {@code mvn -B test -Dtest=GridScrollBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; prints the figures.
 */
@ExtendWith(ApplicationExtension.class)
class GridScrollBenchmark {
    private static final int ROWS = 2000;
    private static final int STEP = 20;
    private DataViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new DataViewModel(null, null, new SameThreadTaskRunner(), new RecordingDialogs(), Messages.load(),
                AssessmentOptions::defaults);
        stage.setScene(new Scene(new DataView(vm, Messages.load()), 1280, 800));
        stage.show();
    }

    @Test
    void scrollThroughTwoThousandRows(FxRobot robot) {
        robot.interact(() -> vm.rows().setAll(rows()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#dataGrid").queryTableView();
        // Warm up the JIT on the same path, then measure three sweeps down and up.
        sweep(robot, table, 3);
        long[] steps = sweep(robot, table, 3);
        Arrays.sort(steps);
        double mean = Arrays.stream(steps).average().orElse(0) / 1e6;
        double p95 = steps[(int) (steps.length * 0.95)] / 1e6;
        double max = steps[steps.length - 1] / 1e6;
        int cells = robot.lookup(".table-row-cell").queryAll().size();
        System.out.printf("GridScrollBenchmark: %d rows, %d steps of %d rows, per step mean %.2f ms, p95 %.2f ms, "
                + "max %.2f ms; row cells alive: %d%n", ROWS, steps.length, STEP, mean, p95, max, cells);
    }

    private static long[] sweep(FxRobot robot, TableView<?> table, int times) {
        List<Long> took = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            for (int i = 0; i < ROWS; i += STEP) {
                took.add(step(robot, table, i));
            }
            for (int i = ROWS - 1; i >= 0; i -= STEP) {
                took.add(step(robot, table, i));
            }
        }
        return took.stream().mapToLong(Long::longValue).toArray();
    }

    private static long step(FxRobot robot, TableView<?> table, int index) {
        AtomicReference<Long> took = new AtomicReference<>();
        robot.interact(() -> {
            long start = System.nanoTime();
            table.scrollTo(index);
            table.layout();
            took.set(System.nanoTime() - start);
        });
        return took.get();
    }

    private static List<IndicatorRow> rows() {
        List<IndicatorRow> rows = new ArrayList<>();
        Period y = Period.year(2023);
        String[] bands = {"đạt và vượt kế hoạch", "đạt từ 80 đến dưới 100% kế hoạch", "đạt từ 50 đến dưới 80% kế hoạch",
            "đạt dưới 50% kế hoạch"};
        for (int i = 0; i < ROWS; i++) {
            String code = String.format("CT%04d", i);
            Indicator ind = new Indicator(code, "Số lao động được giải quyết việc làm tại xã, thôn số " + i, "lao động",
                    "LĐ-TB&XH", IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
            Target target = new Target(code, "H", y, Issuer.NQ_HDND, Comparator.GE, BigDecimal.valueOf(3500), null, null);
            Observation actual = Observation.of(code, "H", y, BigDecimal.valueOf(1000 + i));
            Observation previous = Observation.of(code, "H", y.previousYear(), BigDecimal.valueOf(900 + i));
            int band = i % 4;
            rows.add(new IndicatorRow(new RowEvaluation(ind, Issuer.NQ_HDND, target, List.of(target), actual, previous,
                    "65,08%", "Không đạt", bands[band], band, "tăng 100 lao động (tăng 11,1%)",
                    i % 7 == 0 ? List.of("Tỷ lệ % kế hoạch ghi 65% nhưng tính được 65,08%.") : List.of(), "")));
        }
        return rows;
    }
}
