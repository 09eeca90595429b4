package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Period's hand-written equals and hashCode: the same period is one key, any other component differs. */
class PeriodIdentityTest {
    @Test
    void periodsAreEqualExactlyWhenTypeYearAndIndexAre() {
        Set<Period> seen = new HashSet<>();
        int distinct = 0;
        for (PeriodType type : PeriodType.values()) {
            for (int year = 2019; year <= 2026; year++) {
                for (int index = 0; index <= 13; index++) {
                    Period p;
                    try {
                        p = new Period(type, year, index);
                    } catch (IllegalArgumentException notAPeriod) {
                        continue;
                    }
                    Period same = new Period(type, year, index);
                    assertThat(p).isEqualTo(same).hasSameHashCodeAs(same);
                    assertThat(seen.add(p)).isTrue();
                    distinct++;
                }
            }
        }
        assertThat(seen).hasSize(distinct);
        assertThat(distinct).isGreaterThan(100);
        assertThat(Period.parse("2024-T03")).isEqualTo(new Period(PeriodType.MONTH, 2024, 3))
                .isNotEqualTo(new Period(PeriodType.QUARTER, 2024, 3)).isNotEqualTo(new Period(PeriodType.MONTH, 2023, 3))
                .isNotEqualTo(new Period(PeriodType.MONTH, 2024, 4)).isNotEqualTo("2024-T03");
    }
}
