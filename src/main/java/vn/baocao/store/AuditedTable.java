package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.baocao.domain.Period;

/**
 * The shared mechanics of the two audited tables (observation, target): rows keyed by indicator, area, period
 * and one discriminator column (kind or issuer); every write goes to the audit log with the row before and after,
 * which is what lets an import batch be undone exactly.
 */
final class AuditedTable {
    private final String table;
    private final String discriminator;
    private final List<String> dataColumns;
    private static final List<String> STAMP = List.of("batch_id", "updated_by", "updated_at");

    AuditedTable(String table, String discriminator, List<String> dataColumns) {
        this.table = table;
        this.discriminator = discriminator;
        this.dataColumns = dataColumns;
    }

    String table() {
        return table;
    }

    /** The natural key written in the audit log: "LD01|H-XINMAN|2023|THUC_HIEN". */
    static String key(String indicator, String area, Period period, String discriminatorValue) {
        return indicator + "|" + area + "|" + period.code() + "|" + discriminatorValue;
    }

    /** A row to write: the data columns from the caller, stamped with batch, actor and time. */
    Map<String, String> stamped(Map<String, String> data, Long batchId) {
        return stamped(data, batchId == null ? null : batchId.toString(), Clock.actor(), Clock.now());
    }

    /** The same, with the stamp given: a bulk write stamps all its rows alike (one transaction, one moment). */
    Map<String, String> stamped(Map<String, String> data, String batchId, String actor, String at) {
        Map<String, String> row = new LinkedHashMap<>(2 * (dataColumns.size() + STAMP.size()));
        for (String col : dataColumns) {
            row.put(col, data.get(col));
        }
        row.put("batch_id", batchId);
        row.put("updated_by", actor);
        row.put("updated_at", at);
        return row;
    }

    /** Saves a row, audited; returns UNCHANGED without writing when the data columns are equal. */
    WriteResult save(Connection c, String indicator, String area, Period period, String disc, Map<String, String> data,
                     Long batchId) throws SQLException {
        Ids3 ids = Ids3.of(c, indicator, area, period);
        Map<String, String> before = current(c, ids, disc);
        Map<String, String> after = stamped(data, batchId);
        if (before != null && sameData(before, after)) {
            return WriteResult.UNCHANGED;
        }
        write(c, ids, disc, after);
        new AuditLog(c).record(before == null ? "INSERT" : "UPDATE", table, key(indicator, area, period, disc), before,
                after, batchId);
        return before == null ? WriteResult.INSERTED : WriteResult.UPDATED;
    }

    WriteResult delete(Connection c, String indicator, String area, Period period, String disc, Long batchId)
            throws SQLException {
        Ids3 ids = Ids3.of(c, indicator, area, period);
        Map<String, String> before = current(c, ids, disc);
        if (before == null) {
            return WriteResult.UNCHANGED;
        }
        remove(c, ids, disc);
        new AuditLog(c).record("DELETE", table, key(indicator, area, period, disc), before, null, batchId);
        return WriteResult.DELETED;
    }

    /** The stored row, data and stamp columns, or null. */
    Map<String, String> current(Connection c, String indicator, String area, Period period, String disc)
            throws SQLException {
        return current(c, Ids3.of(c, indicator, area, period), disc);
    }

    private Map<String, String> current(Connection c, Ids3 ids, String disc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(currentSql())) {
            return current(ps, ids.indicator(), ids.area(), ids.period(), disc);
        }
    }

    private void write(Connection c, Ids3 ids, String disc, Map<String, String> row) throws SQLException {
        List<String> cols = new ArrayList<>(dataColumns);
        cols.addAll(STAMP);
        try (PreparedStatement ps = c.prepareStatement(writeSql())) {
            int i = ids.bind(ps, disc);
            for (String col : cols) {
                ps.setString(i++, row.get(col));
            }
            ps.executeUpdate();
        }
    }

    private void remove(Connection c, Ids3 ids, String disc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(deleteSql())) {
            ids.bind(ps, disc);
            ps.executeUpdate();
        }
    }

    boolean sameData(Map<String, String> a, Map<String, String> b) {
        for (String col : dataColumns) {
            if (!Objects.equals(a.get(col), b.get(col))) {
                return false;
            }
        }
        return true;
    }

    // ---- for ImportWriter: the same reads and writes with statements prepared once per batch

    String discriminator() {
        return discriminator;
    }

    /** The data and stamp columns, in that order, so that {@link #current(PreparedStatement, long, long, long,
     * String)} reads them by position (sqlite-jdbc looks column names up again for every new result set). */
    String currentSql() {
        List<String> cols = new ArrayList<>(dataColumns);
        cols.addAll(STAMP);
        return "SELECT " + String.join(", ", cols) + " FROM " + table + " WHERE indicator_id = ? AND area_id = ? "
                + "AND period_id = ? AND " + discriminator + " = ?";
    }

    String deleteSql() {
        return "DELETE FROM " + table + " WHERE indicator_id = ? AND area_id = ? AND period_id = ? AND "
                + discriminator + " = ?";
    }

    String writeSql() {
        List<String> cols = new ArrayList<>(dataColumns);
        cols.addAll(STAMP);
        StringBuilder update = new StringBuilder();
        for (String col : cols) {
            update.append(update.length() == 0 ? "" : ", ").append(col).append(" = excluded.").append(col);
        }
        return "INSERT INTO " + table + " (indicator_id, area_id, period_id, " + discriminator + ", "
                + String.join(", ", cols) + ") VALUES (?,?,?,?" + ",?".repeat(cols.size()) + ") "
                + "ON CONFLICT(indicator_id, area_id, period_id, " + discriminator + ") DO UPDATE SET " + update;
    }

    /**
     * Which data columns of a row are NULL, one bit per column in {@link #dataColumns} order: the row's "shape" for
     * {@link #insertSql(int, String, long, int)}.
     */
    int nullMask(String[] values) {
        int mask = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    /** The data columns by name, in column order, from their values in that order. */
    Map<String, String> byColumn(String[] values) {
        Map<String, String> row = new LinkedHashMap<>(2 * dataColumns.size());
        for (int i = 0; i < dataColumns.size(); i++) {
            row.put(dataColumns.get(i), values[i]);
        }
        return row;
    }

    /** The data columns' values in column order, from a row by name. */
    String[] inColumnOrder(Map<String, String> data) {
        String[] values = new String[dataColumns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.get(dataColumns.get(i));
        }
        return values;
    }

    /**
     * An INSERT of {@code rows} rows of one shape in a bulk write ({@link ShapedInserts}): the data columns of
     * {@code nullMask} are written as NULL, the discriminator {@code disc} (an enum name) as a text and the batch id
     * as a number in the SQL itself, actor and time are the numbered parameters ?1 and ?2 shared by every row, so
     * that only what varies is bound, from ?3 on per row: indicator, area, period and the non-NULL data columns in
     * order ({@link #insertParameters}).
     */
    String insertSql(int nullMask, String disc, long batchId, int rows) {
        List<String> cols = new ArrayList<>(dataColumns);
        cols.addAll(STAMP);
        int perRow = insertParameters(nullMask);
        StringBuilder values = new StringBuilder();
        int p = 3;
        for (int r = 0; r < rows; r++) {
            values.append(r == 0 ? "(" : ",(");
            for (int k = 0; k < 3; k++) {
                values.append(k == 0 ? "?" : ",?").append(p++);
            }
            values.append(",'").append(disc).append('\'');
            for (int i = 0; i < dataColumns.size(); i++) {
                values.append((nullMask & (1 << i)) != 0 ? ",NULL" : ",?" + p++);
            }
            values.append(',').append(batchId).append(",?1,?2)");
        }
        assert p == 3 + rows * perRow;
        return "INSERT INTO " + table + " (indicator_id, area_id, period_id, " + discriminator + ", "
                + String.join(", ", cols) + ") VALUES " + values;
    }

    /** The parameters of one row in {@link #insertSql(int, String, long, int)}. */
    int insertParameters(int nullMask) {
        return 3 + dataColumns.size() - Integer.bitCount(nullMask);
    }

    /** The non-NULL data columns of a row of that shape, in order (what {@link #insertSql} binds after the ids). */
    String[] insertValues(int nullMask, String[] all) {
        String[] values = new String[all.length - Integer.bitCount(nullMask)];
        int v = 0;
        for (int i = 0; i < all.length; i++) {
            if ((nullMask & (1 << i)) == 0) {
                values[v++] = all[i];
            }
        }
        return values;
    }

    /**
     * Every row of one area and period: indicator id, discriminator, then the columns of {@link #currentSql()}, so
     * that a bulk write reads what is stored once per area and period instead of once per row.
     */
    String rowsOfAreaPeriodSql() {
        List<String> cols = new ArrayList<>(dataColumns);
        cols.addAll(STAMP);
        return "SELECT indicator_id, " + discriminator + ", " + String.join(", ", cols) + " FROM " + table
                + " WHERE area_id = ? AND period_id = ?";
    }

    /** Runs a prepared {@link #rowsOfAreaPeriodSql()}: the rows by their identity. */
    Map<ImportWriter.RowId, Map<String, String>> rowsOfAreaPeriod(PreparedStatement ps, long area, long period)
            throws SQLException {
        ps.setLong(1, area);
        ps.setLong(2, period);
        Map<ImportWriter.RowId, Map<String, String>> rows = new java.util.HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(new ImportWriter.RowId(rs.getLong(1), area, period, rs.getString(2)), readRow(rs, 3));
            }
        }
        return rows;
    }

    /** Runs a prepared {@link #currentSql()}: the stored row, data and stamp columns, or null. */
    Map<String, String> current(PreparedStatement ps, long indicator, long area, long period, String disc)
            throws SQLException {
        new Ids3(indicator, area, period).bind(ps, disc);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? readRow(rs, 1) : null;
        }
    }

    /** The data and stamp columns of the result's current row, starting at column {@code first}. */
    private Map<String, String> readRow(ResultSet rs, int first) throws SQLException {
        Map<String, String> row = new LinkedHashMap<>();
        int i = first;
        for (String col : dataColumns) {
            row.put(col, rs.getString(i++));
        }
        for (String col : STAMP) {
            row.put(col, rs.getString(i++));
        }
        return row;
    }

    /** Binds the parameters of a prepared {@link #writeSql()} (the caller executes it or adds it to a batch). */
    void bindWrite(PreparedStatement ps, long indicator, long area, long period, String disc, Map<String, String> row)
            throws SQLException {
        int i = new Ids3(indicator, area, period).bind(ps, disc);
        for (String col : dataColumns) {
            ps.setString(i++, row.get(col));
        }
        for (String col : STAMP) {
            ps.setString(i++, row.get(col));
        }
    }

    /** The same for a row given as its data columns and the stamp (no stamped map is made). */
    void bindWrite(PreparedStatement ps, long indicator, long area, long period, String disc, Map<String, String> data,
            String batchId, String actor, String at) throws SQLException {
        ps.setLong(1, indicator);
        ps.setLong(2, area);
        ps.setLong(3, period);
        ps.setString(4, disc);
        int i = 5;
        for (String col : dataColumns) {
            ps.setString(i++, data.get(col));
        }
        ps.setString(i++, batchId);
        ps.setString(i++, actor);
        ps.setString(i, at);
    }

    /** Row ids of the indicator, area and period of a key. */
    private record Ids3(long indicator, long area, long period) {
        static Ids3 of(Connection c, String indicator, String area, Period period) throws SQLException {
            return new Ids3(new CatalogRepository(c).indicatorId(indicator), new AreaRepository(c).id(area),
                    new PeriodRepository(c).ensure(period));
        }

        int bind(PreparedStatement ps, String disc) throws SQLException {
            ps.setLong(1, indicator);
            ps.setLong(2, area);
            ps.setLong(3, period);
            ps.setString(4, disc);
            return 5;
        }
    }
}
