package vn.baocao.app.data;

import vn.baocao.domain.FigureText;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.baocao.domain.Period;

class PastedBlockTest {
    @Test
    void readsExcelsTabsAndLinesAndDropsTheTrailingLineBreak() {
        PastedBlock b = PastedBlock.parse("1.435\t125,87%\r\n8.599,376\t\r\n");
        assertThat(b.rows()).hasSize(2);
        assertThat(b.firstColumn()).containsExactly("1.435", "8.599,376");
        assertThat(b.hasSeveralColumns()).isTrue();
    }

    @Test
    void unquotesCellsAndKeepsEmptyLines() {
        PastedBlock b = PastedBlock.parse("\"2.278\"\n\n5");
        assertThat(b.firstColumn()).containsExactly("2.278", "", "5");
        assertThat(PastedBlock.parse("").isEmpty()).isTrue();
    }

    @Test
    void periodKindsMakePeriodsAndBack() {
        assertThat(PeriodKind.Q3.in(2023)).isEqualTo(Period.parse("2023-Q3"));
        assertThat(PeriodKind.FIRST_HALF.in(2023).code()).isEqualTo("2023-6T");
        assertThat(PeriodKind.SECOND_HALF.in(2023).code()).isEqualTo("2023-6TC");
        assertThat(PeriodKind.M05.in(2023).code()).isEqualTo("2023-T05");
        assertThat(PeriodKind.SCHOOL_YEAR.in(2023).code()).isEqualTo("NH2023-2024");
        for (PeriodKind k : PeriodKind.values()) {
            assertThat(PeriodKind.of(k.in(2024))).contains(k);
        }
        assertThat(PeriodKind.of(Period.parse("GD2021-2025"))).isEmpty();
    }

    @Test
    void plansAndFiguresAreWrittenTheVietnameseWay() {
        assertThat(FigureText.number(new java.math.BigDecimal("8599.376"), null)).isEqualTo("8.599,376");
        assertThat(FigureText.number(new java.math.BigDecimal("1435"), null)).isEqualTo("1.435");
        assertThat(FigureText.number(null, null)).isEmpty();
    }
}
