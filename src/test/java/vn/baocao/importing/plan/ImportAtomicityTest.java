package vn.baocao.importing.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baocao.importing.SampleWorkbooks.sample;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.store.Database;
import vn.baocao.store.StoreException;

/** Failing imports leave the database file byte-for-byte unchanged; a killed commit leaves all or nothing. */
class ImportAtomicityTest {
    @TempDir
    Path dir;

    interface Attempt {
        void run(ExcelImportService service) throws Exception;
    }

    @Test
    void everyFailurePathLeavesTheDatabaseFileUnchanged() throws Exception {
        Path file = dir.resolve("baocao.db");
        try (Database db = ImportFixtures.demoDb(dir)) {
            // an earlier batch, so that failures happen on a database with import history too
            new ExcelImportService(db).commit(SampleImportTest.answered(ImportRequest.of(sample("synthetic-bieu01.xlsx"))
                    .withArea("XINMAN.CHICA")).withAnswer("so:F", Answers.DECIMAL_COMMA).withSkipErroneousRows(true));
        }
        List<Attempt> failures = List.of(
                s -> s.commit(ImportRequest.of(sample("synthetic-bieu01.xlsx")).withArea("XINMAN.NAMDAN")),
                s -> s.commit(SampleImportTest.answered(ImportRequest.of(sample("synthetic-bieu01.xlsx"))
                        .withArea("XINMAN.NAMDAN")).withAnswer("so:F", Answers.THOUSANDS_COMMA)),
                s -> s.commit(ImportRequest.of(sample("synthetic-empty.xlsx")).withArea("XINMAN.NAMDAN")),
                s -> s.commit(ImportRequest.of(sample("synthetic-encrypted-pw123456.xlsx")).withArea("XINMAN.NAMDAN")),
                s -> s.commit(ImportRequest.of(sample("synthetic-strict-ooxml-imitation.xlsx"))),
                s -> s.commit(ImportRequest.of(sample("synthetic-bieu01.xlsx")).withSheet("Không có")),
                s -> s.commit(ImportRequest.of(sample("synthetic-bieu01.xlsx")).withArea("KHONG_CO")),
                s -> s.undo(999));
        for (Attempt attempt : failures) {
            String before = ImportFixtures.checksum(file);
            try (Database db = Database.open(file)) {
                assertThatThrownBy(() -> attempt.run(new ExcelImportService(db))).isInstanceOfAny(
                        ImportRefusedException.class, vn.baocao.importing.excel.WorkbookReadException.class,
                        StoreException.class);
            }
            assertThat(ImportFixtures.checksum(file)).isEqualTo(before);
        }
    }

    /**
     * SQLite refusing a row after 1 500 of some thousands were written (the first JDBC batch executed): the import is
     * refused with the reason, and no row, audit entry, batch or remembered mapping of it is left.
     */
    @Test
    void aFailureHalfwayThroughTheRowsWritesNothing() throws Exception {
        Path workbook = dir.resolve("nua-chung.xlsx");
        Path file = dir.resolve("baocao.db");
        int expected;
        try (Database db = ImportFixtures.demoDb(dir)) {
            List<Indicator> indicators = ImportFixtures.catalog(db).subList(0, 30);
            List<Area> areas = ImportFixtures.communes(db);
            ImportFixtures.writeSummary(workbook, indicators, areas, 2022, 12);
            expected = indicators.size() * areas.size() * 12;
            assertThat(expected).as("more rows than one JDBC batch before the failure and after it").isGreaterThan(2500);
            db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE rows_written (n INTEGER NOT NULL)");
                    st.execute("INSERT INTO rows_written VALUES (0)");
                    st.execute("CREATE TRIGGER fail_halfway AFTER INSERT ON observation BEGIN "
                            + "UPDATE rows_written SET n = n + 1; "
                            + "SELECT RAISE(ABORT, 'hỏng ở dòng thứ 1500') WHERE (SELECT n FROM rows_written) >= 1500; END");
                }
                return null;
            });
        }
        String before = ImportFixtures.checksum(file);
        String tablesBefore = tableCounts(file);
        ImportRequest request = ImportRequest.of(workbook.toFile()).withCheckFormulas(false);
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> new ExcelImportService(db).commit(request))
                    .satisfies(e -> assertThat(causes(e)).contains("hỏng ở dòng thứ 1500"));
        }
        assertThat(tableCounts(file)).isEqualTo(tablesBefore);
        assertThat(ImportFixtures.checksum(file)).isEqualTo(before);

        // without the failure the same import writes every row: the failure did land halfway
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TRIGGER fail_halfway");
                }
                return null;
            });
            assertThat(new ExcelImportService(db).commit(request).inserted()).isEqualTo(expected).isGreaterThan(1500);
        }
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** Row counts of the tables an import writes to. */
    private static String tableCounts(Path file) throws Exception {
        StringBuilder counts = new StringBuilder();
        try (Database db = Database.open(file)) {
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    for (String table : List.of("observation", "target", "audit", "import_batch", "indicator",
                            "period", "rows_written")) {
                        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                            counts.append(table).append('=').append(rs.next() ? rs.getLong(1) : -1).append(' ');
                        }
                    }
                }
                return null;
            });
        }
        return counts.toString();
    }

    @Test
    void aProcessKilledDuringTheCommitLeavesTheWholeBatchOrNone() throws Exception {
        Path base = dir.resolve("base");
        Files.createDirectories(base);
        Path workbook = dir.resolve("lon.xlsx");
        int expected;
        try (Database db = ImportFixtures.demoDb(base)) {
            List<Indicator> indicators = ImportFixtures.catalog(db).subList(0, 60);
            List<Area> areas = ImportFixtures.communes(db);
            ImportFixtures.writeSummary(workbook, indicators, areas, 2022, 12);
            expected = indicators.size() * areas.size() * 12;
        }
        // one run to the end: all values, and how long the commit takes
        Path full = copy(base.resolve("baocao.db"), dir.resolve("full"));
        Process p = child(full, workbook);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("DONE " + expected);
        long commitMillis = Long.parseLong(out.substring(out.indexOf("DONE ")).trim().split("\\s+")[2]);
        assertThat(count(full)).isEqualTo(expected);

        Random random = new Random(42);
        int absentSeen = 0;
        for (int run = 0; run < 6; run++) {
            Path db = copy(base.resolve("baocao.db"), dir.resolve("run" + run));
            Process child = child(db, workbook);
            BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && !line.equals("COMMIT")) {
                // wait until the commit starts
            }
            Thread.sleep(random.nextInt((int) Math.max(1, commitMillis + 200)));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            int n = count(db);
            assertThat(n).as("run %d", run).isIn(0, expected);
            absentSeen += n == 0 ? 1 : 0;
        }
        assertThat(absentSeen).as("some kills must land before the commit finished").isPositive();
    }

    private static Path copy(Path dbFile, Path toDir) throws Exception {
        Files.createDirectories(toDir);
        Path target = toDir.resolve("baocao.db");
        Files.copy(dbFile, target);
        return target;
    }

    private static Process child(Path db, Path workbook) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashImportChild.class.getName(), db.toString(), workbook.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Observations of the demo communes in the 12 months: all written by the batch, if it is there. */
    private static int count(Path file) {
        try (Database db = Database.open(file)) {
            return db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM observation o "
                        + "JOIN period p ON p.id = o.period_id WHERE p.type = 'MONTH'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
        }
    }


}
