package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.baocao.store.text.StoreText;

/** Import batches: each committed import is one, and can be undone as a whole. */
public final class ImportBatchRepository {

    /** One batch as listed to the clerk. */
    public record Batch(long id, String fileName, String sheet, String summary, String importedAt, String importedBy,
                        String undoneAt, int changes) {
        public boolean undone() {
            return undoneAt != null;
        }
    }

    private final Connection c;

    public ImportBatchRepository(Connection connection) {
        this.c = connection;
    }

    /** The mapping JSON the batch was created with (null when none); fails for an unknown batch. */
    public String mappingJson(long batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT mapping_json FROM import_batch WHERE id = ?")) {
            ps.setLong(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(StoreText.get("importBatchRepository.khongCoLoNhap", batchId));
                }
                return rs.getString(1);
            }
        }
    }

    /** Opens a batch; call inside the transaction that writes its rows. */
    public long create(String fileName, String sheet, String mappingJson, String summary) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (file_name, sheet, mapping_json, summary, "
                + "imported_at, imported_by) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, fileName);
            ps.setString(2, sheet);
            ps.setString(3, mappingJson);
            ps.setString(4, summary);
            ps.setString(5, Clock.now());
            ps.setString(6, Clock.actor());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Ids of the batches not undone whose mapping JSON records this file content ("sha256", written by the importer),
     * oldest first: the same file imported before.
     */
    public List<Long> activeBatchesOfFile(String sha256) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM import_batch WHERE undone_at IS NULL AND "
                + "CASE WHEN json_valid(mapping_json) THEN json_extract(mapping_json, '$.sha256') END = ? ORDER BY id")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    public void setSummary(long batchId, String summary) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET summary = ? WHERE id = ?")) {
            ps.setString(1, summary);
            ps.setLong(2, batchId);
            ps.executeUpdate();
        }
    }

    /**
     * The batch list's columns; a batch's changes are its audit entries, an entry for the rows it inserted
     * ({@link AuditLog#BATCH_ROWS}) counting as those rows.
     */
    private static final String SELECT = "SELECT b.*, (SELECT COALESCE(SUM(CASE WHEN a.row_key = '"
            + AuditLog.BATCH_ROWS + "' THEN CAST(json_extract(a.new_json, '$." + AuditLog.ROWS + "') AS INTEGER) "
            + "ELSE 1 END), 0) FROM audit a WHERE a.batch_id = b.id) AS changes FROM import_batch b ";

    public List<Batch> list() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY b.id DESC")) {
            return read(ps);
        }
    }

    private Batch find(long batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE b.id = ?")) {
            ps.setLong(1, batchId);
            return read(ps).stream().findFirst()
                    .orElseThrow(() -> new StoreException(StoreText.get("importBatchRepository.khongCoLoNhap", batchId)));
        }
    }

    private static List<Batch> read(PreparedStatement ps) throws SQLException {
        List<Batch> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Batch(rs.getLong("id"), rs.getString("file_name"), rs.getString("sheet"), rs.getString("summary"),
                        rs.getString("imported_at"), rs.getString("imported_by"), rs.getString("undone_at"),
                        rs.getInt("changes")));
            }
        }
        return list;
    }

    /**
     * Restores every row the batch changed to its value before the import. Refused, with the rows named, when a
     * later change touched one of them (undoing would silently discard that later work). Returns rows restored.
     * Call inside a transaction.
     *
     * <p>Rows the batch changed are put back from their own audit entries, newest first; then the rows it inserted
     * (logged as one entry per table, {@link AuditLog#BATCH_ROWS}) are removed by one DELETE of the rows still
     * stamped with the batch — after the restores, exactly those — and the removal is logged as one entry too.
     */
    public int undo(long batchId) throws SQLException {
        Batch batch = find(batchId);
        if (batch.undone()) {
            throw new StoreException(StoreText.get("importBatchRepository.loNhapSoDa", batchId, batch.fileName(), batch.undoneAt()));
        }
        AuditLog audit = new AuditLog(c);
        List<AuditLog.Entry> entries = audit.ofBatch(batchId);
        List<AuditLog.Entry> rows = new ArrayList<>();
        List<String> insertedInto = new ArrayList<>();
        for (AuditLog.Entry e : entries) {
            if (AuditLog.BATCH_ROWS.equals(e.rowKey())) {
                insertedInto.add(e.table());
            } else {
                rows.add(e);
            }
        }
        List<String> conflicts = entries.isEmpty() ? List.of()
                : conflicts(audit, batchId, rows, entries.get(entries.size() - 1).id());
        if (!conflicts.isEmpty()) {
            throw new StoreException(StoreText.get("importBatchRepository.khongHoanTacDuoc", batchId, conflicts.size(), String.join("; ", conflicts.subList(0, Math.min(5, conflicts.size()))), (conflicts.size() > 5 ? "; …" : "")));
        }
        try (RowRestorer restorer = new RowRestorer(c)) {
            for (AuditLog.Entry e : rows) {
                restorer.restore(tableOf(e.table()), e.rowKey(), e.before());
            }
        }
        int restored = rows.size();
        for (String table : insertedInto) {
            restored += removeInserted(tableOf(table), batchId);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET undone_at = ? WHERE id = ?")) {
            ps.setString(1, Clock.now());
            ps.setLong(2, batchId);
            ps.executeUpdate();
        }
        return restored;
    }

    /**
     * Rows of the batch changed after it by anything else (by hand, by another batch, by an undo), read in one
     * pass over the entries after the batch's first one; the batch's own repeated writes of a row are undone in
     * order, not conflicts. Natural keys, each once.
     */
    private static List<String> conflicts(AuditLog audit, long batchId, List<AuditLog.Entry> rows, long firstId)
            throws SQLException {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        Map<String, Long> laterChanges = audit.lastChangesAfter(firstId, batchId);
        for (AuditLog.Entry e : rows) {
            Long last = laterChanges.get(e.table() + "|" + e.rowKey());
            if (last != null && last > e.id()) {
                keys.add(e.table() + "|" + e.rowKey());
            }
        }
        keys.addAll(audit.laterChangesOfBatchRows(firstId, batchId));
        return keys.stream().map(k -> k.substring(k.indexOf('|') + 1).replace('|', ' ')).toList();
    }

    /** Deletes the rows still stamped with the batch, in one statement, and logs that as one entry. */
    private int removeInserted(AuditedTable table, long batchId) throws SQLException {
        int removed;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table.table() + " WHERE batch_id = ?")) {
            ps.setLong(1, batchId);
            removed = ps.executeUpdate();
        }
        new AuditLog(c).record("DELETE", table.table(), AuditLog.BATCH_ROWS,
                Map.of("batch_id", Long.toString(batchId), AuditLog.ROWS, Integer.toString(removed)), null, null);
        return removed;
    }

    private static AuditedTable tableOf(String name) {
        if (name.equals(ObservationRepository.TABLE.table())) {
            return ObservationRepository.TABLE;
        }
        if (name.equals(TargetRepository.TABLE.table())) {
            return TargetRepository.TABLE;
        }
        throw new StoreException(StoreText.get("importBatchRepository.bangKhongDuocGhi", name));
    }
}
