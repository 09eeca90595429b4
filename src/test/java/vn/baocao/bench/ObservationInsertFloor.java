package vn.baocao.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import vn.baocao.domain.Period;
import java.math.BigDecimal;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Qualifier;
import vn.baocao.store.Database;
import vn.baocao.store.ImportWriter;
import vn.baocao.store.PeriodRepository;

/**
 * The floor of the import's commit (issue 17): 96 000 rows of the {@code observation} table's shape (its real schema:
 * since V60 one UNIQUE key starting with area and period, before it also an area-period index; foreign keys on, WAL,
 * synchronous=FULL) inserted in one transaction, nothing else,
 * in four ways: one JDBC batch of 16-parameter INSERTs (what ImportWriter did before 100-row inserts), the same with
 * the empty and constant columns written in the SQL (6 parameters), 100 rows per INSERT with 6 parameters each, and
 * {@code INSERT … SELECT … FROM json_each(?)} with one JSON text per 2 000 rows; then the application's
 * {@link ImportWriter} with the same rows as figures (ids resolved, sanity checks, audit, its statements); then the
 * 100-row INSERTs and the writer again with the rows in the figures' key order since V60 (area, period, indicator),
 * as the commit now writes them; last, the 100-row INSERTs in key order with the foreign keys not checked, and into
 * the table rebuilt WITHOUT ROWID, and with narrower rows (no per-row stamp, the source only the cell): measured
 * for issue 17's eighth round, none adopted. Main-thread CPU (SQLite runs on it), each way on a fresh database, rounds
 * alternating; round 0 (a cold JVM) printed apart.
 * Run by {@code bench/insert-floor.sh}.
 *
 * <pre>java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" vn.baocao.bench.ObservationInsertFloor [rounds]</pre>
 */
public final class ObservationInsertFloor {
    static final int INDICATORS = 80;
    static final int AREAS = 20;
    static final int MONTHS = 60;
    static final String COLS = "indicator_id, area_id, period_id, kind, value, qualifier, numerator, denominator, "
            + "text_as_written, pct_as_written, change_as_written, note, source, batch_id, updated_by, updated_at";

    private ObservationInsertFloor() {
    }

    interface Way {
        void insert(Connection c, long[] ind, long[] area, long[] per, long batch) throws Exception;
    }

    /** Run on the fresh database's connection before the timed transaction. */
    interface Setup {
        void before(Connection c) throws java.sql.SQLException;
    }

    private static void foreignKeysOff(Connection c) throws java.sql.SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
        }
    }

    /** The figures' table rebuilt with its key as the primary key, WITHOUT ROWID (same columns but the id). */
    private static void withoutRowid(Connection c) throws java.sql.SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE observation");
            st.execute("CREATE TABLE observation ("
                    + "indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE, "
                    + "area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE, "
                    + "period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE RESTRICT, "
                    + "kind TEXT NOT NULL CHECK (kind IN ('THUC_HIEN', 'UOC', 'SO_BO', 'CHINH_THUC')), "
                    + "value TEXT, qualifier TEXT NOT NULL DEFAULT 'NONE', numerator TEXT, denominator TEXT, "
                    + "text_as_written TEXT, pct_as_written TEXT, change_as_written TEXT, note TEXT, source TEXT, "
                    + "batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL, updated_by TEXT, "
                    + "updated_at TEXT NOT NULL, PRIMARY KEY (area_id, period_id, indicator_id, kind)) WITHOUT ROWID");
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String[] names = {"jdbc-batch-16", "jdbc-batch-6", "multi-row-6x100", "json_each-2000", "ImportWriter",
            "multi-by-area", "Writer-by-area", "by-area-no-fk", "by-area-no-rowid", "by-area-narrow"};
        Way[] ways = {ObservationInsertFloor::batch16, ObservationInsertFloor::batch6, ObservationInsertFloor::multi,
            ObservationInsertFloor::json, ObservationInsertFloor::writer, ObservationInsertFloor::multiByArea,
            ObservationInsertFloor::writerByArea, ObservationInsertFloor::multiByArea, ObservationInsertFloor::multiByArea,
            ObservationInsertFloor::narrowByArea};
        // what the store would be without its foreign-key checks, or with the figures' key as the table's own
        // (WITHOUT ROWID: one B-tree instead of the table's and its unique index's); measured, not adopted
        Setup[] setups = new Setup[ways.length];
        Arrays.fill(setups, (Setup) c -> { });
        setups[7] = ObservationInsertFloor::foreignKeysOff;
        setups[8] = ObservationInsertFloor::withoutRowid;
        long[][] cpu = new long[ways.length][rounds];
        for (int r = 0; r < rounds + 1; r++) {
            for (int w = 0; w < ways.length; w++) {
                long ms = once(setups[w], ways[w]);
                if (r == 0) {
                    System.out.printf("%-16s cold JVM: CPU %d ms%n", names[w], ms);
                }
                if (r > 0) {
                    cpu[w][r - 1] = ms; // round 0 warms the JVM up
                }
            }
        }
        for (int w = 0; w < ways.length; w++) {
            long[] s = cpu[w].clone();
            Arrays.sort(s);
            System.out.printf("%-16s CPU median %d ms (%d–%d) over %d rounds%n", names[w], s[s.length / 2], s[0],
                    s[s.length - 1], rounds);
        }
    }

    private static long once(Setup setup, Way way) throws Exception {
        Path dir = Files.createTempDirectory("insert-floor");
        try {
            return onceIn(dir, setup, way);
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    private static long onceIn(Path dir, Setup setup, Way way) throws Exception {
        try (Database db = Database.open(dir.resolve("floor.db"))) {
            long[] ind = new long[INDICATORS];
            long[] area = new long[AREAS];
            long[] per = new long[MONTHS];
            long batch = db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    for (int i = 0; i < INDICATORS; i++) {
                        st.execute("INSERT INTO indicator (code, name, kind, direction, sort_order) "
                                + "VALUES ('F" + i + "', 'Chỉ tiêu " + i + "', 'COUNT_FLOW', 'UP', " + i + ")");
                        ind[i] = lastId(st);
                    }
                    for (int a = 0; a < AREAS; a++) {
                        st.execute("INSERT INTO area (code, name, level) VALUES ('A" + a + "', 'Xã " + a + "', 'XA')");
                        area[a] = lastId(st);
                    }
                    PeriodRepository periods = new PeriodRepository(c);
                    for (int m = 0; m < MONTHS; m++) {
                        per[m] = periods.ensure(Period.month(2020 + m / 12, m % 12 + 1));
                    }
                    st.execute("INSERT INTO import_batch (file_name, imported_at) VALUES ('f.xlsx', '2026-12-03T17:00:00Z')");
                    return lastId(st);
                }
            });
            db.read(c -> {
                setup.before(c);
                return null;
            });
            long c0 = cpu();
            db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA cache_size = -65536");
                }
                try {
                    way.insert(c, ind, area, per, batch);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            long ms = (cpu() - c0) / 1_000_000;
            long n = db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM observation")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            if (n != (long) INDICATORS * AREAS * MONTHS) {
                throw new IllegalStateException("rows: " + n);
            }
            return ms;
        }
    }

    private static long lastId(Statement st) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String value(int i, int a, int m) {
        return Integer.toString((i + 1) * 1000 + a * 37 + m);
    }

    private static void batch16(Connection c, long[] ind, long[] area, long[] per, long batch) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO observation (" + COLS + ") VALUES (?"
                + ",?".repeat(15) + ")")) {
            int n = 0;
            for (int i = 0; i < INDICATORS; i++) {
                for (int a = 0; a < AREAS; a++) {
                    for (int m = 0; m < MONTHS; m++) {
                        ps.setLong(1, ind[i]);
                        ps.setLong(2, area[a]);
                        ps.setLong(3, per[m]);
                        ps.setString(4, "THUC_HIEN");
                        ps.setString(5, value(i, a, m));
                        ps.setString(6, "NONE");
                        ps.setString(7, null);
                        ps.setString(8, null);
                        ps.setString(9, value(i, a, m));
                        ps.setString(10, null);
                        ps.setString(11, null);
                        ps.setString(12, null);
                        ps.setString(13, "lô 1: Tổng hợp!E" + (i + 5));
                        ps.setString(14, Long.toString(batch));
                        ps.setString(15, "clerk");
                        ps.setString(16, "2026-12-03T17:00:00.123Z");
                        ps.addBatch();
                        if (++n % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** Empty and constant columns written in the SQL as literals (fixed test text), the six others bound. */
    private static void batch6(Connection c, long[] ind, long[] area, long[] per, long batch) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO observation (" + COLS + ") VALUES (?,?,?,'THUC_HIEN',?,"
                + "'NONE',NULL,NULL,?,NULL,NULL,NULL,?," + batch + ",'clerk','2026-12-03T17:00:00.123Z')")) {
            int n = 0;
            for (int i = 0; i < INDICATORS; i++) {
                for (int a = 0; a < AREAS; a++) {
                    for (int m = 0; m < MONTHS; m++) {
                        ps.setLong(1, ind[i]);
                        ps.setLong(2, area[a]);
                        ps.setLong(3, per[m]);
                        ps.setString(4, value(i, a, m));
                        ps.setString(5, value(i, a, m));
                        ps.setString(6, "lô 1: Tổng hợp!E" + (i + 5));
                        ps.addBatch();
                        if (++n % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** 100 rows per INSERT statement, 6 parameters each (constant columns as literals), in the sheet's order. */
    private static void multi(Connection c, long[] ind, long[] area, long[] per, long batch) throws Exception {
        multiRows(c, ind, area, per, batch, false);
    }

    /**
     * The same in the order of the figures' key since V60 (area, period, indicator) instead of the sheet's indicator
     * by indicator.
     */
    private static void multiByArea(Connection c, long[] ind, long[] area, long[] per, long batch) throws Exception {
        multiRows(c, ind, area, per, batch, true);
    }

    /**
     * As {@link #multiByArea}, rows narrowed the way a different data model could store an import's figures: no
     * per-row stamp (the batch holds who and when) and the source only the cell ("E12", the batch holds the rest).
     */
    private static void narrowByArea(Connection c, long[] ind, long[] area, long[] per, long batch) throws Exception {
        multiRows(c, ind, area, per, batch, true, true);
    }

    private static void multiRows(Connection c, long[] ind, long[] area, long[] per, long batch, boolean byArea)
            throws Exception {
        multiRows(c, ind, area, per, batch, byArea, false);
    }

    private static void multiRows(Connection c, long[] ind, long[] area, long[] per, long batch, boolean byArea,
            boolean narrow) throws Exception {
        int rows = 100;
        String one = "(?,?,?,'THUC_HIEN',?,'NONE',NULL,NULL,?,NULL,NULL,NULL,?," + batch
                + (narrow ? ",NULL,'')" : ",'clerk','2026-12-03T17:00:00.123Z')");
        String sourcePrefix = narrow ? "E" : "lô 1: Tổng hợp!E";
        StringBuilder sql = new StringBuilder("INSERT INTO observation (" + COLS + ") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append(one);
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int[] n = {0};
            int[] p = {1};
            eachCell(byArea, (i, a, m) -> {
                ps.setLong(p[0]++, ind[i]);
                ps.setLong(p[0]++, area[a]);
                ps.setLong(p[0]++, per[m]);
                ps.setString(p[0]++, value(i, a, m));
                ps.setString(p[0]++, value(i, a, m));
                ps.setString(p[0]++, sourcePrefix + (i + 5));
                if (++n[0] % rows == 0) {
                    ps.addBatch();
                    p[0] = 1;
                    if (n[0] % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            });
            ps.executeBatch();
        }
    }

    interface CellVisitor {
        void visit(int indicator, int area, int month) throws Exception;
    }

    /** Every cell of the sheet: indicator by indicator as a sheet reads, or area, month, indicator (the key's order). */
    private static void eachCell(boolean byArea, CellVisitor v) throws Exception {
        if (byArea) {
            for (int a = 0; a < AREAS; a++) {
                for (int m = 0; m < MONTHS; m++) {
                    for (int i = 0; i < INDICATORS; i++) {
                        v.visit(i, a, m);
                    }
                }
            }
        } else {
            for (int i = 0; i < INDICATORS; i++) {
                for (int a = 0; a < AREAS; a++) {
                    for (int m = 0; m < MONTHS; m++) {
                        v.visit(i, a, m);
                    }
                }
            }
        }
    }

    private static void json(Connection c, long[] ind, long[] area, long[] per, long batch) throws Exception {
        int chunk = 2000;
        String sql = "INSERT INTO observation (" + COLS + ") SELECT j.value->>0, j.value->>1, j.value->>2, j.value->>3, "
                + "j.value->>4, j.value->>5, j.value->>6, j.value->>7, j.value->>8, j.value->>9, j.value->>10, "
                + "j.value->>11, j.value->>12, ?, ?, ? FROM json_each(?) AS j";
        JsonFactory f = new JsonFactory();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, batch);
            ps.setString(2, "clerk");
            ps.setString(3, "2026-12-03T17:00:00.123Z");
            StringWriter out = new StringWriter(chunk * 80);
            JsonGenerator g = f.createGenerator(out);
            g.writeStartArray();
            int n = 0;
            for (int i = 0; i < INDICATORS; i++) {
                for (int a = 0; a < AREAS; a++) {
                    for (int m = 0; m < MONTHS; m++) {
                        g.writeStartArray();
                        g.writeNumber(ind[i]);
                        g.writeNumber(area[a]);
                        g.writeNumber(per[m]);
                        g.writeString("THUC_HIEN");
                        g.writeString(value(i, a, m));
                        g.writeString("NONE");
                        g.writeNull();
                        g.writeNull();
                        g.writeString(value(i, a, m));
                        g.writeNull();
                        g.writeNull();
                        g.writeNull();
                        g.writeString("lô 1: Tổng hợp!E" + (i + 5));
                        g.writeEndArray();
                        if (++n % chunk == 0) {
                            g.writeEndArray();
                            g.flush();
                            ps.setString(4, out.toString());
                            ps.executeUpdate();
                            out = new StringWriter(chunk * 80);
                            g = f.createGenerator(out);
                            g.writeStartArray();
                        }
                    }
                }
            }
            g.writeEndArray();
            g.flush();
            ps.setString(4, out.toString());
            ps.executeUpdate();
        }
    }

    /** The application's own writer with the same rows, in the sheet's order (indicator by indicator). */
    private static void writer(Connection c, long[] ind, long[] area, long[] per, long batch) throws Exception {
        writerRows(c, batch, false);
    }

    /** The application's writer with the rows in the order the commit gives them since V60 (area, period, indicator). */
    private static void writerByArea(Connection c, long[] ind, long[] area, long[] per, long batch) throws Exception {
        writerRows(c, batch, true);
    }

    private static void writerRows(Connection c, long batch, boolean byArea) throws Exception {
        Period[] periods = new Period[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            periods[m] = Period.month(2020 + m / 12, m % 12 + 1);
        }
        try (ImportWriter w = new ImportWriter(c, batch)) {
            eachCell(byArea, (i, a, m) -> w.save(new Observation("F" + i, "A" + a, periods[m], ObservationKind.THUC_HIEN,
                    new BigDecimal(value(i, a, m)), Qualifier.NONE, null, null, null, null, null, null,
                    "lô 1: Tổng hợp!E" + (i + 5))));
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
