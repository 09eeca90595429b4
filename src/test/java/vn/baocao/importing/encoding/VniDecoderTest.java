package vn.baocao.importing.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VniDecoderTest {

    static Stream<Arguments> tableRows() {
        return TsvVectors.read("vni-table.tsv").stream().map(row -> {
            StringBuilder vni = new StringBuilder();
            for (String b : row[1].trim().split(" ")) {
                vni.append(TsvVectors.hex(b));
            }
            return Arguments.of(String.valueOf(TsvVectors.hex(row[0])), vni.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableRows")
    void decodesEveryLetterOfTheSpecTableAloneAndInsideAWord(String letter, String vni) {
        assertThat(VniDecoder.decode(vni)).isEqualTo(letter);
        assertThat(VniDecoder.decode("x" + vni + "n")).isEqualTo("x" + letter + "n");
    }

    @Test
    void tableHasAllOneHundredThirtyFourLetters() {
        assertThat(tableRows().count()).isEqualTo(134);
    }

    @Test
    void hornVowelsAreDecodedLongestMatchFirst() {
        assertThat(VniDecoder.decode("\u00F1\u00F6\u00F4\u00EFc")).isEqualTo("được");
        assertThat(VniDecoder.decode("Ty\u00FB")).isEqualTo("Tỷ");
    }

    @Test
    void acceptsAMarkOfTheWrongCaseTakingTheCaseFromTheBase() {
        assertThat(VniDecoder.decode("A\u00F9")).isEqualTo("Á");
        assertThat(VniDecoder.decode("a\u00D9")).isEqualTo("á");
    }
}
