package vn.baocao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the sources use exists in messages_vi.properties, and every key there is used. Keys are written as whole
 * string literals in the sources ("data.column.code"), never assembled, so a scan finds them all.
 */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/vn/baocao/app");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static Properties bundle;
    private static Set<String> literals;

    @BeforeAll
    static void read() throws IOException {
        bundle = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/baocao/app/messages_vi.properties")) {
            assertThat(in).as("messages_vi.properties").isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
    }

    /** Literals whose first segment is a prefix the bundle uses count as message keys. */
    private static Set<String> usedKeys() {
        Set<String> prefixes = new TreeSet<>();
        bundle.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Set<String> used = new TreeSet<>();
        for (String l : literals) {
            if (prefixes.contains(l.substring(0, l.indexOf('.')))) {
                used.add(l);
            }
        }
        return used;
    }

    @Test
    void everyUsedKeyIsDefined() {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(bundle.stringPropertyNames());
        assertThat(missing).as("keys used in the sources but missing in messages_vi.properties").isEmpty();
    }

    @Test
    void everyDefinedKeyIsUsed() {
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(usedKeys());
        assertThat(unused).as("keys in messages_vi.properties that no source uses").isEmpty();
    }

    @Test
    void textsAreVietnameseInNfcAndNotEmpty() {
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            assertThat(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)).as(key + " in NFC").isTrue();
        }
        assertThat(Messages.load().get("data.column.actual")).isEqualTo("Thực hiện");
    }

    @Test
    void formatFillsArgumentsAndKeepsApostrophes() {
        Messages m = Messages.load();
        assertThat(m.format("data.saved", "1.435")).isEqualTo("Đã lưu 1.435 số liệu.");
        assertThat(m.get("no.such.key")).isEqualTo("[no.such.key]");
    }
}
