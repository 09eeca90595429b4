package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The INSERTs of one audited table in a bulk write ({@link ImportWriter}), sent to SQLite {@value #ROWS_PER_STATEMENT}
 * rows per statement. Executing a statement costs SQLite a fixed amount per execution, and sqlite-jdbc one JNI call
 * per bound value: a 16-parameter INSERT per row cost about 1,4 times as much as 100-row INSERTs that bind only the
 * columns a row fills ({@code ObservationInsertFloor}). Rows are grouped by their shape (which data columns are NULL,
 * and the discriminator; see {@link AuditedTable#insertSql(int, String, long, int)}); a change of shape sends what is
 * queued first, so the rows reach the table in the order they were added, exactly as one INSERT per row would write
 * them.
 */
final class ShapedInserts implements AutoCloseable {
    static final int ROWS_PER_STATEMENT = 100;
    private final Connection c;
    private final AuditedTable table;
    private final long batchId;
    private final String actor;
    private final String at;
    /** Per shape: the one-row and the {@value #ROWS_PER_STATEMENT}-row statement, prepared when first needed. */
    private final Map<Shape, PreparedStatement[]> statements = new HashMap<>();
    private Shape shape;
    /** Rows of the current shape not yet bound: fewer than {@value #ROWS_PER_STATEMENT}. */
    private final List<Row> queued = new ArrayList<>(ROWS_PER_STATEMENT);
    /** Full statements of the current shape added to the JDBC batch and not yet executed. */
    private int batchedFull;

    private record Row(long indicator, long area, long period, String[] values) {
    }

    /**
     * Which data columns are NULL, and the discriminator (a figure's kind, a target's issuer): both are written in
     * the SQL, not bound per row. The discriminator is one of a few enum names, so the statements stay few.
     */
    private record Shape(int nullMask, String disc) {
        Shape {
            if (!disc.matches("[A-Z_]+")) {
                throw new IllegalArgumentException(disc); // never an enum name: not to be written into SQL
            }
        }

        // written out: a record's generated ones bootstrap through invokedynamic in a cold JVM
        @Override
        public int hashCode() {
            return nullMask * 31 + disc.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && s.nullMask == nullMask && s.disc.equals(disc);
        }
    }

    ShapedInserts(Connection c, AuditedTable table, long batchId, String actor, String at) {
        this.c = c;
        this.table = table;
        this.batchId = batchId;
        this.actor = actor;
        this.at = at;
    }

    /**
     * Queues the insert of a row known to be absent; {@link #flush()} writes it. {@code values}: its data columns in
     * the table's column order.
     */
    void add(long indicator, long area, long period, String disc, String[] values) throws SQLException {
        int nullMask = table.nullMask(values);
        if (shape == null || nullMask != shape.nullMask() || !disc.equals(shape.disc())) {
            flush();
            shape = new Shape(nullMask, disc);
        }
        queued.add(new Row(indicator, area, period, table.insertValues(nullMask, values)));
        if (queued.size() == ROWS_PER_STATEMENT) {
            PreparedStatement full = statement(1);
            bind(full, queued);
            full.addBatch();
            batchedFull++;
            queued.clear();
        }
    }

    /** Executes every queued insert, in the order added. */
    void flush() throws SQLException {
        if (batchedFull > 0) {
            statement(1).executeBatch();
            batchedFull = 0;
        }
        if (!queued.isEmpty()) {
            PreparedStatement one = statement(0);
            for (Row row : queued) {
                bind(one, List.of(row));
                one.addBatch();
            }
            one.executeBatch();
            queued.clear();
        }
    }

    /** The current shape's one-row (0) or full (1) statement. */
    private PreparedStatement statement(int which) throws SQLException {
        PreparedStatement[] pair = statements.computeIfAbsent(shape, s -> new PreparedStatement[2]);
        if (pair[which] == null) {
            pair[which] = c.prepareStatement(table.insertSql(shape.nullMask(), shape.disc(), batchId,
                    which == 0 ? 1 : ROWS_PER_STATEMENT));
        }
        return pair[which];
    }

    private void bind(PreparedStatement ps, List<Row> rows) throws SQLException {
        ps.setString(1, actor);
        ps.setString(2, at);
        int p = 3;
        for (Row row : rows) {
            ps.setLong(p++, row.indicator());
            ps.setLong(p++, row.area());
            ps.setLong(p++, row.period());
            for (String v : row.values()) {
                ps.setString(p++, v);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement[] pair : statements.values()) {
            for (PreparedStatement ps : pair) {
                try {
                    if (ps != null) {
                        ps.close();
                    }
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
