package vn.baocao.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.store.text.StoreText;

/** The trail of every change to targets and observations: the row before and after, as JSON. */
public final class AuditLog {
    /**
     * Columns that are null are left out of the JSON (a missing key reads as null again): most of an imported
     * figure's columns are empty, and the audit log is the largest table after a big import.
     */
    private static final ObjectMapper JSON = new ObjectMapper().setDefaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    /**
     * One audited change. {@code before} is null for an INSERT; {@code after} is null for a DELETE and for a row an
     * import batch inserted (the row itself holds it, stamped with the batch, until a later entry logs it as its
     * {@code before}).
     */
    public record Entry(long id, String at, String actor, String action, String table, String rowKey,
                        Map<String, String> before, Map<String, String> after, Long batchId) {
    }

    /**
     * The row key of an entry that stands for a whole set of rows of an import batch instead of one: "INSERT" for
     * the rows the batch inserted (each in its table stamped with the batch), "DELETE" for the rows stamped with a
     * batch that its undo removed. Its JSON holds {@link #ROWS}, how many; a DELETE also the batch id.
     */
    public static final String BATCH_ROWS = "*";
    /** The key of the row count in the JSON of a {@link #BATCH_ROWS} entry. */
    public static final String ROWS = "rows";

    private final Connection c;

    public AuditLog(Connection connection) {
        this.c = connection;
    }

    static final String INSERT_SQL = "INSERT INTO audit (at, actor, action, table_name, row_key, "
            + "old_json, new_json, batch_id) VALUES (?,?,?,?,?,?,?,?)";

    void record(String action, String table, String rowKey, Map<String, String> before, Map<String, String> after,
                Long batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit (at, actor, action, table_name, row_key, "
                + "old_json, new_json, batch_id) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, Clock.now());
            ps.setString(2, Clock.actor());
            ps.setString(3, action);
            ps.setString(4, table);
            ps.setString(5, rowKey);
            ps.setString(6, toJson(before));
            ps.setString(7, toJson(after));
            if (batchId == null) {
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setLong(8, batchId);
            }
            ps.executeUpdate();
        }
    }

    /** The newest entries first. */
    public List<Entry> recent(int limit) throws SQLException {
        return query("SELECT * FROM audit ORDER BY id DESC LIMIT ?", limit);
    }

    /** Entries of one import batch, newest first (the order to undo them in). */
    public List<Entry> ofBatch(long batchId) throws SQLException {
        return query("SELECT * FROM audit WHERE batch_id = ? ORDER BY id DESC", batchId);
    }

    /**
     * For every row changed after entry {@code fromId} (inclusive) other than by batch {@code exceptBatch}: the id of
     * its last change, keyed "table|row key". One scan of the newest entries (ids are the table's rowid).
     */
    Map<String, Long> lastChangesAfter(long fromId, long exceptBatch) throws SQLException {
        Map<String, Long> last = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_key, MAX(id) FROM audit "
                + "WHERE id >= ? AND (batch_id IS NULL OR batch_id <> ?) GROUP BY table_name, row_key")) {
            ps.setLong(1, fromId);
            ps.setLong(2, exceptBatch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        return last;
    }

    /**
     * Natural keys ("table|row key") of rows that were stamped with batch {@code batchId} and were changed after
     * entry {@code fromId} (inclusive) by anything but that batch: every such change logged the row, stamp
     * included, as its "before". One scan of the entries after the batch.
     */
    java.util.Set<String> laterChangesOfBatchRows(long fromId, long batchId) throws SQLException {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_key FROM audit WHERE id >= ? "
                + "AND (batch_id IS NULL OR batch_id <> ?) AND row_key <> ? AND old_json IS NOT NULL "
                + "AND json_valid(old_json) AND json_extract(old_json, '$.batch_id') = ? ORDER BY id")) {
            ps.setLong(1, fromId);
            ps.setLong(2, batchId);
            ps.setString(3, BATCH_ROWS);
            ps.setString(4, Long.toString(batchId));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1) + "|" + rs.getString(2));
                }
            }
        }
        return keys;
    }

    private List<Entry> query(String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            return read(ps);
        }
    }

    private static List<Entry> read(PreparedStatement ps) throws SQLException {
        List<Entry> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long batch = rs.getLong("batch_id");
                Long batchId = rs.wasNull() ? null : batch; // asked at once: wasNull() is about the last column read
                list.add(new Entry(rs.getLong("id"), rs.getString("at"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("table_name"), rs.getString("row_key"), fromJson(rs.getString("old_json")),
                        fromJson(rs.getString("new_json")), batchId));
            }
        }
        return list;
    }

    /**
     * The row as a JSON object, its null columns left out: written with jackson-core's streaming generator, field by
     * field, the same text as databind's {@code writeValueAsString} with {@link #JSON}'s settings (AuditLogJsonTest),
     * without building a map serializer on a process's first import (about 15 ms of a cold command-line import).
     */
    static String toJson(Map<String, String> row) {
        if (row == null) {
            return null;
        }
        StringWriter out = new StringWriter(32 * row.size() + 2);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> column : row.entrySet()) {
                if (column.getValue() != null) {
                    g.writeStringField(column.getKey(), column.getValue());
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new StoreException(StoreText.get("auditLog.khongGhiDuocNhat", e.getMessage()), e);
        }
        return out.toString();
    }

    private static Map<String, String> fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreText.get("auditLog.nhatKyThayDoi", e.getMessage()), e);
        }
    }
}
