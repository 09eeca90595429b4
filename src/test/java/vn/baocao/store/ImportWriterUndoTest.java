package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;

/** The bulk import writer and the undo of its batches: same rows and audit trail as writing one by one. */
class ImportWriterUndoTest {
    @TempDir
    Path dir;
    Database db;
    final Period y2023 = Period.year(2023);
    final Period y2024 = Period.year(2024);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("baocao.db"));
        db.inTransaction(c -> {
            new AreaRepository(c).save(new Area("H1", "Huyện Một", AreaLevel.HUYEN, null, null, null));
            new AreaRepository(c).save(new Area("H2", "Huyện Hai", AreaLevel.HUYEN, null, null, null));
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBatchThatChangesStoredRowsAndWritesOneRowTwiceIsUndoneToTheExactRowsBefore() {
        Observation noted = new Observation("LD01", "H1", y2023, ObservationKind.THUC_HIEN, new BigDecimal("100"),
                Qualifier.NONE, null, null, "100 người", null, null, "ghi chú tay", "manual");
        db.inTransaction(c -> new ObservationRepository(c).save(noted, null));
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD03", "H2", y2024, BigDecimal.TEN), null));
        List<Map<String, String>> before = allObservations();

        long batch = db.inTransaction(c -> {
            long id = new ImportBatchRepository(c).create("bieu.xlsx", null, null, null);
            try (ImportWriter w = new ImportWriter(c, id)) {
                assertThat(w.save(Observation.of("LD01", "H1", y2023, new BigDecimal("2278")))).isEqualTo(WriteResult.UPDATED);
                assertThat(w.save(Observation.of("LD03", "H2", y2024, BigDecimal.TEN))).isEqualTo(WriteResult.UNCHANGED);
                assertThat(w.save(Observation.of("LD02", "H1", y2023, new BigDecimal("5")))).isEqualTo(WriteResult.INSERTED);
                // the same row again in the same batch: its "before" is what the first write left
                assertThat(w.save(Observation.of("LD02", "H1", y2023, new BigDecimal("5")))).isEqualTo(WriteResult.UNCHANGED);
                assertThat(w.save(Observation.of("LD02", "H1", y2023, new BigDecimal("6")))).isEqualTo(WriteResult.UPDATED);
                assertThat(w.save(Observation.of("LD03", "H2", y2024, BigDecimal.ONE))).isEqualTo(WriteResult.UPDATED);
            }
            return id;
        });
        assertThat(value("LD02", "H1", y2023)).isEqualByComparingTo("6");
        assertThat(value("LD03", "H2", y2024)).isEqualByComparingTo("1");

        int restored = db.inTransaction(c -> new ImportBatchRepository(c).undo(batch));

        assertThat(restored).isEqualTo(4);
        assertThat(allObservations()).isEqualTo(before);
    }

    @Test
    void aRowWrittenAgainAfterRowsOfOtherAreasAndPeriodsIsReadBackAsTheBatchLeftIt() {
        db.inTransaction(c -> {
            long id = new ImportBatchRepository(c).create("bieu.xlsx", null, null, null);
            try (ImportWriter w = new ImportWriter(c, id)) {
                assertThat(w.save(Observation.of("LD02", "H1", y2023, new BigDecimal("5")))).isEqualTo(WriteResult.INSERTED);
                assertThat(w.save(Observation.of("LD03", "H2", y2024, BigDecimal.ONE))).isEqualTo(WriteResult.INSERTED);
                assertThat(w.save(Observation.of("LD01", "H1", y2024, BigDecimal.ONE))).isEqualTo(WriteResult.INSERTED);
                assertThat(w.save(Observation.of("LD02", "H1", y2023, new BigDecimal("5")))).isEqualTo(WriteResult.UNCHANGED);
                assertThat(w.save(Observation.of("LD03", "H2", y2024, BigDecimal.TEN))).isEqualTo(WriteResult.UPDATED);
                assertThat(w.save(Observation.of("LD02", "H1", y2023, new BigDecimal("6")))).isEqualTo(WriteResult.UPDATED);
            }
            return id;
        });
        assertThat(value("LD02", "H1", y2023)).isEqualByComparingTo("6");
        assertThat(value("LD03", "H2", y2024)).isEqualByComparingTo("10");
        assertThat(value("LD01", "H1", y2024)).isEqualByComparingTo("1");
    }

    @Test
    void auditEntriesLeaveEmptyColumnsOutAndStillRestoreThem() {
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD01", "H1", y2023, BigDecimal.ONE), null));
        String json = db.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT new_json FROM audit ORDER BY id DESC LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(json).contains("\"value\":\"1\"").doesNotContain("null").doesNotContain("numerator");
        List<AuditLog.Entry> entries = db.read(c -> new AuditLog(c).recent(1));
        assertThat(entries.get(0).after()).containsEntry("value", "1").doesNotContainKey("note");
    }

    @Test
    void undoIsRefusedWhenALaterBatchChangedOneOfItsRowsAndAllowedOnceThatBatchIsUndone() {
        long first = importOne("LD01", new BigDecimal("10"));
        long second = importOne("LD01", new BigDecimal("20"));

        assertThatThrownBy(() -> db.inTransaction(c -> new ImportBatchRepository(c).undo(first)))
                .hasMessageContaining("đã được sửa sau khi nhập").hasMessageContaining("LD01 H1 2023 THUC_HIEN");
        assertThat(value("LD01", "H1", y2023)).isEqualByComparingTo("20");

        db.inTransaction(c -> new ImportBatchRepository(c).undo(second));
        assertThat(value("LD01", "H1", y2023)).isEqualByComparingTo("10");
        // the undo of the second batch is itself a later change of the row
        assertThatThrownBy(() -> db.inTransaction(c -> new ImportBatchRepository(c).undo(first)))
                .hasMessageContaining("đã được sửa sau khi nhập");
    }

    @Test
    void theRowsABatchInsertsAreLoggedByOneEntryAndTheirContentReachesTheLogWhenOneIsLaterChanged() {
        long batch = db.inTransaction(c -> {
            long id = new ImportBatchRepository(c).create("bieu.xlsx", null, null, null);
            try (ImportWriter w = new ImportWriter(c, id)) {
                w.save(Observation.of("LD05", "H1", y2023, new BigDecimal("7")));
                w.save(Observation.of("LD05", "H2", y2023, new BigDecimal("9")));
            }
            return id;
        });
        List<AuditLog.Entry> inserted = db.read(c -> new AuditLog(c).ofBatch(batch));
        assertThat(inserted).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("INSERT");
            assertThat(e.rowKey()).isEqualTo(AuditLog.BATCH_ROWS);
            assertThat(e.before()).isNull();
            assertThat(e.after()).containsEntry(AuditLog.ROWS, "2");
        });
        List<ImportBatchRepository.Batch> batches = db.read(c -> new ImportBatchRepository(c).list());
        assertThat(batches).singleElement()
                .satisfies(b -> assertThat(b.changes()).isEqualTo(2));

        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD05", "H1", y2023, new BigDecimal("8")), null));

        AuditLog.Entry edit = db.read(c -> new AuditLog(c).recent(1)).get(0);
        assertThat(edit.action()).isEqualTo("UPDATE");
        assertThat(edit.before()).containsEntry("value", "7").containsEntry("batch_id", Long.toString(batch));
        assertThat(edit.after()).containsEntry("value", "8");
    }

    @Test
    void undoIsRefusedWhenARowTheBatchInsertedWasLaterEditedOrDeletedAndNothingChanges() {
        long batch = db.inTransaction(c -> {
            long id = new ImportBatchRepository(c).create("bieu.xlsx", null, null, null);
            try (ImportWriter w = new ImportWriter(c, id)) {
                w.save(Observation.of("LD05", "H1", y2023, new BigDecimal("7")));
                w.save(Observation.of("LD06", "H1", y2023, new BigDecimal("9")));
                w.save(Observation.of("LD07", "H1", y2023, new BigDecimal("11")));
            }
            return id;
        });
        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD05", "H1", y2023, new BigDecimal("8")), null));
        db.inTransaction(c -> new ObservationRepository(c).delete("LD06", "H1", y2023, ObservationKind.THUC_HIEN, null));
        List<Map<String, String>> before = allObservations();
        int auditBefore = db.read(c -> new AuditLog(c).recent(1000)).size();

        assertThatThrownBy(() -> db.inTransaction(c -> new ImportBatchRepository(c).undo(batch)))
                .hasMessageContaining("2 số liệu đã được sửa sau khi nhập")
                .hasMessageContaining("LD05 H1 2023 THUC_HIEN").hasMessageContaining("LD06 H1 2023 THUC_HIEN")
                .hasMessageNotContaining("LD07");
        assertThat(allObservations()).isEqualTo(before);
        List<AuditLog.Entry> after = db.read(c -> new AuditLog(c).recent(1000));
        assertThat(after).hasSize(auditBefore);
    }

    @Test
    void importingOverStoredFiguresAndTargetsThenUndoingRestoresEveryRowAndLogsTheUndo() {
        // stored before: figures by hand and by an earlier batch, a target by hand
        db.inTransaction(c -> new ObservationRepository(c).save(new Observation("LD01", "H1", y2023,
                ObservationKind.THUC_HIEN, new BigDecimal("100"), Qualifier.NONE, null, null, "100 người", null, null,
                "ghi chú tay", "manual"), null));
        long earlier = importOne("LD02", new BigDecimal("50"));
        db.inTransaction(c -> new TargetRepository(c).save(new vn.baocao.domain.Target("LD01", "H1", y2024,
                vn.baocao.domain.Issuer.NQ_HDND, vn.baocao.domain.Comparator.GE, new BigDecimal("3500"), null, null), null));
        List<Map<String, String>> observations = allObservations();
        List<Map<String, String>> targets = allRows("target");
        int auditBefore = db.read(c -> new AuditLog(c).recent(100_000)).size();

        List<String> codes = new ArrayList<>(List.of("LD01", "LD02"));
        db.read(c -> new CatalogRepository(c).indicators()).stream().map(vn.baocao.domain.Indicator::code)
                .filter(code -> !codes.contains(code)).limit(38).forEach(codes::add);
        long batch = db.inTransaction(c -> {
            long id = new ImportBatchRepository(c).create("bieu.xlsx", null, null, null);
            try (ImportWriter w = new ImportWriter(c, id)) {
                for (int i = 1; i <= 40; i++) {
                    for (String area : List.of("H1", "H2")) {
                        w.save(Observation.of(codes.get(i - 1), area, y2023, new BigDecimal(i * 10 + 1)));
                    }
                }
                w.save(new vn.baocao.domain.Target("LD01", "H1", y2024, vn.baocao.domain.Issuer.NQ_HDND,
                        vn.baocao.domain.Comparator.GE, new BigDecimal("4000"), null, null), "lô: E5");
                w.save(new vn.baocao.domain.Target("LD02", "H1", y2024, vn.baocao.domain.Issuer.NQ_HDND,
                        vn.baocao.domain.Comparator.GE, new BigDecimal("10"), null, null), "lô: E6");
            }
            return id;
        });
        assertThat(value("LD01", "H1", y2023)).isEqualByComparingTo("11");
        assertThat(value("LD02", "H1", y2023)).isEqualByComparingTo("21");
        // two figures and a target changed (one entry each), 78 figures and a target inserted (one entry per table)
        List<AuditLog.Entry> entries = db.read(c -> new AuditLog(c).ofBatch(batch));
        assertThat(entries).hasSize(5);
        assertThat(entries.stream().filter(e -> e.rowKey().equals(AuditLog.BATCH_ROWS)).map(e -> e.table() + "="
                + e.after().get(AuditLog.ROWS))).containsExactlyInAnyOrder("observation=78", "target=1");
        assertThat(db.read(c -> new ImportBatchRepository(c).list()).get(0).changes()).isEqualTo(82);

        int restored = db.inTransaction(c -> new ImportBatchRepository(c).undo(batch));

        assertThat(restored).isEqualTo(82);
        assertThat(allObservations()).isEqualTo(observations);
        assertThat(allRows("target")).isEqualTo(targets);
        List<AuditLog.Entry> log = db.read(c -> new AuditLog(c).recent(100_000));
        List<AuditLog.Entry> undo = log.subList(0, log.size() - auditBefore - entries.size());
        assertThat(undo).allSatisfy(e -> assertThat(e.batchId()).isNull());
        assertThat(undo.stream().filter(e -> e.rowKey().equals(AuditLog.BATCH_ROWS)).map(e -> e.action() + " "
                + e.table() + "=" + e.before().get(AuditLog.ROWS) + " lô " + e.before().get("batch_id")))
                .containsExactlyInAnyOrder("DELETE observation=78 lô " + batch, "DELETE target=1 lô " + batch);
        assertThat(undo.stream().filter(e -> !e.rowKey().equals(AuditLog.BATCH_ROWS)).map(e -> e.action() + " "
                + e.rowKey() + " " + e.before().get("value") + "→" + e.after().get("value")))
                .containsExactlyInAnyOrder("UPDATE LD01|H1|2023|THUC_HIEN 11→100", "UPDATE LD02|H1|2023|THUC_HIEN 21→50",
                        "UPDATE LD01|H1|2024|NQ_HDND 4000→3500");
        // the earlier batch's row was changed (and put back) since: undoing it is refused, as for any later change
        assertThatThrownBy(() -> db.inTransaction(c -> new ImportBatchRepository(c).undo(earlier)))
                .hasMessageContaining("1 số liệu đã được sửa sau khi nhập: LD02 H1 2023 THUC_HIEN.");
    }

    private long importOne(String indicator, BigDecimal value) {
        return db.inTransaction(c -> {
            long id = new ImportBatchRepository(c).create("bieu.xlsx", null, null, null);
            try (ImportWriter w = new ImportWriter(c, id)) {
                w.save(Observation.of(indicator, "H1", y2023, value));
            }
            return id;
        });
    }

    private BigDecimal value(String indicator, String area, Period period) {
        return db.read(c -> new ObservationRepository(c).find(indicator, area, period, ObservationKind.THUC_HIEN))
                .orElseThrow().value();
    }

    /** Every observation row, all columns but the rowid, in key order. */
    private List<Map<String, String>> allObservations() {
        return allRows("observation");
    }

    private List<Map<String, String>> allRows(String table) {
        return db.read(c -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 2, 3, 4, 5")) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        if (!rs.getMetaData().getColumnName(i).equals("id")) {
                            row.put(rs.getMetaData().getColumnName(i), rs.getString(i));
                        }
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
