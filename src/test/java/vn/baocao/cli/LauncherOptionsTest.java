package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Windows launcher starts command-line runs with the JVM the others take from jpackage-common.sh. */
class LauncherOptionsTest {
    private static Set<String> words(String text) {
        return new TreeSet<>(Arrays.asList(text.trim().split("\\s+")));
    }

    @Test
    void baocaoCmdGivesCommandLineRunsTheSameJvmOptions() throws Exception {
        String common = Files.readString(Path.of("installer/common/jpackage-common.sh"), StandardCharsets.UTF_8);
        Matcher cli = Pattern.compile("(?m)^CLI_JAVA_OPTIONS=\"([^\"]+)\"").matcher(common);
        assertThat(cli.find()).isTrue();
        String cmd = Files.readString(Path.of("baocao.cmd"), StandardCharsets.UTF_8);
        Matcher windows = Pattern.compile("(?m)^set \"CLI_JAVA=([^\"]+)\"").matcher(cmd);
        assertThat(windows.find()).isTrue();
        Set<String> expected = words(cli.group(1));
        expected.add("-Xmx1g"); // ./baocao adds it too (JAVA_OPTIONS' heap for the .deb)
        assertThat(words(windows.group(1))).isEqualTo(expected);
    }
}
