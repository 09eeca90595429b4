package vn.baocao.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetCellNamesTest {
    @Test
    void namesACellAsCellReferencesDoes() {
        for (String sheetRef : new String[] {"'Tổng hợp'", "Sheet1", "''"}) {
            SheetCellNames names = new SheetCellNames(sheetRef);
            for (int column : new int[] {0, 1, 25, 26, 63, 64, 700, 16_383, 1, 0, 16_384, -1}) {
                for (int row : new int[] {0, 9, 1_048_575, -2}) {
                    assertThat(names.of(row, column)).as(sheetRef + " " + row + " " + column)
                            .isEqualTo(CellReferences.qualified(sheetRef, row, column));
                }
            }
        }
        assertThat(new SheetCellNames("'Tổng hợp'").of(4, 3)).isEqualTo("'Tổng hợp'!D5");
    }
}
