package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;

/**
 * Writes the rows of one import batch, audited exactly like {@link ObservationRepository#save} and
 * {@link TargetRepository#save} (so {@link ImportBatchRepository#undo} restores them), but with its statements
 * prepared once and the ids of indicators, areas and periods cached: a batch of 100 000 figures is written in
 * about a second instead of a minute. Use inside the transaction that created the batch; close it afterwards.
 */
public final class ImportWriter implements AutoCloseable {
    private final Connection c;
    private final long batchId;
    private final Map<String, Long> indicatorIds = new HashMap<>();
    private final Map<String, Long> areaIds = new HashMap<>();
    private final Map<Period, Long> periodIds = new HashMap<>();
    private final Statements observations;
    private final Statements targets;
    private final PreparedStatement audit;

    public ImportWriter(Connection connection, long batchId) throws SQLException {
        this.c = connection;
        this.batchId = batchId;
        this.observations = new Statements(connection, ObservationRepository.TABLE);
        this.targets = new Statements(connection, TargetRepository.TABLE);
        this.audit = connection.prepareStatement(AuditLog.INSERT_SQL);
    }

    /** Saves a figure of the batch; UNCHANGED (nothing written) when the stored data columns are equal. */
    public WriteResult save(Observation o) throws SQLException {
        return save(observations, o.indicatorCode(), o.areaCode(), o.period(), o.kind().name(),
                ObservationRepository.data(o));
    }

    /** Saves a plan target of the batch; {@code source} is kept in the row ("lô 3: Biểu01!E12"). */
    public WriteResult save(Target t, String source) throws SQLException {
        Map<String, String> data = TargetRepository.data(t);
        data.put("source", source);
        return save(targets, t.indicatorCode(), t.areaCode(), t.period(), t.issuer().name(), data);
    }

    private WriteResult save(Statements s, String indicator, String area, Period period, String disc,
            Map<String, String> data) throws SQLException {
        long i = indicatorIds.computeIfAbsent(indicator, k -> lookup(() -> new CatalogRepository(c).indicatorId(k)));
        long a = areaIds.computeIfAbsent(area, k -> lookup(() -> new AreaRepository(c).id(k)));
        long p = periodIds.computeIfAbsent(period, k -> lookup(() -> new PeriodRepository(c).ensure(k)));
        Map<String, String> before = s.table.current(s.current, i, a, p, disc);
        Map<String, String> after = s.table.stamped(data, batchId);
        if (before != null && s.table.sameData(before, after)) {
            return WriteResult.UNCHANGED;
        }
        s.table.write(s.write, i, a, p, disc, after);
        audit.setString(1, after.get("updated_at"));
        audit.setString(2, after.get("updated_by"));
        audit.setString(3, before == null ? "INSERT" : "UPDATE");
        audit.setString(4, s.table.table());
        audit.setString(5, AuditedTable.key(indicator, area, period, disc));
        audit.setString(6, AuditLog.toJson(before));
        audit.setString(7, AuditLog.toJson(after));
        audit.setLong(8, batchId);
        audit.executeUpdate();
        return before == null ? WriteResult.INSERTED : WriteResult.UPDATED;
    }

    private interface IdLookup {
        long get() throws SQLException;
    }

    private static long lookup(IdLookup lookup) {
        try {
            return lookup.get();
        } catch (SQLException e) {
            throw new StoreException("Lỗi khi ghi cơ sở dữ liệu: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        observations.close();
        targets.close();
        audit.close();
    }

    private static final class Statements {
        final AuditedTable table;
        final PreparedStatement current;
        final PreparedStatement write;

        Statements(Connection c, AuditedTable table) throws SQLException {
            this.table = table;
            this.current = c.prepareStatement(table.currentSql());
            this.write = c.prepareStatement(table.writeSql());
        }

        void close() throws SQLException {
            current.close();
            write.close();
        }
    }
}
