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
    void aRowTheBatchInsertedIsLoggedOnceAndItsContentReachesTheLogWhenItIsLaterChanged() {
        long batch = importOne("LD05", new BigDecimal("7"));
        List<AuditLog.Entry> inserted = db.read(c -> new AuditLog(c).ofBatch(batch));
        assertThat(inserted).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("INSERT");
            assertThat(e.before()).isNull();
            assertThat(e.after()).isNull();
        });

        db.inTransaction(c -> new ObservationRepository(c).save(Observation.of("LD05", "H1", y2023, new BigDecimal("8")), null));

        AuditLog.Entry edit = db.read(c -> new AuditLog(c).recent(1)).get(0);
        assertThat(edit.action()).isEqualTo("UPDATE");
        assertThat(edit.before()).containsEntry("value", "7").containsEntry("batch_id", Long.toString(batch));
        assertThat(edit.after()).containsEntry("value", "8");
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
        return db.read(c -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM observation ORDER BY indicator_id, area_id, period_id, kind")) {
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
