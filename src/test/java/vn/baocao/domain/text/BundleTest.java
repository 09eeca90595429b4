package vn.baocao.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class BundleTest {
    private static final String[] LAYERS = {"domain", "store", "document", "importing", "render", "sign", "cli"};

    @Test
    void everyPatternIsFilledAsMessageFormatFillsIt() {
        int checked = 0;
        for (String layer : LAYERS) {
            String name = "vn.baocao." + layer + ".messages";
            Bundle bundle = Bundle.load(name);
            ResourceBundle raw = ResourceBundle.getBundle(name, Bundle.VIETNAMESE);
            for (String key : raw.keySet()) {
                String pattern = raw.getString(key);
                Object[] args = {"1.234,5", 2026, "lô 3: 'Biểu 01'!E12", null, "x"};
                MessageFormat format;
                try {
                    format = new MessageFormat(pattern.replace("'", "''"), Bundle.VIETNAMESE);
                } catch (IllegalArgumentException notAPattern) {
                    continue; // a text only ever shown as it is ("{cơ quan}" as a placeholder the clerk sees)
                }
                String expected = format.format(java.util.Arrays.stream(args).map(String::valueOf).toArray());
                assertThat(bundle.text(key, args)).as(name + " " + key).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void aMissingArgumentShowsItsPlaceAndAMissingKeyItsName() {
        assertThat(Bundle.Template.of("{0} và {1}").fill("một")).isEqualTo("một và {1}");
        assertThat(Bundle.load("vn.baocao.domain.messages").text("khong.co.khoa.nay", 1)).isEqualTo("[khong.co.khoa.nay]");
    }
}
