package vn.baocao.importing.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ViqrDecoderTest {

    static Stream<Arguments> tableRows() {
        return TsvVectors.read("viqr-table.tsv").stream()
                .map(row -> Arguments.of(String.valueOf(TsvVectors.hex(row[0])), row[1]));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("tableRows")
    void decodesEveryLetterOfTheSpecTable(String letter, String viqr) {
        assertThat(ViqrDecoder.decode(viqr)).isEqualTo(letter);
    }

    @Test
    void backslashEscapesALiteralMark() {
        assertThat(ViqrDecoder.decode("Anh\\. Em")).isEqualTo("Anh. Em");
    }

    @Test
    void countsEvidentMarks() {
        assertThat(ViqrDecoder.countUnambiguousMarks("Ty? le^. ho^. nghe`o")).isEqualTo(3);
        assertThat(ViqrDecoder.countUnambiguousMarks("Xin chao. Ban khoe? 'a'")).isZero();
    }
}
