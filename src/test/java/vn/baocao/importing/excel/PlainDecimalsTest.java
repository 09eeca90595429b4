package vn.baocao.importing.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainDecimalsTest {
    @Test
    void readsWhatExcelWritesAsParseDoubleDoes() {
        for (String text : new String[] {"0", "8607", "8607.0", "1000.25", "-0.5", "-0", "0.1", "0.30000000000000004",
                "123456789012345", "1234567890123456", "999999999999999.9", "0.000000000000001", ".5", "5.",
                "1E-3", "1.5e10", "+7", "007.50", "4.35", "1.005", "9007199254740993"}) {
            assertThat(Double.doubleToRawLongBits(PlainDecimals.parse(text))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void givesTheSameDoubleOnRandomDecimals() {
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            long digits = random.nextLong() % 1_000_000_000_000_000L; // up to 18 digits: some take the slow path
            int scale = random.nextInt(19);
            String text = new BigDecimal(BigDecimal.valueOf(digits).unscaledValue(), scale).toPlainString();
            assertThat(Double.doubleToRawLongBits(PlainDecimals.parse(text))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void refusesWhatParseDoubleRefuses() {
        for (String text : new String[] {"", "-", ".", "1.2.3", "1,5", "12a", "--1"}) {
            assertThatThrownBy(() -> PlainDecimals.parse(text)).as(text).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void readsAPlainDecimalFromABufferAndLeavesTheRestToParseDouble() {
        for (String text : new String[] {"0", "8607.0", "-1000.25", "123456789012345", "0.00000000000001"}) {
            assertThat(PlainDecimals.parsePlain(new StringBuilder(text))).as(text).isEqualTo(Double.parseDouble(text));
        }
        for (String text : new String[] {"", "-", ".", " 7", "7 ", "+7", "1E-3", "NaN", "1234567890123456", "0.000000000000001", "1,5"}) {
            assertThat(PlainDecimals.parsePlain(new StringBuilder(text))).as(text).isNaN();
        }
    }
}
