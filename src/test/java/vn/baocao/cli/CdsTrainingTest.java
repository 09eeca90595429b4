package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private SeparateJvm.Run train(List<String> arguments) throws Exception {
        return SeparateJvm.run(tmp, List.of(), CdsTraining.class.getName(), arguments);
    }

    @Test
    void theLaunchersTrainingImportsCommitsUndoesAndRendersLeavingNothing() throws Exception {
        List<String> arguments = launcherArguments();
        SeparateJvm.Run run = train(arguments);
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Đã ghi lô nhập số 1").contains("Đã hoàn tác lô nhập số 1").contains("Đã ghi tệp PDF");
        try (Stream<Path> left = Files.list(tmp.resolve("jtmp"))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("baocao-cds"))).isEmpty();
        }
    }

    @Test
    void aStepThatFailsMakesTheRunFail() throws Exception {
        List<String> arguments = new ArrayList<>(launcherArguments());
        arguments.set(2, "KHONGCO.DIABAN");
        SeparateJvm.Run run = train(arguments);
        assertThat(run.code()).isNotZero();
        assertThat(run.out()).contains("Đã ghi tệp PDF");
    }
}
