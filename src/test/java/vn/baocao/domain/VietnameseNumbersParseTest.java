package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersParseTest {

    @ParameterizedTest(name = "\"{0}\" → {1} {3}")
    @CsvSource(delimiter = '|', value = {
            // text                          | value         | qualifier | unit
            "1.435                           | 1435          | NONE      | ''",
            "2.278                           | 2278          | NONE      | ''",
            "8.599,376                       | 8599.376      | NONE      | ''",
            "125,87%                         | 125.87        | NONE      | %",
            "125,87 %                        | 125.87        | NONE      | %",
            "15.718 triệu đồng               | 15718         | NONE      | triệu đồng",
            "1.594.530 tỷ đồng               | 1594530       | NONE      | tỷ đồng",
            "hơn 1.594.530 tỷ đồng           | 1594530       | HON       | tỷ đồng",
            "36.700.000đ                     | 36700000      | NONE      | đ",
            "500.000.000 đồng                | 500000000     | NONE      | đồng",
            "7 nghìn đồng                    | 7             | NONE      | nghìn đồng",
            "38,4 nghìn                      | 38400         | NONE      | ''",
            "38,4 nghìn lượt khách           | 38400         | NONE      | lượt khách",
            "110 ngàn lượt                   | 110000        | NONE      | lượt",
            "gần 18 nghìn                    | 18000         | GAN       | ''",
            "trên 7 triệu                    | 7000000       | TREN      | ''",
            "2 tỷ                            | 2000000000    | NONE      | ''",
            "1,5 tỉ                          | 1500000000    | NONE      | ''",
            "trên 33,5                       | 33.5          | TREN      | ''",
            "Trên 1.600                      | 1600          | TREN      | ''",
            "hơn 200                         | 200           | HON       | ''",
            "gần 1.654                       | 1654          | GAN       | ''",
            "khoảng 4                        | 4             | KHOANG    | ''",
            "dưới 1.500 hộ                   | 1500          | DUOI      | hộ",
            "trên 80%                        | 80            | TREN      | %",
            "-0,35                           | -0.35         | NONE      | ''",
            "−0,35                           | -0.35         | NONE      | ''",
            "+5,2                            | 5.2           | NONE      | ''",
            "- 12                            | -12           | NONE      | ''",
            "(1.234)                         | -1234         | NONE      | ''",
            "0,5                             | 0.5           | NONE      | ''",
            "100                             | 100           | NONE      | ''",
            "02                              | 2             | NONE      | ''",
            "02 chỉ tiêu                     | 2             | NONE      | chỉ tiêu",
            "1.435,5                         | 1435.5        | NONE      | ''",
            "1,5                             | 1.5           | NONE      | ''",
            "1435                            | 1435          | NONE      | ''",
            "1234,567                        | 1234.567      | NONE      | ''",
            "0,435                           | 0.435         | NONE      | ''",
            "1,4350                          | 1.4350        | NONE      | ''",
            "12,345678                       | 12.345678     | NONE      | ''",
            "70.396 người                    | 70396         | NONE      | người",
            "54.674 lượt đối tượng           | 54674         | NONE      | lượt đối tượng",
            "4,5 triệu đồng/người/năm        | 4.5           | NONE      | triệu đồng/người/năm",
            "9.635 hộ                        | 9635          | NONE      | hộ",
    })
    void readsValidFigures(String text, String value, Qualifier qualifier, String unit) {
        NumberParseResult r = VietnameseNumbers.parse(text);

        assertThat(r.status()).as(r.message()).isEqualTo(NumberParseResult.Status.OK);
        assertThat(r.number().value()).isEqualByComparingTo(value);
        assertThat(r.number().qualifier()).isEqualTo(qualifier);
        assertThat(r.number().unit()).isEqualTo(unit);
    }

    @Test
    void spacesAndNonBreakingSpacesAroundAreIgnored() {
        assertThat(VietnameseNumbers.parse("\u00A0 1.435 \u00A0").number().value()).isEqualByComparingTo("1435");
        assertThat(VietnameseNumbers.parse(" trên\u00A033,5 ").number().qualifier()).isEqualTo(Qualifier.TREN);
    }

    @Test
    void nonBreakingSpaceBetweenDigitGroupsIsAThousandsSeparator() {
        assertThat(VietnameseNumbers.parse("1\u00A0435\u00A0000").number().value()).isEqualByComparingTo("1435000");
    }

    /** Typed with plain spaces ("1 250 000") in a cell or a field: thousands; spaces that group nothing: an error. */
    @Test
    void plainSpacesBetweenDigitGroupsAreThousands() {
        assertThat(VietnameseNumbers.parse("1 250 000").number().value()).isEqualByComparingTo("1250000");
        assertThat(VietnameseNumbers.parse("12 500 ha").number().unit()).isEqualTo("ha");
        assertThat(VietnameseNumbers.parse("1 250,5").number().value()).isEqualByComparingTo("1250.5");
        assertThat(VietnameseNumbers.parse("2 3").isOk()).isFalse();
        assertThat(VietnameseNumbers.parse("1 25").isOk()).isFalse();
        assertThat(VietnameseNumbers.parseStrict("1 250 000").number().value()).isEqualByComparingTo("1250000");
        assertThat(VietnameseNumbers.parseStrict("2 3").isOk()).isFalse();
    }

    @Test
    void decomposedUnicodeIsNormalisedBeforeReading() {
        String decomposed = java.text.Normalizer.normalize("trên 33,5 triệu đồng", java.text.Normalizer.Form.NFD);
        ParsedNumber n = VietnameseNumbers.parse(decomposed).orElseThrow();
        assertThat(n.qualifier()).isEqualTo(Qualifier.TREN);
        assertThat(n.unit()).isEqualTo("triệu đồng");
        assertThat(n.value()).isEqualByComparingTo("33.5");
    }

    @Test
    void scaleWordIsKeptApartFromTheWrittenValue() {
        ParsedNumber n = VietnameseNumbers.parse("38,4 nghìn lượt khách").orElseThrow();
        assertThat(n.scaleWord()).isEqualTo("nghìn");
        assertThat(n.writtenValue()).isEqualByComparingTo("38.4");
        assertThat(n.multiplier()).isEqualByComparingTo("1000");
        assertThat(n.lastWrittenPlace()).isEqualByComparingTo("100");
    }

    @Test
    void moneyUnitIsNotAScale() {
        ParsedNumber n = VietnameseNumbers.parse("15.718 triệu đồng").orElseThrow();
        assertThat(n.scaleWord()).isEmpty();
        assertThat(n.value()).isEqualByComparingTo("15718");
        assertThat(n.multiplier()).isEqualByComparingTo("1");
    }

    @Test
    void percentFlag() {
        assertThat(VietnameseNumbers.parse("125,87%").number().isPercent()).isTrue();
        assertThat(VietnameseNumbers.parse("125,87").number().isPercent()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"70.3396", "1.2.3", "1,2,3", "12,5,", "abc", "12,", "1.", ",5", ".5", "1..234", "1.234.56",
            "1234.567", "0.500", "1,234.5", "1a2", "đạt 5", "12 %abc", "5%%", "x12", "1.23,4.5"})
    void rejectsMalformedText(String text) {
        NumberParseResult r = VietnameseNumbers.parse(text);

        assertThat(r.status()).isEqualTo(NumberParseResult.Status.INVALID);
        assertThat(r.number()).isNull();
        assertThat(r.message()).contains(text.strip());
    }

    @Test
    void malformedGroupMessageNamesTheGroup() {
        assertThat(VietnameseNumbers.parse("70.3396").message()).isEqualTo(
                "Số \"70.3396\" không hợp lệ: nhóm \"3396\" sau dấu chấm phải có đúng 3 chữ số "
                        + "(dấu chấm ngăn cách hàng nghìn, dấu phẩy ngăn cách phần thập phân).");
    }

    @Test
    void severalCommasMessage() {
        assertThat(VietnameseNumbers.parse("1,2,3").message())
                .isEqualTo("Số \"1,2,3\" không hợp lệ: có 2 dấu phẩy; số chỉ có một dấu phẩy thập phân.");
        assertThat(VietnameseNumbers.parse("12,5,").message())
                .isEqualTo("Số \"12,5,\" không hợp lệ: có 2 dấu phẩy; số chỉ có một dấu phẩy thập phân.");
    }

    @Test
    void lettersMessage() {
        assertThat(VietnameseNumbers.parse("abc").message()).isEqualTo("\"abc\" không phải là số.");
        assertThat(VietnameseNumbers.parse("đạt 5").message())
                .isEqualTo("Số \"đạt 5\" không hợp lệ: \"đạt\" đứng trước số không phải từ chỉ mức (trên, hơn, gần, khoảng, dưới).");
    }

    @Test
    void englishDecimalPointIsRejectedWithAHint() {
        assertThat(VietnameseNumbers.parse("0.500").message()).contains("số thập phân viết bằng dấu phẩy (0,500)");
    }

    @Test
    void countOutOfTotalIsNotASingleNumber() {
        NumberParseResult r = VietnameseNumbers.parse("09/12");
        assertThat(r.status()).isEqualTo(NumberParseResult.Status.INVALID);
        assertThat(r.message()).isEqualTo("\"09/12\" là một tỷ số (09 trên 12), không phải một số.");
    }

    @Test
    void fractionReaderReadsCounts() {
        Fraction f = VietnameseNumbers.parseFraction("09/12");
        assertThat(f.count()).isEqualTo(9);
        assertThat(f.total()).isEqualTo(12);
        assertThat(f.text()).isEqualTo("09/12");
        assertThat(f.percent()).isEqualByComparingTo("75");
        assertThat(VietnameseNumbers.parseFraction("8 / 12").text()).isEqualTo("08/12");
        assertThatThrownBy(() -> VietnameseNumbers.parseFraction("13/12")).isInstanceOf(InvalidNumberException.class)
                .hasMessageContaining("13/12");
        assertThatThrownBy(() -> VietnameseNumbers.parseFraction("1,5")).isInstanceOf(InvalidNumberException.class)
                .hasMessageContaining("\"1,5\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,435 | 1.435 | 1435", "12,345 | 12.345 | 12345", "-1,435 | -1.435 | -1435",
            "trên 999,999 | 999.999 | 999999"})
    void englishStyleThousandsIsAmbiguousAndCarriesBothReadings(String text, String vietnamese, String english) {
        NumberParseResult r = VietnameseNumbers.parse(text);

        assertThat(r.status()).isEqualTo(NumberParseResult.Status.AMBIGUOUS);
        assertThat(r.isOk()).isFalse();
        assertThat(r.number().value()).isEqualByComparingTo(vietnamese);
        assertThat(r.alternative().value()).isEqualByComparingTo(english);
        assertThat(r.message()).contains("không rõ nghĩa");
    }

    @Test
    void ambiguousMessageExplainsBothReadings() {
        assertThat(VietnameseNumbers.parse("1,435").message()).isEqualTo(
                "Số \"1,435\" không rõ nghĩa: theo cách viết Việt Nam là 1,435 (dấu phẩy thập phân), "
                        + "theo cách viết tiếng Anh là 1.435 (hàng nghìn).");
    }

    @Test
    void ambiguousResultThrowsWhenForced() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("1,435").orElseThrow())
                .isInstanceOf(InvalidNumberException.class).hasMessageContaining("1,435");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-", "–", "x", "…", "Không"})
    void noValueMarkersAreNotZero(String text) {
        NumberParseResult r = VietnameseNumbers.parse(text);
        assertThat(r.status()).isEqualTo(NumberParseResult.Status.NO_VALUE);
        assertThat(r.number()).isNull();
        assertThat(r.message()).isNotBlank();
    }

    @Test
    void nullIsNoValue() {
        assertThat(VietnameseNumbers.parse(null).status()).isEqualTo(NumberParseResult.Status.NO_VALUE);
    }

    // ------------------------------------------------------------------ strict

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.435 | 1435", "8.599,376 | 8599.376", "-0,35 | -0.35", "57% | 57", "+5,2 | 5.2", "02 | 2"})
    void strictAcceptsPlainNumbers(String text, String value) {
        assertThat(VietnameseNumbers.parseStrictValue(text)).isEqualByComparingTo(value);
    }

    @Test
    void strictRefusesWordsAndScales() {
        assertThat(VietnameseNumbers.parseStrict("trên 33,5").message())
                .isEqualTo("Chỉ được nhập số: \"trên 33,5\" có thêm từ \"trên\" (ghi từ này vào phần mức/ghi chú).");
        assertThat(VietnameseNumbers.parseStrict("38,4 nghìn").message()).isEqualTo("Chỉ được nhập số: \"38,4 nghìn\" có thêm \"nghìn\".");
        assertThat(VietnameseNumbers.parseStrict("15 hộ").status()).isEqualTo(NumberParseResult.Status.INVALID);
    }

    @Test
    void strictRefusesAmbiguousWithAdvice() {
        NumberParseResult r = VietnameseNumbers.parseStrict("1,435");
        assertThat(r.status()).isEqualTo(NumberParseResult.Status.INVALID);
        assertThat(r.message()).endsWith("Hãy nhập 1.435 nếu là hàng nghìn, hoặc 1,4350 nếu là số thập phân.");
    }

    @Test
    void strictValueThrowsTheVietnameseMessage() {
        assertThatThrownBy(() -> VietnameseNumbers.parseStrictValue("70.3396"))
                .isInstanceOf(InvalidNumberException.class).hasMessageContaining("\"3396\"");
        assertThatThrownBy(() -> VietnameseNumbers.parseStrictValue("-"))
                .isInstanceOf(InvalidNumberException.class).hasMessageContaining("không có số liệu");
    }

    @Test
    void valuesAreExactDecimals() {
        BigDecimal v = VietnameseNumbers.parse("8.599,376").number().value();
        assertThat(v).isEqualTo(new BigDecimal("8599.376"));
    }
}
