package vn.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Characters pasted from Word that print nothing are cleaned out as the text enters the model. */
class PastedCharactersTest {
    @Test
    void separatorsAndControlsBecomeSpacesAndTheByteOrderMarkGoes() {
        assertThat(TextNormalizer.nfc("\uFEFFdòng\u2028mới\u2029đoạn\u000Bngắt\u0085hết"))
                .isEqualTo("dòng mới đoạn ngắt hết");
    }

    @Test
    void wordsSymbolFontBulletBecomesABullet() {
        assertThat(new TextRun("\uF0B7\tGạch đầu dòng", false, false).text()).isEqualTo("•\tGạch đầu dòng");
    }

    @Test
    void tabsLineEndsAndVietnameseTextStayAsTheyAre() {
        String text = "Nghệ An\tĐắk Lắk\r\nThừa Thiên Huế – “một cửa”\u00A0…";
        assertThat(TextNormalizer.nfc(text)).isEqualTo(text);
    }
}
