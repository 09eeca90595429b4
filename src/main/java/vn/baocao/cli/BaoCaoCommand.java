package vn.baocao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.baocao.domain.VietnameseText;
import vn.baocao.files.FileWriteException;
import vn.baocao.render.export.DocumentExport;
import vn.baocao.store.StorageProblem;
import vn.baocao.store.StoreException;

/** The root of the command line: {@code baocao [--db FILE] COMMAND}. */
@Command(name = "baocao", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class)
public final class BaoCaoCommand implements Runnable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BaoCaoCommand.class);
    /** The commands, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(DbCommand.class, BackupCommand.class, RestoreCommand.class,
            DemoCommand.class, CatalogCommand.class, AreasCommand.class, ValuesCommand.class, TargetsCommand.class,
            AssessCommand.class, RenderCommand.class, ReportCommand.class, ImportCommand.class,
            ExportTemplateCommand.class, SignCommand.class, VerifyCommand.class, TrustCommand.class,
            ImagesCommand.class, SupportCommand.class);

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE",
            descriptionKey = "baoCaoCommand.db")
    Path db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code (0 = success). */
    public static int run(String... args) {
        List<Class<?>> commands = invoked(args);
        // `render` turns a document file into Word and PDF: no database, so no SQLite library to set up.
        boolean render = commands.equals(List.of(RenderCommand.class));
        vn.baocao.store.ProcessSetup.prepare(!render);
        // -Dbaocao.prefetch=off: without, for bench/render-vs-soffice.sh to show what it gives
        if ((render || commands.equals(List.of(ReportCommand.class))) && asksForPdf(args)
                && !"off".equals(System.getProperty("baocao.prefetch"))) {
            DocumentExport.prefetch(); // the fonts parse on the second core while the arguments and data are read
        }
        return configured(commands, utf8(FileDescriptor.out), utf8(FileDescriptor.err)).execute(args);
    }

    /** A configured command line with every command, writing to the given streams (tests pass their own). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configured(COMMANDS, out, err);
    }

    /**
     * The commands a run needs: only the one it names when it names one (issue 17: the parser reads the
     * annotations of every command it is given, about a fifth of a second of a cold {@code render} spent on
     * seventeen commands the run does not use), otherwise all, for the help and for the parser's own messages.
     */
    static List<Class<?>> invoked(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db")) {
                i++; // its value
            } else if (!a.startsWith("-")) {
                for (Class<?> c : COMMANDS) {
                    if (c.getAnnotation(Command.class).name().equals(a)) {
                        return List.of(c);
                    }
                }
                return COMMANDS;
            }
        }
        return COMMANDS;
    }

    private static boolean asksForPdf(String... args) {
        for (String a : args) {
            if (a.equals("--pdf") || a.startsWith("--pdf=")) {
                return true;
            }
        }
        return false;
    }

    static CommandLine configured(List<Class<?>> commands, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new BaoCaoCommand());
        for (Class<?> c : commands) {
            cmd.addSubcommand(c);
        }
        // After all subcommands are registered, so that every one of them gets the Vietnamese help words.
        cmd.setResourceBundle(java.util.ResourceBundle.getBundle("vn.baocao.cli.usage_vi"));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(CliText.get("baoCaoCommand.loi", messageOf(e)));
            commandLine.getErr().flush();
            return 1;
        });
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            LOG.info("Lệnh không đúng: {}", e.getMessage());
            c.getErr().println(CliText.get("baoCaoCommand.loi", UsageErrors.describe(e)));
            c.getErr().println(CliText.get("baoCaoCommand.xemHuongDanHelp", c.getCommandSpec().qualifiedName()));
            c.getErr().flush();
            return 2;
        });
        return cmd;
    }

    private static String messageOf(Exception e) {
        if (e instanceof StoreException || e instanceof CliException || e instanceof FileWriteException) {
            return e.getMessage();
        }
        if (e instanceof IllegalArgumentException && VietnameseText.isVietnamese(e.getMessage())) {
            return e.getMessage(); // the domain's own refusals ("Kỳ báo cáo không hợp lệ …")
        }
        LOG.error("Lỗi khi chạy lệnh", e);
        java.util.Optional<StorageProblem> problem = StorageProblem.of(e);
        if (problem.isPresent()) {
            return problem.get().advice();
        }
        return CliText.get("baoCaoCommand.loiKhongMongDoi", e.getClass().getSimpleName());
    }


    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new java.io.OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
