package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the application run in a JVM of its own, as a launcher starts it, with the user's data folder
 * ("dữ liệu", letters and a space) and the JVM's temporary folder ("jtmp") inside {@code tmp}; no BAOCAO_DB.
 */
final class SeparateJvm {
    record Run(int code, String out, String err) {
    }

    private SeparateJvm() {
    }

    static Run run(Path tmp, List<String> jvm, String mainClass, List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(tmp.resolve("jtmp"));
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + tmp.resolve("jtmp")));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("dữ liệu").toString());
        pb.environment().remove("BAOCAO_DB");
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
