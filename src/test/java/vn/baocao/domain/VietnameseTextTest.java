package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
    private static boolean inPlainRanges(char c) {
        return c < '\u0300' || (c >= '\u1EA0' && c <= '\u1EF9');
    }

    /**
     * The fast path's claim: a text of characters from its ranges is NFC. NFC changes a text only where a character
     * decomposes or composes with the one before it; checking every character alone and every ordered pair covers it.
     */
    @Test
    void everyCharacterAndEveryPairOfThePlainRangesIsAlreadyNfc() {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < '\u1F00'; c++) {
            if (inPlainRanges(c) && !Character.isSurrogate(c)) {
                chars.append(c);
            }
        }
        assertThat(chars.length()).isEqualTo(0x300 + 0x5A);
        char[] pair = new char[2];
        for (int i = 0; i < chars.length(); i++) {
            String one = String.valueOf(chars.charAt(i));
            assertThat(Normalizer.isNormalized(one, Normalizer.Form.NFC)).as("U+%04X", (int) chars.charAt(i)).isTrue();
            pair[0] = chars.charAt(i);
            for (int j = 0; j < chars.length(); j++) {
                pair[1] = chars.charAt(j);
                String two = new String(pair);
                if (!Normalizer.isNormalized(two, Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X", (int) pair[0], (int) pair[1]));
                }
            }
        }
    }

    @Test
    void textsOutsideTheRangesAreNormalisedAndInsideThemKeptAsTheyAre() {
        String composed = "Tổng hợp: lô 12, 'Biểu 01'!E5 — ưu tiên đường";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.isPlainlyNfc("lô 12: 'Biểu 01'!E5 đạt 99,5%")).isTrue();
        assertThat(VietnameseText.isPlainlyNfc(decomposed)).isFalse();
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo(Normalizer.normalize(composed, Normalizer.Form.NFC));
        String plain = "Số hộ nghèo ở Thượng Sơn";
        assertThat(VietnameseText.nfc(plain)).isSameAs(plain);
        // a character outside the ranges goes through the normaliser: U+212B ANGSTROM SIGN becomes Å (U+00C5)
        assertThat(VietnameseText.nfc("1 \u212B")).isEqualTo("1 \u00C5");
        assertThat(VietnameseText.nfc("a\u0300")).isEqualTo("à");
        assertThat(VietnameseText.nfc(null)).isNull();
    }
}
