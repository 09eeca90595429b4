package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;

/**
 * Writes the rows of one import batch, audited exactly like {@link ObservationRepository#save} and
 * {@link TargetRepository#save} (so {@link ImportBatchRepository#undo} restores them), but with its statements
 * prepared once and the ids of indicators, areas and periods cached: a batch of 100 000 figures is written in
 * about a second instead of a minute. Use inside the transaction that created the batch; close it afterwards.
 *
 * <p>The rows the batch inserts are logged by ONE audit entry per table ({@link AuditLog#BATCH_ROWS}, written by
 * {@link #close()}): each of them is in its table stamped with the batch until something changes it, and that change
 * logs it as its "before"; undo deletes the rows still stamped with the batch in one statement. Only a row the batch
 * changes gets an entry of its own, with the row before (what undo writes back).
 *
 * <p>Inserted rows go to SQLite a hundred per statement, binding only the columns they fill ({@link ShapedInserts});
 * changed rows and their audit entries in JDBC batches; all is sent every {@value #BATCH_SIZE} rows, never one
 * {@code executeUpdate} per row: a plain {@code executeUpdate} of sqlite-jdbc runs an extra
 * {@code SELECT last_insert_rowid()} after every INSERT (for generated keys), which made each figure cost four
 * statements instead of two. Every pending batch is executed
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
    private final IdQuery<String> indicatorQuery;
    private final IdQuery<String> areaQuery;
    private final IdQuery<Period> periodQuery;
    private final Statements observations;
    private final Statements targets;
    private final PreparedStatement audit;
    private int auditPending;
    private final SaneValues sane;
    static final int BATCH_SIZE = 1000;
    /** Rows and audit entries waiting in the current JDBC batches. */
    private int pending;
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
        this.observations = new Statements(connection, ObservationRepository.TABLE, batchId, actor, at);
        this.targets = new Statements(connection, TargetRepository.TABLE, batchId, actor, at);
        this.audit = connection.prepareStatement(AuditLog.INSERT_SQL);
        this.sane = new SaneValues(connection);
        this.indicatorQuery = code -> new CatalogRepository(connection).indicatorId(code);
        this.areaQuery = code -> new AreaRepository(connection).id(code);
        this.periodQuery = period -> new PeriodRepository(connection).ensure(period);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
            this.previousCacheSize = rs.next() ? rs.getLong(1) : -2000;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA cache_size = -" + BULK_CACHE_KIB);
        }
    }

    /**
     * The rows in the order SQLite writes them cheapest: grouped by area and period, the groups in the order they
     * first appear, each group in its own order. The figures' key starts with area and period (V60), so a sheet
     * laid out indicator by indicator, written as it reads, would insert all over that key; written in this order
     * each figure lands next to the one before. Rows with the same area and period keep their order, so a row saved
     * twice ends the same way.
     */
    public static <T> List<T> inKeyOrder(List<T> rows, Function<T, String> area, Function<T, Period> period) {
        List<List<T>> groups = new ArrayList<>();
        // per area, its groups by period; the last area's kept at hand: a sheet's rows bring one area's figures in a run
        Map<String, Map<Period, List<T>>> byArea = new HashMap<>();
        String lastArea = null;
        Map<Period, List<T>> lastPeriods = null;
        for (T row : rows) {
            String a = area.apply(row);
            if (lastPeriods == null || !Objects.equals(a, lastArea)) {
                lastArea = a;
                lastPeriods = byArea.computeIfAbsent(a, k -> new HashMap<>());
            }
            Period p = period.apply(row);
            List<T> group = lastPeriods.get(p);
            if (group == null) {
                group = new ArrayList<>();
                groups.add(group);
                lastPeriods.put(p, group);
            }
            group.add(row);
        }
        List<T> ordered = new ArrayList<>(rows.size());
        for (List<T> group : groups) {
            ordered.addAll(group);
        }
        return ordered;
    }

    /** Saves a figure of the batch; UNCHANGED (nothing written) when the stored data columns are equal. */
    public WriteResult save(Observation o) throws SQLException {
        o = sane.observation(o);
        return save(observations, o.indicatorCode(), o.areaCode(), o.period(), o.kind().name(),
                ObservationRepository.dataValues(o));
    }

    /** Saves a plan target of the batch; {@code source} is kept in the row ("lô 3: Biểu01!E12"). */
    public WriteResult save(Target t, String source) throws SQLException {
        t = sane.target(t);
        Map<String, String> data = TargetRepository.data(t);
        data.put("source", source);
        return save(targets, t.indicatorCode(), t.areaCode(), t.period(), t.issuer().name(),
                targets.table.inColumnOrder(data));
    }

    /** {@code values}: the row's data columns in its table's column order. */
    private WriteResult save(Statements s, String indicator, String area, Period period, String disc,
            String[] values) throws SQLException {
        long i = cachedId(indicatorIds, indicator, indicatorQuery);
        long a = cachedId(areaIds, area, areaQuery);
        long p = cachedId(periodIds, period, periodQuery);
        RowId row = new RowId(i, a, p, disc);
        if (s.pending.contains(row)) {
            flush(); // the same row twice in one batch: read what the first write left
        }
        Map<String, String> before = s.before(row);
        if (before == null) {
            s.insert(row, values); // no map of the row: nothing logs it
        } else {
            Map<String, String> data = s.table.byColumn(values);
            Map<String, String> after = s.table.stamped(data, batchText, actor, at);
            if (s.table.sameData(before, after)) {
                return WriteResult.UNCHANGED;
            }
            s.update(row, data, batchText, actor, at);
            audit.setString(1, at);
            audit.setString(2, actor);
            audit.setString(3, "UPDATE");
            audit.setString(4, s.table.table());
            audit.setString(5, AuditedTable.key(indicator, area, period, disc));
            audit.setString(6, AuditLog.toJson(before));
            audit.setString(7, AuditLog.toJson(after));
            audit.setLong(8, batchId);
            audit.addBatch();
            auditPending++;
        }
        if (++pending >= BATCH_SIZE) {
            flush();
        }
        return before == null ? WriteResult.INSERTED : WriteResult.UPDATED;
    }

    /** Executes the pending batches (rows first, then their audit entries, each in the order saved). */
    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        observations.flush();
        targets.flush();
        if (auditPending > 0) {
            audit.executeBatch();
            auditPending = 0;
        }
        pending = 0;
    }

    /** The rows this batch inserted into each table, logged as one entry per table (see the class comment). */
    private void logInserted(Statements s) throws SQLException {
        if (s.insertedTotal == 0) {
            return;
        }
        audit.setString(1, at);
        audit.setString(2, actor);
        audit.setString(3, "INSERT");
        audit.setString(4, s.table.table());
        audit.setString(5, AuditLog.BATCH_ROWS);
        audit.setString(6, null);
        audit.setString(7, AuditLog.toJson(Map.of(AuditLog.ROWS, Integer.toString(s.insertedTotal))));
        audit.setLong(8, batchId);
        audit.executeUpdate();
    }

    /** A look-up of the id stored for a key (an indicator's code, an area's code, a period). */
    private interface IdQuery<K> {
        long id(K key) throws SQLException;
    }

    /**
     * The id of {@code key}, asked of the database once per batch. A plain get: a computeIfAbsent with a capturing
     * lambda made three objects per row.
     */
    private static <K> long cachedId(Map<K, Long> cache, K key, IdQuery<K> query) throws SQLException {
        Long id = cache.get(key);
        if (id == null) {
            id = query.id(key);
            cache.put(key, id);
        }
        return id;
    }

    /** Executes what is still pending, then closes the statements. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
            logInserted(observations);
            logInserted(targets);
        } finally {
            observations.close();
            targets.close();
            audit.close();
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = " + previousCacheSize);
            }
        }
    }

    /** A row's identity by the ids of its indicator, area and period and its discriminator. */
    record RowId(long indicator, long area, long period, String disc) {
        // written out: a record's generated hashCode goes through an invokedynamic bootstrap that costs a tenth
        // of the write in a cold JVM (profiled)
        @Override
        public int hashCode() {
            return (int) (indicator * 1_000_003 + area * 8191 + period * 31) + disc.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RowId r && r.indicator == indicator && r.area == area && r.period == period
                    && r.disc.equals(disc);
        }
    }

    private record AreaPeriod(long area, long period) {
        @Override
        public int hashCode() {
            return (int) (area * 1_000_003 + period);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AreaPeriod r && r.area == area && r.period == period;
        }
    }

    /** The rows of one area and period: as stored before the batch, and those the batch has written. */
    private record AreaPeriodRows(Map<RowId, Map<String, String>> stored, Set<RowId> written) {
        AreaPeriodRows(Map<RowId, Map<String, String>> stored) {
            this(stored, new HashSet<>());
        }
    }

    private static final class Statements {
        final AuditedTable table;
        final PreparedStatement current;
        final PreparedStatement rowsOfAreaPeriod;
        final PreparedStatement write;
        final ShapedInserts inserts;
        int batched;
        /** Rows inserted by this batch so far (for its audit entry). */
        int insertedTotal;
        /** Rows waiting in the current JDBC batches of this table. */
        final Set<RowId> pending = new HashSet<>();
        /**
         * Per area and period: what was stored before this batch, read once (one indexed query instead of one per
         * row: a 100 000-figure batch touches about a thousand area-periods), and the rows this batch has written
         * there, which are read back from the table instead. Kept per area and period because rows come grouped so
         * ({@link #inKeyOrder}): the sets stay small, where one set of every written row cost a cache miss per row.
         */
        final Map<AreaPeriod, AreaPeriodRows> byAreaPeriod = new HashMap<>();
        /** The area and period of the last row asked about, and its rows. */
        private AreaPeriod lastAreaPeriod;
        private AreaPeriodRows lastRows;

        Statements(Connection c, AuditedTable table, long batchId, String actor, String at) throws SQLException {
            this.table = table;
            this.inserts = new ShapedInserts(c, table, batchId, actor, at);
            this.current = c.prepareStatement(table.currentSql());
            this.rowsOfAreaPeriod = c.prepareStatement(table.rowsOfAreaPeriodSql());
            this.write = c.prepareStatement(table.writeSql());
        }

        /** The row as stored now (the caller has flushed any pending write of it). */
        Map<String, String> before(RowId row) throws SQLException {
            AreaPeriodRows rows = rowsOf(row);
            if (rows.written.contains(row)) {
                return table.current(current, row.indicator(), row.area(), row.period(), row.disc());
            }
            Map<String, String> found = rows.stored.get(row);
            return found == null ? null : new java.util.LinkedHashMap<>(found);
        }

        private AreaPeriodRows rowsOf(RowId row) throws SQLException {
            if (lastAreaPeriod != null && lastAreaPeriod.area() == row.area() && lastAreaPeriod.period() == row.period()) {
                return lastRows;
            }
            AreaPeriod areaPeriod = new AreaPeriod(row.area(), row.period());
            AreaPeriodRows rows = byAreaPeriod.get(areaPeriod);
            if (rows == null) {
                rows = new AreaPeriodRows(table.rowsOfAreaPeriod(rowsOfAreaPeriod, row.area(), row.period()));
                byAreaPeriod.put(areaPeriod, rows);
            }
            lastAreaPeriod = areaPeriod;
            lastRows = rows;
            return rows;
        }

        /**
         * Queues a row stored under no key yet: a plain INSERT (the common case of a large import, cheaper for SQLite
         * than the upsert).
         */
        void insert(RowId id, String[] values) throws SQLException {
            inserts.add(id.indicator(), id.area(), id.period(), id.disc(), values);
            insertedTotal++;
            rowsOf(id).written.add(id);
            pending.add(id);
        }

        /** Queues the upsert of a row that is stored. */
        void update(RowId id, Map<String, String> data, String batch, String actor, String at) throws SQLException {
            table.bindWrite(write, id.indicator(), id.area(), id.period(), id.disc(), data, batch, actor, at);
            write.addBatch();
            batched++;
            rowsOf(id).written.add(id);
            pending.add(id);
        }

        void flush() throws SQLException {
            inserts.flush();
            if (batched > 0) {
                write.executeBatch();
                batched = 0;
            }
            pending.clear();
        }

        void close() throws SQLException {
            current.close();
            rowsOfAreaPeriod.close();
            write.close();
            inserts.close();
        }
    }
}
