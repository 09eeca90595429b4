package vn.baocao.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The font's own advance widths measure every text to exactly the width AWT measured before issue 17, so that no
 * rule under the agency, the motto or the summary moves by a twip: each character alone and in random Vietnamese
 * lines, in the four faces and at whole and half sizes; text AWT lays out itself, and sizes between two 64ths of a
 * point (which AWT rounds), still go to AWT.
 */
class TextMeasureTest {
    private static final double[] SIZES = {10, 11, 12, 12.5, 13, 13.5, 14, 10.3, 13.7};

    @Test
    void everySimpleCharacterMeasuresAsAwtMeasuresIt() {
        List<String> mismatches = new ArrayList<>();
        int measured = 0;
        for (int style = 0; style < 4; style++) {
            boolean bold = (style & 1) != 0;
            boolean italic = (style & 2) != 0;
            for (int c = 0; c <= 0xFFFF; c++) {
                String text = "x" + (char) c + "y";
                if (!TrueTypeAdvances.simple(text)) {
                    continue;
                }
                for (double size : new double[] {13, 12.5, 13.7}) {
                    measured++;
                    if (TextMeasure.widthPt(text, size, bold, italic) != TextMeasure.awtWidthPt(text, size, bold, italic)) {
                        mismatches.add(Integer.toHexString(c) + " style " + style + " size " + size);
                    }
                }
            }
        }
        assertThat(measured).isGreaterThan(4 * 3 * 1000);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void vietnameseLinesMeasureAsAwtMeasuresThem() {
        String alphabet = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYaăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊ"
                + "ÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                + "0123456789 -–—,.;:/()\"'“”&<>%";
        Random random = new Random(17);
        List<String> lines = new ArrayList<>(List.of("Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""));
        for (int i = 0; i < 2000; i++) {
            StringBuilder line = new StringBuilder();
            for (int k = 1 + random.nextInt(i < 1900 ? 120 : 1500); k > 0; k--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            lines.add(line.toString());
        }
        int ownMeasured = 0;
        for (String line : lines) {
            for (int style = 0; style < 4; style++) {
                double size = SIZES[random.nextInt(SIZES.length)];
                boolean bold = (style & 1) != 0;
                boolean italic = (style & 2) != 0;
                double awt = TextMeasure.awtWidthPt(line, size, bold, italic);
                assertThat(TextMeasure.widthPt(line, size, bold, italic)).as(line + " " + size + " " + style).isEqualTo(awt);
                if (size * 64 == Math.rint(size * 64)) {
                    ownMeasured++;
                    assertThat(TrueTypeAdvances.read(FontFiles.get().face(bold, italic)).orElseThrow().widthPt(line, size))
                            .as(line + " " + size + " " + style).isEqualTo(awt);
                }
            }
        }
        assertThat(ownMeasured).isGreaterThan(5000);
    }

    @Test
    void textAwtLaysOutItselfIsMeasuredByAwt() {
        for (String text : List.of("a\tb", "Xi\u0301n", "ภาษาไทย", "😀 x", "a\u200Db", "עברית")) {
            assertThat(TrueTypeAdvances.simple(text)).as(text).isFalse();
            assertThat(TextMeasure.widthPt(text, 13, false, false)).isEqualTo(TextMeasure.awtWidthPt(text, 13, false, false));
        }
    }

    @Test
    void aFontItCannotReadIsLeftToAwt() {
        assertThat(TrueTypeAdvances.read(new byte[] {0x4F, 0x54, 0x54, 0x4F, 0, 0})).isEmpty(); // CFF ("OTTO")
        assertThat(TrueTypeAdvances.read(new byte[] {0, 1, 0, 0, 0, 5})).isEmpty(); // tables missing: cut short
        assertThat(TrueTypeAdvances.read(FontFiles.get().face(false, false))).isPresent();
    }
}
