package vn.baocao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The kill soak of issue 12: runs BaoCao's command line as a real process (import, import undo, backup, restore,
 * export) and kills it with SIGKILL at a random moment, {@code N} times, checking after every kill that
 * <ul>
 * <li>the database passes {@code PRAGMA integrity_check} and opens again (no lock-out);</li>
 * <li>the imported area holds exactly the figures before or exactly those after the import (all or nothing), and
 *     every batch not undone has all its rows;</li>
 * <li>the figures that were there before (the demo district) are unchanged;</li>
 * <li>the backup file, when it exists, is whole; the exported .docx, when it exists, is a whole zip;</li>
 * </ul>
 * and at the end that no temporary file is left beside the database and no SQLite library in the temporary folder.
 * Usage: KillSoak [N] [seed] (bench/kill-soak.sh): runs until N processes were killed mid-run (a run that finished
 * before its kill moment is checked too, but not counted). Prints one line per run and a summary.
 */
public final class KillSoak {
    enum Op { IMPORT, UNDO, BACKUP, RESTORE, EXPORT }

    private final Path dir;
    private final Path db;
    private final Path sample;
    private final Random random;
    private final Map<Op, Long> typicalMs = new EnumMap<>(Op.class);
    private String baseline;
    private String areaBefore;
    private String areaAfter;

    private KillSoak(Path dir, Path sample, long seed) {
        this.dir = dir;
        this.db = dir.resolve("Nguyễn Văn Ánh/Dữ liệu/baocao.db");
        this.sample = sample;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 12;
        Path dir = Files.createTempDirectory("kill-soak");
        Path sample = Path.of(KillSoak.class.getResource("/samples/synthetic-bieu01.xlsx").toURI());
        new KillSoak(dir, sample, seed).run(n);
    }

    private void run(int n) throws Exception {
        Files.createDirectories(db.getParent());
        Files.createDirectories(dir.resolve("jtmp"));
        must(baocao("demo", "load"));
        baseline = figures("a.code NOT LIKE 'XINMAN.%'");
        areaBefore = figures("a.code = 'XINMAN.NAMDAN'");
        must(baocao("backup", dir.resolve("goc.db").toString()));
        for (Op op : Op.values()) { // typical durations, and the state after a whole import
            long start = System.nanoTime();
            must(baocao(args(op)));
            typicalMs.put(op, (System.nanoTime() - start) / 1_000_000);
            if (op == Op.IMPORT) {
                areaAfter = figures("a.code = 'XINMAN.NAMDAN'");
            }
        }
        System.out.println("typical ms: " + typicalMs);
        int damaged = 0;
        int partial = 0;
        int lost = 0;
        int lockedOut = 0;
        int badBackup = 0;
        int badExport = 0;
        Map<Op, Integer> kills = new EnumMap<>(Op.class);
        int attempts = 0;
        for (int killedSoFar = 0; killedSoFar < n; ) {
            int i = ++attempts;
            Op op = Op.values()[random.nextInt(Op.values().length)];
            long delay = (long) (random.nextDouble() * typicalMs.get(op) * 1.1);
            boolean killed = killAfter(delay, args(op));
            kills.merge(op, killed ? 1 : 0, Integer::sum);
            killedSoFar += killed ? 1 : 0;
            List<String> problems = new ArrayList<>();
            if (!integrityOk(db)) {
                damaged++;
                problems.add("damaged");
            } else {
                String area = figures("a.code = 'XINMAN.NAMDAN'");
                if (!area.equals(areaBefore) && !area.equals(areaAfter)) {
                    partial++;
                    problems.add("partial batch");
                }
                if (!figures("a.code NOT LIKE 'XINMAN.%'").equals(baseline)) {
                    lost++;
                    problems.add("earlier figures changed");
                }
            }
            Path backup = dir.resolve("sao.db");
            if (Files.exists(backup) && !integrityOk(backup)) {
                badBackup++;
                problems.add("backup damaged");
            }
            Path docx = dir.resolve("Nguyễn Văn Ánh/Báo cáo tháng 3.docx");
            if (Files.exists(docx) && !wholeZip(docx)) {
                badExport++;
                problems.add("docx partial");
            }
            Result next = baocao("db", "info");
            if (next.code != 0) {
                lockedOut++;
                problems.add("cannot open: " + next.err.strip());
            }
            System.out.printf("%3d %-7s kill at %5d ms (%s) %s%n", i, op, delay, killed ? "killed" : "had finished",
                    problems.isEmpty() ? "ok" : problems);
        }
        must(baocao(args(Op.EXPORT))); // the next run of each sweeps what a killed one left
        must(baocao(args(Op.BACKUP)));
        List<String> leftovers = leftovers();
        System.out.printf("%n%d runs, %d killed mid-run; kills: %s%ndamaged databases %d, partial batches %d, lost earlier figures %d, "
                + "locked out %d, damaged backups %d, partial exports %d, leftovers %s%n", attempts, n, kills, damaged, partial, lost,
                lockedOut, badBackup, badExport, leftovers);
    }

    private String[] args(Op op) {
        return switch (op) {
            case IMPORT -> new String[] {"import", sample.toString(), "--area", "XINMAN.NAMDAN", "--skip-error-rows",
                    "--answer", "chi-tieu:15=LD01", "--answer", "chi-tieu:16=BO_QUA", "--answer", "chi-tieu:17=BO_QUA",
                    "--answer", "chi-tieu:10=BO_QUA", "--answer", "chi-tieu:11=BO_QUA", "--answer", "chi-tieu:12=BO_QUA"};
            case UNDO -> new String[] {"import", "undo", Long.toString(lastBatch())};
            case BACKUP -> new String[] {"backup", dir.resolve("sao.db").toString()};
            case RESTORE -> new String[] {"restore", dir.resolve("goc.db").toString()};
            case EXPORT -> new String[] {"report", "--template", "bao-cao-nam", "--area", "XINMAN", "--period", "2023",
                    "--docx", dir.resolve("Nguyễn Văn Ánh/Báo cáo tháng 3.docx").toString(),
                    "--pdf", dir.resolve("Nguyễn Văn Ánh/Báo cáo tháng 3.pdf").toString()};
        };
    }

    private long lastBatch() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 1) FROM import_batch WHERE undone_at IS NULL")) {
            return rs.next() ? rs.getLong(1) : 1;
        } catch (SQLException e) {
            return 1;
        }
    }

    record Result(int code, String out, String err) {
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + dir.resolve("jtmp"), "-cp",
                System.getProperty("java.class.path"), "vn.baocao.Launcher", "--db", db.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        return pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    }

    private Result baocao(String... args) throws IOException, InterruptedException {
        Process p = builder(args).start();
        p.waitFor(300, TimeUnit.SECONDS);
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** Starts the command and SIGKILLs it after {@code ms}; false when it had already finished. */
    private boolean killAfter(long ms, String... args) throws IOException, InterruptedException {
        Process p = builder(args).start();
        if (p.waitFor(ms, TimeUnit.MILLISECONDS)) {
            return false;
        }
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        return true;
    }

    private static void must(Result r) {
        if (r.code != 0) {
            throw new IllegalStateException(r.err);
        }
    }

    /** The figures of some areas, one line each, sorted: equal strings mean equal rows. */
    private String figures(String where) throws SQLException {
        TreeSet<String> rows = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT i.code, a.code, p.code, o.kind, o.value FROM observation o "
                     + "JOIN indicator i ON i.id = o.indicator_id JOIN area a ON a.id = o.area_id "
                     + "JOIN period p ON p.id = o.period_id WHERE " + where)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5));
            }
        }
        return String.join("\n", rows);
    }

    private static boolean integrityOk(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() && "ok".equals(rs.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean wholeZip(Path file) {
        try (ZipFile z = new ZipFile(file.toFile())) {
            return z.getEntry("word/document.xml") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Temporary files beside the database or in its backup folder, SQLite libraries in the temporary folder. */
    private List<String> leftovers() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path folder : new Path[] {db.getParent(), db.getParent().resolve("sao-luu"), dir, dir.resolve("Nguyễn Văn Ánh")}) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(f -> f.getFileName().toString()).filter(f -> f.contains(".tmp")).forEach(found::add);
                }
            }
        }
        try (Stream<Path> files = Files.walk(dir.resolve("jtmp"))) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.contains("sqlite")).forEach(found::add);
        }
        return found;
    }
}
