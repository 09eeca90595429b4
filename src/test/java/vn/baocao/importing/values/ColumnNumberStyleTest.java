package vn.baocao.importing.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnNumberStyleTest {
    private static ColumnNumberStyle.Style styleOf(String... texts) {
        ColumnNumberStyle style = new ColumnNumberStyle();
        for (String t : texts) {
            style.observe(t);
        }
        return style.style();
    }

    @Test
    void englishThousandsCommasMakeAnEnglishColumn() {
        // each of these once read as a Vietnamese "1,234" / "2,345" followed by a unit
        assertThat(styleOf("1,234,567")).isEqualTo(ColumnNumberStyle.Style.ENGLISH);
        assertThat(styleOf("2,345.5")).isEqualTo(ColumnNumberStyle.Style.ENGLISH);
        assertThat(styleOf("3,456,789.25", "1,435")).isEqualTo(ColumnNumberStyle.Style.ENGLISH);
        assertThat(styleOf("1,234.5 ha", "12,345,678 đồng")).isEqualTo(ColumnNumberStyle.Style.ENGLISH);
    }

    @Test
    void vietnameseDecimalCommasWithOrWithoutAUnitMakeAVietnameseColumn() {
        assertThat(styleOf("125,87%")).isEqualTo(ColumnNumberStyle.Style.VIETNAMESE);
        assertThat(styleOf("1,5 ha", "8.599,376")).isEqualTo(ColumnNumberStyle.Style.VIETNAMESE);
        assertThat(styleOf("2.345,5 triệu đồng", "(12,5)")).isEqualTo(ColumnNumberStyle.Style.VIETNAMESE);
        assertThat(styleOf("-0,75", "1,435")).isEqualTo(ColumnNumberStyle.Style.VIETNAMESE);
    }

    @Test
    void bothKindsOrNeitherDecideNothing() {
        assertThat(styleOf("125,87", "1,234,567")).isEqualTo(ColumnNumberStyle.Style.MIXED);
        assertThat(styleOf("1,435", "12", "1.234")).isEqualTo(ColumnNumberStyle.Style.UNKNOWN);
        assertThat(styleOf("1,2,3", "1,5.")).isEqualTo(ColumnNumberStyle.Style.UNKNOWN);
    }
}
