package vn.baocao.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Issuer;

/** The grid keeps a few row cells for 2 000 indicators: it stays virtualized. */
@ExtendWith(ApplicationExtension.class)
class GridVirtualizationFxTest {
    private DataViewModel vm;
    private DataView view;

    @Start
    void start(Stage stage) {
        vm = new DataViewModel(null, null, new SameThreadTaskRunner(), new RecordingDialogs(), Messages.load(),
                AssessmentOptions::defaults);
        view = new DataView(vm, Messages.load());
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @Test
    void twoThousandRowsUseOnlyTheVisibleRowCells(FxRobot robot) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Indicator ind = new Indicator(String.format("CT%04d", i), "Chỉ tiêu số " + i, "người", "Thử", IndicatorKind.COUNT_FLOW,
                    Direction.UP, 0, null, null, null);
            rows.add(new IndicatorRow(new RowEvaluation(ind, Issuer.NQ_HDND, null, List.of(), null, null, "", "", "", -1,
                    "", List.of(), "")));
        }
        robot.interact(() -> vm.rows().setAll(rows));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#dataGrid").queryTableView();
        assertThat(table.getItems()).hasSize(2000);
        int cells = robot.lookup(".table-row-cell").queryAll().size();
        assertThat(cells).isBetween(1, 80);
        robot.interact(() -> table.scrollTo(1990));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-row-cell").queryAll().size()).isLessThan(80);
    }
}
