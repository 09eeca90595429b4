package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Period#previous()}: the period just before, of the same type; the inverse of {@link Period#next()}. */
class PeriodPreviousTest {
    @Test
    void thePeriodJustBefore() {
        assertThat(Period.quarter(2024, 2).previous()).isEqualTo(Period.quarter(2024, 1));
        assertThat(Period.quarter(2024, 1).previous()).isEqualTo(Period.quarter(2023, 4));
        assertThat(Period.month(2025, 1).previous()).isEqualTo(Period.month(2024, 12));
        assertThat(Period.year(2024).previous()).isEqualTo(Period.year(2023));
        assertThat(Period.parse("2024-6TC").previous()).isEqualTo(Period.firstHalf(2024));
        assertThat(Period.firstHalf(2024).previous()).isEqualTo(Period.parse("2023-6TC"));
        assertThat(Period.parse("GD2021-2025").previous()).isEqualTo(Period.parse("GD2016-2020"));
    }

    @Test
    void undoesNext() {
        for (Period p : List.of(Period.month(2024, 12), Period.quarter(2023, 4), Period.year(2022), Period.nineMonths(2023),
                Period.firstHalf(2023), Period.parse("2023-6TC"), Period.parse("NH2023-2024"), Period.parse("GD2021-2025"))) {
            assertThat(p.next().previous()).as("%s", p).isEqualTo(p);
        }
    }
}
