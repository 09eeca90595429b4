package vn.baocao.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellDataTest {
    @Test
    void aNumberCellIsWhatTheBuilderMakes() {
        assertThat(CellData.number(4, 3, -1.25, "-1,25", "0.00", false, List.of("Arial")))
                .isEqualTo(CellData.builder(4, 3).kind(CellKind.NUMBER).number(-1.25, "-1,25", "0.00", false)
                        .fontNames(List.of("Arial")).build());
        assertThat(CellData.number(0, 0, 45306.5, "15/01/2024 12:00", "dd/mm/yyyy hh:mm", true, List.of()))
                .isEqualTo(CellData.builder(0, 0).kind(CellKind.NUMBER)
                        .number(45306.5, "15/01/2024 12:00", "dd/mm/yyyy hh:mm", true).build());
    }

    @Test
    void aNumberCellNeedsItsText() {
        assertThatThrownBy(() -> CellData.number(0, 0, 1, null, null, false, List.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
