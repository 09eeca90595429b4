package vn.baocao.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellReferencesTest {
    @Test
    void namesAColumnByLettersAndARowFromOne() {
        assertThat(CellReferences.of(9, 1)).isEqualTo("B10");
        assertThat(CellReferences.of(0, 25)).isEqualTo("Z1");
        assertThat(CellReferences.of(0, 26)).isEqualTo("AA1");
        assertThat(CellReferences.of(1_048_575, 16_383)).isEqualTo("XFD1048576");
    }

    @Test
    void qualifiesAReferenceWithItsSheet() {
        assertThat(CellReferences.qualified("'Tổng hợp'", 4, 3)).isEqualTo("'Tổng hợp'!D5");
        assertThat(CellReferences.qualified("Sheet1", 9, 27)).isEqualTo("Sheet1!" + CellReferences.of(9, 27));
    }

    @Test
    void aCellIsNamedByItsPosition() {
        CellData cell = CellData.builder(4, 3).number(1.5, "1,5", "General", false).build();
        assertThat(cell.reference()).isEqualTo("D5");
        assertThat(cell.withPlacement(true, false, null).reference()).isEqualTo("D5");
        assertThat(CellData.blank(0, 0, false, false, null).reference()).isEqualTo("A1");
    }
}
