package vn.baocao.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sheet answers the same whether its cells are kept as rows of arrays (dense) or in a map (far apart). */
class SheetTableGridTest {
    private static CellData number(int row, int column, double value) {
        return CellData.builder(row, column).kind(CellKind.NUMBER).number(value, Double.toString(value), "General",
                false).build();
    }

    @Test
    void denseAndScatteredSheetsAnswerAlike() {
        SheetTable dense = SheetTable.builder("a", 0).cell(number(0, 0, 1)).cell(number(2, 3, 2))
                .cell(number(2, 3, 3)) // the later cell at a position wins, as with a map
                .hiddenRow(2).mergedRegion(new MergedRegion(0, 0, 0, 1)).build();
        SheetTable scattered = SheetTable.builder("b", 0).cell(number(0, 0, 1)).cell(number(2, 3, 2))
                .cell(number(2, 3, 3)).cell(number(1_000_000, 16_000, 4))
                .hiddenRow(2).mergedRegion(new MergedRegion(0, 0, 0, 1)).build();
        for (SheetTable sheet : List.of(dense, scattered)) {
            assertThat(sheet.cell(2, 3).number()).isEqualTo(3.0);
            assertThat(sheet.cell(2, 3).hiddenRow()).isTrue();
            assertThat(sheet.cell(0, 0).mergedRegion()).isEqualTo(new MergedRegion(0, 0, 0, 1));
            assertThat(sheet.cell(0, 1).isCoveredByMerge()).isTrue();
            assertThat(sheet.cell(0, 1).reference()).isEqualTo("B1");
            assertThat(sheet.cell(1, 5).isBlank()).isTrue();
            assertThat(sheet.cell(-1, 0).isBlank()).isTrue();
            assertThat(sheet.cell(5, 20_000).isBlank()).isTrue();
        }
        assertThat(scattered.cell(1_000_000, 16_000).number()).isEqualTo(4.0);
        assertThat(scattered.rowCount()).isEqualTo(1_000_001);
        assertThat(dense.rowCount()).isEqualTo(3);
        List<String> seen = new ArrayList<>();
        scattered.forEachNonBlank(c -> seen.add(c.reference()));
        assertThat(seen).containsExactlyInAnyOrder("A1", "D3", CellReferences.of(1_000_000, 16_000));
        assertThat(dense.nonBlankCells()).extracting(CellData::reference).containsExactly("A1", "D3");
    }
}
