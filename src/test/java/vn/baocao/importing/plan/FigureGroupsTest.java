package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.baocao.domain.FigureKey;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.values.CellValueReader;

class FigureGroupsTest {
    private static PendingCell cell(int index, String code, ColumnPlan column) {
        CellData data = CellData.number(index, Math.max(0, column.index()), 1, "1", "General", false, List.of());
        return PendingCell.value("A" + index, index, data, column, code, CellValueReader.readText("1"), null);
    }

    private static ColumnPlan column(int index, String area, Period period, ValueSlot slot) {
        return new ColumnPlan(index, "X", "h", slot, area, period, "");
    }

    @Test
    void aCellIsFirstOfItsKeyUntilAnotherWithTheSameKeyCame() {
        ColumnPlan d = column(3, "XA1", Period.year(2024), ValueSlot.observation(ObservationKind.THUC_HIEN));
        ColumnPlan sameAsD = column(7, "XA1", Period.year(2024), ValueSlot.observation(ObservationKind.THUC_HIEN));
        ColumnPlan plan = column(4, "XA1", Period.year(2024), ValueSlot.target(Issuer.NQ_HDND));
        ColumnPlan otherArea = column(5, "XA2", Period.year(2024), ValueSlot.observation(ObservationKind.THUC_HIEN));
        ColumnPlan template = column(-1, "XA1", Period.year(2024), ValueSlot.observation(ObservationKind.THUC_HIEN));
        FigureGroups groups = new FigureGroups(8);
        assertThat(groups.first(cell(0, "DS01", d), 0)).isEqualTo(0);
        assertThat(groups.first(cell(1, "DS01", plan), 1)).isEqualTo(1);
        assertThat(groups.first(cell(2, "DS01", otherArea), 2)).isEqualTo(2);
        assertThat(groups.first(cell(3, "DS02", d), 3)).isEqualTo(3);
        assertThat(groups.anyShared()).isFalse();
        assertThat(groups.first(cell(4, "DS01", sameAsD), 4)).isEqualTo(0);
        assertThat(groups.anyShared()).isTrue();
        assertThat(groups.first(cell(5, null, d), 5)).isEqualTo(5);
        assertThat(groups.first(cell(6, null, sameAsD), 6)).isEqualTo(5);
        assertThat(groups.first(cell(7, new String("DS01"), template), 7)).isEqualTo(0);
    }

    @Test
    void manyCellsGroupAsTheirFigureKeysDo() {
        Random random = new Random(3);
        List<ColumnPlan> columns = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // several plans per key, and plans met at the same sheet column in turn
            ValueSlot slot = random.nextBoolean() ? ValueSlot.observation(ObservationKind.THUC_HIEN)
                    : ValueSlot.target(Issuer.UBND_GIAO);
            columns.add(column(random.nextInt(400) - 1, "XA" + random.nextInt(5),
                    Period.month(2020 + random.nextInt(3), 1 + random.nextInt(12)), slot));
        }
        int n = 50_000;
        FigureGroups groups = new FigureGroups(n);
        Map<FigureKey, Integer> expected = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String code = random.nextInt(50) == 0 ? null : "CT" + random.nextInt(120);
            ColumnPlan col = columns.get(random.nextInt(columns.size()));
            Integer first = expected.putIfAbsent(new FigureKey(code, col.areaCode(), col.period(), col.slot().code()), i);
            assertThat(groups.first(cell(i, code, col), i)).as("cell %d", i).isEqualTo(first == null ? i : first);
        }
    }
}
