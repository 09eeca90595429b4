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

    /**
     * Cells given in order are measured and placed as they come (only the rows of merged regions are looked at
     * again); the same cells in another order, or one already placed, give the very same sheet the long way.
     */
    @Test
    void aSheetBuiltInOrderAnswersAsOneBuiltOutOfOrder() {
        List<CellData> cells = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 5; c++) {
                if ((r + c) % 4 != 0) {
                    cells.add(r == 5 ? CellData.builder(r, c).text(" ").build() : number(r, c, r * 10 + c));
                }
            }
        }
        MergedRegion header = new MergedRegion(0, 1, 1, 3);
        MergedRegion side = new MergedRegion(3, 4, 0, 0);
        SheetTable ordered = withCells("a", cells).mergedRegion(header).mergedRegion(side).build();
        List<CellData> reversed = new ArrayList<>(cells);
        java.util.Collections.reverse(reversed);
        SheetTable unordered = withCells("b", reversed).mergedRegion(header).mergedRegion(side).build();
        List<CellData> oneWasPlaced = new ArrayList<>(cells);
        oneWasPlaced.set(7, oneWasPlaced.get(7).withPlacement(true, true, side));
        SheetTable placedBefore = withCells("c", oneWasPlaced).mergedRegion(header).mergedRegion(side).build();
        SheetTable hidden = withCells("d", cells).mergedRegion(header).hiddenColumn(2).build();
        for (SheetTable other : List.of(unordered, placedBefore)) {
            assertSameCells(ordered, other);
        }
        assertThat(ordered.rowCount()).as("the blank-looking last row is not counted").isEqualTo(5);
        assertThat(ordered.columnCount()).isEqualTo(5);
        assertThat(ordered.cell(0, 2).mergedRegion()).isSameAs(header);
        assertThat(ordered.cell(4, 0).isCoveredByMerge()).isTrue();
        assertThat(ordered.cell(2, 2).mergedRegion()).isNull();
        assertThat(hidden.cell(2, 2).hiddenColumn()).isTrue();
        assertThat(hidden.cell(1, 2).mergedRegion()).isSameAs(header);
        assertThat(SheetTable.builder("e", 0).build().rowCount()).isZero();
    }

    private static SheetTable.Builder withCells(String name, List<CellData> cells) {
        SheetTable.Builder builder = SheetTable.builder(name, 0);
        cells.forEach(builder::cell);
        return builder;
    }

    private static void assertSameCells(SheetTable expected, SheetTable actual) {
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        assertThat(actual.columnCount()).isEqualTo(expected.columnCount());
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 6; c++) {
                assertThat(actual.cell(r, c)).as(CellReferences.of(r, c)).isEqualTo(expected.cell(r, c));
            }
        }
    }
}
