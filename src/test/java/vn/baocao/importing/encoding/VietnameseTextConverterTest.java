package vn.baocao.importing.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VietnameseTextConverterTest {

    static Stream<Arguments> specVectors() {
        return vectors("spec-vectors.tsv");
    }

    static Stream<Arguments> contentOnlyVectors() {
        return vectors("content-only-vectors.tsv");
    }

    private static Stream<Arguments> vectors(String resource) {
        return TsvVectors.read(resource).stream()
                .map(row -> Arguments.of(row[0], "-".equals(row[1]) ? null : row[1], row[2]));
    }

    @ParameterizedTest(name = "[{1}] {2}")
    @MethodSource("specVectors")
    void convertsEverySpecVector(String input, String font, String expected) {
        ConvertedText converted = VietnameseTextConverter.convert(input, font);
        assertThat(converted.text()).isEqualTo(expected);
        assertThat(Normalizer.isNormalized(converted.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(converted.original()).isEqualTo(input);
    }

    @Test
    void specHasTwelveVectors() {
        assertThat(specVectors().count()).isEqualTo(12);
    }

    @ParameterizedTest(name = "[{1}] {2}")
    @MethodSource("contentOnlyVectors")
    void detectsLegacyTextByContentWhenTheFontSaysNothing(String input, String font, String expected) {
        assertThat(VietnameseTextConverter.convert(input, font).text()).isEqualTo(expected);
    }

    static Stream<Arguments> properUnicode() {
        List<String> texts = List.of("Biểu 01", "Chỉ tiêu", "Đơn vị tính", "Tỷ lệ %", "STT", "I", "a", "-", "+",
                "UBND", "Café", "Cà phê", "Bé ngoan", "Hà Nội", "xã Nấm Dẩn", "1.435", "8.599,376", "125,87%",
                "15.718 triệu đồng", "(1)", "TH 2023", "KH 2024", "ƯTH 2024", "Tiền \u00A0 giải ngân ",
                "Trưởng phòng", "Ghi chú", "So sánh %", "A+B", "C++", "x", "…", "Số: 12/BC-UBND", "Mẫu số 09",
                "Nguyễn Thị Ngọc Ánh", "Thuỷ sản", "Thủy sản", "Ý kiến", "Õ", "ở", "é", "Điện Biên",
                "Độc lập - Tự do - Hạnh phúc", "e-mail: ubnd@xa.gov.vn", "Tên chỉ tiêu?", "Năm 2024 (ước)");
        List<String> fonts = java.util.Arrays.asList(null, "Times New Roman", "Calibri", "Arial");
        return texts.stream().flatMap(t -> fonts.stream().map(f -> Arguments.of(t, f)));
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @MethodSource("properUnicode")
    void neverTouchesProperUnicode(String text, String font) {
        ConvertedText converted = VietnameseTextConverter.convert(text, font);
        assertThat(converted.text()).isEqualTo(text);
        assertThat(converted.encoding()).isEqualTo(SourceEncoding.UNICODE);
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @MethodSource("properUnicode")
    void neverTouchesUnicodeWithVietnameseLettersEvenInALegacyFont(String text, String ignoredFont) {
        if (VietnameseTextConverter.containsVietnameseUnicode(text)) {
            for (String font : List.of(".VnTime", ".VnTimeH", "VNI-Times")) {
                assertThat(VietnameseTextConverter.convert(text, font).text()).isEqualTo(text);
            }
        }
    }

    @Test
    void reportsTheEncodingFound() {
        assertThat(VietnameseTextConverter.convert("K\u00D5 ho\u00B9ch n\u00A8m", ".VnTime").encoding())
                .isEqualTo(SourceEncoding.TCVN3);
        assertThat(VietnameseTextConverter.convert("Ty\u00FB le\u00E4", "VNI-Times").encoding())
                .isEqualTo(SourceEncoding.VNI);
        assertThat(VietnameseTextConverter.convert("Ty\u0309 le\u0323\u0302", null).encoding())
                .isEqualTo(SourceEncoding.UNICODE_DECOMPOSED);
        assertThat(VietnameseTextConverter.convert("Ty? le^. ho^. nghe`o", null).encoding())
                .isEqualTo(SourceEncoding.VIQR);
    }

    @Test
    void decidesPerRichTextRun() {
        ConvertedText a1 = VietnameseTextConverter.convertRuns(List.of(
                new TextRun("T\u00FB l\u00D6 ", ".VnTime"), new TextRun("hộ nghèo", "Times New Roman")));
        assertThat(a1.text()).isEqualTo("Tỷ lệ hộ nghèo");
        assertThat(a1.encoding()).isEqualTo(SourceEncoding.TCVN3);
        ConvertedText a2 = VietnameseTextConverter.convertRuns(List.of(
                new TextRun("b\u00B8o c\u00B8o ", ".VnTimeH"), new TextRun("Ty\u00FB le\u00E4", "VNI-Times")));
        assertThat(a2.text()).isEqualTo("BÁO CÁO Tỷ lệ");
        assertThat(a2.encoding()).isEqualTo(SourceEncoding.MIXED);
    }

    @Test
    void scorerKnowsVietnameseSyllables() {
        assertThat(VietnameseSyllableScorer.isSyllable("nghiêng")).isTrue();
        assertThat(VietnameseSyllableScorer.isSyllable("được")).isTrue();
        assertThat(VietnameseSyllableScorer.isSyllable("khuya")).isTrue();
        assertThat(VietnameseSyllableScorer.isSyllable("Tû")).isFalse();
        assertThat(VietnameseSyllableScorer.score("Tỷ lệ hộ nghèo")).isEqualTo(1.0);
    }
}
