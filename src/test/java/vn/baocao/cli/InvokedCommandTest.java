package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** A run is given only the command it names; it must parse and print exactly as with every command. */
class InvokedCommandTest {
    @Test
    void aRunNamingACommandGetsOnlyThatOne() {
        assertThat(BaoCaoCommand.invoked("render", "vb.json", "--pdf", "vb.pdf")).containsExactly(RenderCommand.class);
        // the value of --db is not a command, even when it is spelled like one
        assertThat(BaoCaoCommand.invoked("--db", "report", "render", "vb.json")).containsExactly(RenderCommand.class);
        assertThat(BaoCaoCommand.invoked("--db=x.db", "import", "a.xlsx")).containsExactly(ImportCommand.class);
    }

    @Test
    void otherwiseEveryCommand() {
        assertThat(BaoCaoCommand.invoked()).isEqualTo(BaoCaoCommand.COMMANDS);
        assertThat(BaoCaoCommand.invoked("--help")).isEqualTo(BaoCaoCommand.COMMANDS);
        assertThat(BaoCaoCommand.invoked("khong-co-lenh", "render")).isEqualTo(BaoCaoCommand.COMMANDS);
        assertThat(BaoCaoCommand.invoked("--db", "x.db")).isEqualTo(BaoCaoCommand.COMMANDS);
    }

    @Test
    void eachCommandAloneHelpsAndRefusesAsWithAll() {
        for (Class<?> c : BaoCaoCommand.COMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            for (String[] args : List.of(new String[] {name, "--help"}, new String[] {"--db", "x.db", name, "--khong-co"})) {
                assertThat(run(BaoCaoCommand.invoked(args), args)).as(String.join(" ", args))
                        .isEqualTo(run(BaoCaoCommand.COMMANDS, args));
            }
        }
    }

    /** Exit code, standard output and error of a run that cannot touch a database (help, unknown option). */
    private static String run(List<Class<?>> commands, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BaoCaoCommand.configured(commands, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return code + "\n" + out + "\n" + err;
    }
}
