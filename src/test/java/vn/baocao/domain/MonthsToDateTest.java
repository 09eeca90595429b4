package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "2 tháng", "5 tháng": the first months of a year that have no period type of their own. */
class MonthsToDateTest {
    @Test
    void theCodeReadsBackAndTheSpanRunsFromJanuary() {
        Period five = Period.parse("2024-5T");
        assertThat(five.type()).isEqualTo(PeriodType.MONTHS_TO_DATE);
        assertThat(five.code()).isEqualTo("2024-5T");
        assertThat(five.label()).isEqualTo("5 tháng đầu năm 2024");
        assertThat(five.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(five.end()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(five.cumulative()).isTrue();
        assertThat(five.previousYear().code()).isEqualTo("2023-5T");
        assertThat(Period.parse("2024-2T").end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void spansWithATypeOfTheirOwnKeepIt() {
        assertThat(Period.parse("2024-6T").type()).isEqualTo(PeriodType.HALF_YEAR);
        assertThat(Period.parse("2024-9T").type()).isEqualTo(PeriodType.NINE_MONTHS);
        assertThat(Period.monthsToDate(2024, 3)).isEqualTo(Period.quarter(2024, 1));
        assertThat(Period.monthsToDate(2024, 12)).isEqualTo(Period.year(2024));
        assertThatThrownBy(() -> new Period(PeriodType.MONTHS_TO_DATE, 2024, 6))
                .hasMessageStartingWith("Số tháng đầu năm phải là 2, 4, 5, 7, 8, 10 hoặc 11");
        assertThatThrownBy(() -> Period.parse("2024-13T")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiveMonthsRollUpFromTheirMonthsNeverFromQuýIAlone() {
        Period five = Period.parse("2024-5T");
        assertThat(SpanRollUp.tilings(five)).containsExactly(List.of(Period.month(2024, 1), Period.month(2024, 2),
                Period.month(2024, 3), Period.month(2024, 4), Period.month(2024, 5)));
        assertThat(SpanRollUp.tilings(Period.nineMonths(2024))).hasSize(3); // months, quarters, 6 tháng + quý III
    }
}
