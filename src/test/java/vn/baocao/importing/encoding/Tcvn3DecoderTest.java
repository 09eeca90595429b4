package vn.baocao.importing.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Tcvn3DecoderTest {

    static Stream<Arguments> tableRows() {
        return TsvVectors.read("tcvn3-table.tsv").stream()
                .map(row -> Arguments.of(TsvVectors.hex(row[0]), TsvVectors.hex(row[1]), TsvVectors.hex(row[2])));
    }

    @ParameterizedTest(name = "0x{0}")
    @MethodSource("tableRows")
    void decodesEveryPositionOfTheSpecTable(char legacy, char normal, char caps) {
        assertThat(Tcvn3Decoder.decode(String.valueOf(legacy), false)).isEqualTo(String.valueOf(normal));
        assertThat(Tcvn3Decoder.decode(String.valueOf(legacy), true)).isEqualTo(String.valueOf(caps));
        assertThat(Tcvn3Decoder.isLegacyLetter(legacy)).isTrue();
    }

    @Test
    void tableHasTheSeventyFourPositionsOfVn3() {
        assertThat(tableRows().count()).isEqualTo(74);
    }

    @Test
    void softHyphenIsTheLetterU() {
        assertThat(Tcvn3Decoder.decode("\u00AE\u00AD\u00EEc", false)).isEqualTo("được");
    }

    @Test
    void unusedPositionsAsciiAndNbspPassThrough() {
        String unused = "\u00A0\u00AF\u00B0\u00B4\u00BA\u00BF\u00C0\u00C5\u00CD\u00D9\u00DB\u00E0\u00F0\u00FF";
        assertThat(Tcvn3Decoder.decode(unused, false)).isEqualTo(unused);
        assertThat(Tcvn3Decoder.decode("ABC xyz 123 (1)", false)).isEqualTo("ABC xyz 123 (1)");
    }

    static Stream<String> allVietnameseLetters() {
        return TsvVectors.read("vni-table.tsv").stream().map(row -> String.valueOf(TsvVectors.hex(row[0])));
    }

    /** Round trip of all 134 letters: encode with the table, decode (caps font for toned capitals). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allVietnameseLetters")
    void roundTripsEveryVietnameseLetter(String letter) {
        Map<String, Character> encode = new HashMap<>();
        TsvVectors.read("tcvn3-table.tsv")
                .forEach(row -> encode.put(String.valueOf(TsvVectors.hex(row[1])), TsvVectors.hex(row[0])));
        Character direct = encode.get(letter);
        if (direct != null) {
            assertThat(Tcvn3Decoder.decode(String.valueOf(direct), false)).isEqualTo(letter);
        } else {
            Character lower = encode.get(letter.toLowerCase(java.util.Locale.ROOT));
            assertThat(lower).as("lower-case code for %s", letter).isNotNull();
            assertThat(Tcvn3Decoder.decode(String.valueOf(lower), true)).isEqualTo(letter);
        }
    }
}
