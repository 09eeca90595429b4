package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.store.text.StoreText;

/**
 * Writes the rows of one import batch, audited exactly like {@link ObservationRepository#save} and
 * {@link TargetRepository#save} (so {@link ImportBatchRepository#undo} restores them), but with its statements
 * prepared once and the ids of indicators, areas and periods cached: a batch of 100 000 figures is written in
 * about a second instead of a minute. Use inside the transaction that created the batch; close it afterwards.
 *
 * <p>An INSERT of the batch is logged without its "after" (see {@link AuditLog.Entry}).
 *
 * <p>Rows and audit entries are sent to SQLite in JDBC batches of {@value #BATCH_SIZE}: a plain
 * {@code executeUpdate} of sqlite-jdbc runs an extra {@code SELECT last_insert_rowid()} after every INSERT (for
 * generated keys), which made each figure cost four statements instead of two. Every pending batch is executed
 * before a row it holds is read again, and by {@link #flush()} / {@link #close()}, so the results are the same
 * as writing row by row. Call {@link #flush()} before reading the written rows with other statements.
 */
public final class ImportWriter implements AutoCloseable {
    private final Connection c;
    private final long batchId;
    /** The stamp of every row of the batch: written in one transaction, so at one moment, by one person. */
    private final String batchText;
    private final String actor;
    private final String at;
    private final Map<String, Long> indicatorIds = new HashMap<>();
    private final Map<String, Long> areaIds = new HashMap<>();
    private final Map<Period, Long> periodIds = new HashMap<>();
    private final Statements observations;
    private final Statements targets;
    private final PreparedStatement audit;
    private final SaneValues sane;
    static final int BATCH_SIZE = 1000;
    /** Keys of the rows waiting in the current batches (table + natural key). */
    private final Set<String> pending = new HashSet<>();
    /**
     * Page cache for the bulk write, in KiB (SQLite's negative form): 64 MB of native memory, not Java heap, so that
     * the B-trees of the observation, target and audit tables and their indexes stay in memory during the batch
     * instead of being spilled to the WAL half-written (SQLite's default is about 2 MB). It changes nothing about
     * durability (journal mode and synchronous=FULL stay as they are) and is put back by {@link #close()}.
     */
    static final int BULK_CACHE_KIB = 64 * 1024;
    private final long previousCacheSize;

    public ImportWriter(Connection connection, long batchId) throws SQLException {
        this.c = connection;
        this.batchId = batchId;
        this.batchText = Long.toString(batchId);
        this.actor = Clock.actor();
        this.at = Clock.now();
        this.observations = new Statements(connection, ObservationRepository.TABLE);
        this.targets = new Statements(connection, TargetRepository.TABLE);
        this.audit = connection.prepareStatement(AuditLog.INSERT_SQL);
        this.sane = new SaneValues(connection);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
            this.previousCacheSize = rs.next() ? rs.getLong(1) : -2000;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA cache_size = -" + BULK_CACHE_KIB);
        }
    }

    /** Saves a figure of the batch; UNCHANGED (nothing written) when the stored data columns are equal. */
    public WriteResult save(Observation o) throws SQLException {
        o = sane.observation(o);
        return save(observations, o.indicatorCode(), o.areaCode(), o.period(), o.kind().name(),
                ObservationRepository.data(o));
    }

    /** Saves a plan target of the batch; {@code source} is kept in the row ("lô 3: Biểu01!E12"). */
    public WriteResult save(Target t, String source) throws SQLException {
        t = sane.target(t);
        Map<String, String> data = TargetRepository.data(t);
        data.put("source", source);
        return save(targets, t.indicatorCode(), t.areaCode(), t.period(), t.issuer().name(), data);
    }

    private WriteResult save(Statements s, String indicator, String area, Period period, String disc,
            Map<String, String> data) throws SQLException {
        long i = indicatorIds.computeIfAbsent(indicator, k -> lookup(() -> new CatalogRepository(c).indicatorId(k)));
        long a = areaIds.computeIfAbsent(area, k -> lookup(() -> new AreaRepository(c).id(k)));
        long p = periodIds.computeIfAbsent(period, k -> lookup(() -> new PeriodRepository(c).ensure(k)));
        String key = AuditedTable.key(indicator, area, period, disc);
        String pendingKey = s.table.table() + "|" + key;
        if (pending.contains(pendingKey)) {
            flush(); // the same row twice in one batch: read what the first write left
        }
        Map<String, String> before = s.before(i, a, p, disc);
        Map<String, String> after = s.table.stamped(data, batchText, actor, at);
        if (before != null && s.table.sameData(before, after)) {
            return WriteResult.UNCHANGED;
        }
        s.add(before == null, i, a, p, disc, after);
        audit.setString(1, after.get("updated_at"));
        audit.setString(2, after.get("updated_by"));
        audit.setString(3, before == null ? "INSERT" : "UPDATE");
        audit.setString(4, s.table.table());
        audit.setString(5, key);
        audit.setString(6, AuditLog.toJson(before));
        // A row the batch inserts is not copied into the log: it is in the table, stamped with the batch, and
        // whatever changes it later (an edit, the batch's undo) logs it as its "before". This halves the log of a
        // large import, the biggest part of its write.
        audit.setString(7, before == null ? null : AuditLog.toJson(after));
        audit.setLong(8, batchId);
        audit.addBatch();
        s.written.add(AuditedTable.rowIdKey(i, a, p, disc));
        pending.add(pendingKey);
        if (pending.size() >= BATCH_SIZE) {
            flush();
        }
        return before == null ? WriteResult.INSERTED : WriteResult.UPDATED;
    }

    /** Executes the pending batches (rows first, then their audit entries, each in the order saved). */
    public void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        observations.flush();
        targets.flush();
        audit.executeBatch();
        pending.clear();
    }

    private interface IdLookup {
        long get() throws SQLException;
    }

    private static long lookup(IdLookup lookup) {
        try {
            return lookup.get();
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("importWriter.loiKhiGhiCo", e.getMessage()), e);
        }
    }

    /** Executes what is still pending, then closes the statements. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            observations.close();
            targets.close();
            audit.close();
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = " + previousCacheSize);
            }
        }
    }

    private static final class Statements {
        final AuditedTable table;
        final PreparedStatement current;
        final PreparedStatement rowsOfAreaPeriod;
        final PreparedStatement write;
        final PreparedStatement insert;
        int batched;
        int inserts;
        /**
         * What was stored before this batch, read once per area and period (one indexed query instead of one per
         * row: a 100 000-figure batch touches about a thousand area-periods). Rows this batch has written are in
         * {@link #written} and read back from the table instead.
         */
        final Map<String, Map<String, Map<String, String>>> storedByAreaPeriod = new HashMap<>();
        final Set<String> written = new HashSet<>();

        Statements(Connection c, AuditedTable table) throws SQLException {
            this.table = table;
            this.current = c.prepareStatement(table.currentSql());
            this.rowsOfAreaPeriod = c.prepareStatement(table.rowsOfAreaPeriodSql());
            this.write = c.prepareStatement(table.writeSql());
            this.insert = c.prepareStatement(table.insertSql());
        }

        /** The row as stored now (the caller has flushed any pending write of it). */
        Map<String, String> before(long indicator, long area, long period, String disc) throws SQLException {
            String rowId = AuditedTable.rowIdKey(indicator, area, period, disc);
            if (written.contains(rowId)) {
                return table.current(current, indicator, area, period, disc);
            }
            String areaPeriod = area + "|" + period;
            Map<String, Map<String, String>> stored = storedByAreaPeriod.get(areaPeriod);
            if (stored == null) {
                stored = table.rowsOfAreaPeriod(rowsOfAreaPeriod, area, period);
                storedByAreaPeriod.put(areaPeriod, stored);
            }
            Map<String, String> row = stored.get(rowId);
            return row == null ? null : new java.util.LinkedHashMap<>(row);
        }

        /**
         * Queues a row: a plain INSERT when nothing is stored under its key (the common case of a large import,
         * cheaper for SQLite than the upsert), the upsert otherwise.
         */
        void add(boolean absent, long indicator, long area, long period, String disc, Map<String, String> row)
                throws SQLException {
            PreparedStatement statement = absent ? insert : write;
            table.bindWrite(statement, indicator, area, period, disc, row);
            statement.addBatch();
            if (absent) {
                inserts++;
            } else {
                batched++;
            }
        }

        void flush() throws SQLException {
            if (inserts > 0) {
                insert.executeBatch();
                inserts = 0;
            }
            if (batched > 0) {
                write.executeBatch();
                batched = 0;
            }
        }

        void close() throws SQLException {
            current.close();
            rowsOfAreaPeriod.close();
            write.close();
            insert.close();
        }
    }
}
