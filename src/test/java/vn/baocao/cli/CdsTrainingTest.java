package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive's training run, as the launchers start it (./baocao, baocao.cmd and the .deb's build): with the files and
 * the area they name, every step succeeds (an import that stopped at a question would leave the writer's classes out
 * of the archive, silently), and nothing of it is left behind.
 */
class CdsTrainingTest {
    @TempDir
    Path tmp;

    /** The training's arguments as ./baocao passes them: document, workbook, area. */
    private static List<String> launcherArguments() throws Exception {
        String script = Files.readString(Path.of("baocao"), StandardCharsets.UTF_8);
        Matcher doc = Pattern.compile("training=\"\\$here/(src/test/resources/[^\"]+)\"").matcher(script);
        Matcher workbook = Pattern.compile("training_workbook=\"\\$here/(src/test/resources/[^\"]+)\"").matcher(script);
        Matcher area = Pattern.compile("\"\\$training\" \"\\$training_workbook\" ([A-Z.]+)").matcher(script);
        assertThat(doc.find() && workbook.find() && area.find()).as("./baocao starts CdsTraining").isTrue();
        String deb = Files.readString(Path.of("installer/linux/build-deb.sh"), StandardCharsets.UTF_8);
        assertThat(deb).contains("vn.baocao.cli.CdsTraining " + doc.group(1))
                .contains(workbook.group(1) + " " + area.group(1));
        String windows = Files.readString(Path.of("baocao.cmd"), StandardCharsets.UTF_8);
        assertThat(windows).contains("vn.baocao.cli.CdsTraining \"%HERE%" + doc.group(1).replace('/', '\\')
                + "\" \"%HERE%" + workbook.group(1).replace('/', '\\') + "\" " + area.group(1));
        return List.of(doc.group(1), workbook.group(1), area.group(1));
    }

    private int train(List<String> arguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jtmp = Files.createDirectories(tmp.resolve("jtmp"));
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + jtmp,
                "-cp", System.getProperty("java.class.path"), CdsTraining.class.getName()));
        command.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("dữ liệu").toString());
        pb.environment().remove("BAOCAO_DB");
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void theLaunchersTrainingImportsCommitsUndoesAndRendersLeavingNothing() throws Exception {
        List<String> arguments = launcherArguments();
        int code = train(arguments);
        String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(code).as(out + Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8)).isZero();
        assertThat(out).contains("Đã ghi lô nhập số 1").contains("Đã hoàn tác lô nhập số 1").contains("Đã ghi tệp PDF");
        try (Stream<Path> left = Files.list(tmp.resolve("jtmp"))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("baocao-cds"))).isEmpty();
        }
    }

    @Test
    void aStepThatFailsMakesTheRunFail() throws Exception {
        List<String> arguments = new ArrayList<>(launcherArguments());
        arguments.set(2, "KHONGCO.DIABAN");
        assertThat(train(arguments)).isNotZero();
        assertThat(Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8)).contains("Đã ghi tệp PDF");
    }
}
