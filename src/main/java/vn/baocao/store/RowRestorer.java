package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import vn.baocao.domain.Period;
import vn.baocao.store.text.StoreText;

/**
 * Puts rows back as audit entries recorded them, for undoing an import batch: the same effect and audit trail as
 * {@link AuditedTable#restore} row by row, but with statements prepared once per table and the ids of indicators,
 * areas and periods cached, so that undoing 100 000 figures takes seconds, not many minutes. The audit entries of
 * the undo are sent in JDBC batches (nothing reads them before {@link #close()}).
 */
final class RowRestorer implements AutoCloseable {
    private final Connection c;
    private final Map<AuditedTable, TableStatements> statements = new HashMap<>();
    private final Map<String, Long> indicatorIds = new HashMap<>();
    private final Map<String, Long> areaIds = new HashMap<>();
    private final Map<String, Long> periodIds = new HashMap<>();
    private final PreparedStatement audit;
    private int auditBatched;

    RowRestorer(Connection connection) throws SQLException {
        this.c = connection;
        this.audit = connection.prepareStatement(AuditLog.INSERT_SQL);
    }

    /** Puts one row back ({@code row == null}: the row did not exist then, so it is deleted). */
    void restore(AuditedTable table, String rowKey, Map<String, String> row) throws SQLException {
        String[] k = rowKey.split("\\|", -1);
        long indicator = id(indicatorIds, k[0], () -> new CatalogRepository(c).indicatorId(k[0]));
        long area = id(areaIds, k[1], () -> new AreaRepository(c).id(k[1]));
        long period = id(periodIds, k[2], () -> new PeriodRepository(c).ensure(Period.parse(k[2])));
        String disc = k[3];
        TableStatements s = statements.computeIfAbsent(table, this::prepare);
        Map<String, String> before = table.current(s.current, indicator, area, period, disc);
        if (row == null) {
            s.delete.setLong(1, indicator);
            s.delete.setLong(2, area);
            s.delete.setLong(3, period);
            s.delete.setString(4, disc);
            s.delete.executeUpdate();
        } else {
            table.bindWrite(s.write, indicator, area, period, disc, row);
            s.write.executeUpdate();
        }
        audit.setString(1, Clock.now());
        audit.setString(2, Clock.actor());
        audit.setString(3, row == null ? "DELETE" : (before == null ? "INSERT" : "UPDATE"));
        audit.setString(4, table.table());
        audit.setString(5, rowKey);
        audit.setString(6, AuditLog.toJson(before));
        audit.setString(7, AuditLog.toJson(row));
        audit.setNull(8, Types.INTEGER);
        audit.addBatch();
        if (++auditBatched >= ImportWriter.BATCH_SIZE) {
            audit.executeBatch();
            auditBatched = 0;
        }
    }

    private TableStatements prepare(AuditedTable table) {
        try {
            return new TableStatements(c.prepareStatement(table.currentSql()), c.prepareStatement(table.writeSql()),
                    c.prepareStatement(table.deleteSql()));
        } catch (SQLException e) {
            throw new StoreException(StoreText.get("rowRestorer.loiKhiGhiCo", e.getMessage()), e);
        }
    }

    private interface IdLookup {
        long get() throws SQLException;
    }

    private static long id(Map<String, Long> cache, String key, IdLookup lookup) throws SQLException {
        Long id = cache.get(key);
        if (id == null) {
            id = lookup.get();
            cache.put(key, id);
        }
        return id;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (auditBatched > 0) {
                audit.executeBatch();
            }
        } finally {
            audit.close();
            for (TableStatements s : statements.values()) {
                s.current.close();
                s.write.close();
                s.delete.close();
            }
        }
    }

    private record TableStatements(PreparedStatement current, PreparedStatement write, PreparedStatement delete) {
    }
}
