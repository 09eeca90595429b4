package vn.baocao.importing.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextFoldingTest {
    /** The rule itself: every run of spaces, line breaks, NBSP or narrow NBSP becomes one space, then trim. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    @Test
    void collapseSpacesGivesWhatTheRuleGivesAndAnAlreadyCollapsedTextItself() {
        char[] alphabet = {'a', 'B', 'ệ', '2', '/', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u202F',
            '\u0001', '\u001F', '\u2003', '\u3000'};
        Random random = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                sb.append(random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : 'x');
            }
            String text = sb.toString();
            String expected = SPACES.matcher(text).replaceAll(" ").trim();
            assertThat(TextFolding.collapseSpaces(text)).as("[%s]", text).isEqualTo(expected);
            assertThat(TextFolding.fold(text)).as("fold [%s]", text).isEqualTo(expected.toLowerCase(java.util.Locale.forLanguageTag("vi")).replace("ệ", "e"));
        }
        String label = "TH T01/2020";
        assertThat(TextFolding.collapseSpaces(label)).isSameAs(label);
        assertThat(TextFolding.collapseSpaces(" Xã\n Bản  Díu\u00A0")).isEqualTo("Xã Bản Díu");
        assertThat(TextFolding.collapseSpaces(null)).isEmpty();
    }
}
