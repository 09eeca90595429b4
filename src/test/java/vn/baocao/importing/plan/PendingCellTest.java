package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.values.CellValueReader;

class PendingCellTest {
    private static final ColumnPlan COLUMN = new ColumnPlan(3, "D", "TH 2024",
            ValueSlot.observation(ObservationKind.THUC_HIEN), "XA1", Period.year(2024), "");
    private static final CellData CELL = CellData.number(4, 3, 12, "12", "General", false, List.of());

    @Test
    void notesAreAddedInTurnWithoutChangingTheCellTheyAreAddedTo() {
        PendingCell plain = PendingCell.value("D5", 4, CELL, COLUMN, "DS01", CellValueReader.readText("12"), null);
        assertThat(plain.notes()).isEmpty();
        assertThat(PendingCell.value("D5", 4, CELL, COLUMN, "DS01", CellValueReader.readText("12"), "").notes())
                .isEmpty();
        PendingCell noted = PendingCell.value("D5", 4, CELL, COLUMN, "DS01", CellValueReader.readText("12"), "đọc");
        PendingCell more = noted.withNote("công thức").withAsWritten("98,2%", null).withNote("so sánh");
        assertThat(more.notes()).containsExactly("đọc", "công thức", "so sánh");
        assertThat(noted.notes()).containsExactly("đọc");
        assertThat(more.pctAsWritten()).isEqualTo("98,2%");
        assertThat(more.value()).isEqualTo(noted.value());
        PendingCell error = PendingCell.error("D5", 4, CELL, COLUMN, null, "lỗi").withNote("ghi chú");
        assertThat(error.notes()).containsExactly("ghi chú");
        assertThat(error.error()).isEqualTo("lỗi");
        assertThat(plain.withNote("một").notes()).containsExactly("một");
        assertThat(plain.notes()).isEmpty();
    }
}
