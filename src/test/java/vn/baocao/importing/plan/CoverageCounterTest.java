package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellKind;

class CoverageCounterTest {

    @Test
    void numericTextsAnswerAsIsNumericEachTimeATextComesAgain() {
        List<CellData> cells = new ArrayList<>();
        String[] texts = {"TH T01/2020", "1.435,5", "125,87%", "6A", "Xã Bản Díu", "", "  ", "1,435", "khoảng 2.278",
            "-", "x", "2024", "15.718 triệu đồng", "TRUE"};
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                cells.add(CellData.builder(round, cells.size()).kind(CellKind.TEXT).resultKind(CellKind.TEXT)
                        .text(text).build());
            }
            cells.add(CellData.number(round, 90, 12.5, "12,5", "General", false, List.of()));
            cells.add(CellData.number(round, 91, 45_000, "15/03/2023", "dd/mm/yyyy", true, List.of()));
            cells.add(CellData.builder(round, 92).kind(CellKind.ERROR).resultKind(CellKind.ERROR).text("#DIV/0!")
                    .error("#DIV/0!").build());
            cells.add(CellData.builder(round, 93).kind(CellKind.FORMULA).resultKind(CellKind.ERROR).text("1.435")
                    .error("#N/A").build());
        }
        CoverageCounter.NumericTexts numericTexts = new CoverageCounter.NumericTexts();
        for (CellData cell : cells) {
            assertThat(numericTexts.isNumeric(cell)).as(cell.text()).isEqualTo(CoverageCounter.isNumeric(cell));
        }
        assertThat(cells.stream().filter(CoverageCounter::isNumeric).count()).isGreaterThan(10);
    }
}
