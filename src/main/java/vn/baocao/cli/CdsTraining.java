package vn.baocao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the command line's class-data archive (AppCDS, see {@code ./baocao}): a dynamic archive holds
 * the classes ONE run loaded, so this run does in one JVM what the command line does most: an import of a workbook
 * (demo data loaded into a scratch database first, the import committed and undone) and a render of a document to
 * Word and PDF. With a render alone the import's classes were parsed and verified again by every {@code baocao import}.
 *
 * <p>Not a command of the command line: started only by the launchers, as
 * {@code java -XX:ArchiveClassesAtExit=… -cp baocao.jar vn.baocao.cli.CdsTraining DOCUMENT.json WORKBOOK.xlsx AREA}.
 * What the runs print is of no interest; the exit code is that of the first step that failed.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println(CliText.get("cdsTraining.cachDung"));
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory("baocao-cds");
        String db = "--db=" + scratch.resolve("training.db");
        int status;
        try {
            // the database steps first: the process is set up once, by the first run, and a render sets it up
            // without the SQLite library
            status = firstFailure(
                    BaoCaoCommand.run("demo", "load", db),
                    BaoCaoCommand.run("import", args[1], "--area=" + args[2], db),
                    BaoCaoCommand.run("import", "undo", "1", db),
                    BaoCaoCommand.run("render", args[0], "--docx", scratch.resolve("t.docx").toString(), "--pdf",
                            scratch.resolve("t.pdf").toString()));
        } finally {
            deleteTree(scratch);
        }
        System.exit(status);
    }

    private static int firstFailure(int... statuses) {
        for (int s : statuses) {
            if (s != 0) {
                return s;
            }
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
