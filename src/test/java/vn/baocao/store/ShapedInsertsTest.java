package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;

/**
 * The bulk writer's multi-row INSERTs ({@link ShapedInserts}) write exactly the rows, in exactly the order, that one
 * audited save per row writes: rows of several shapes (empty and filled columns) in runs longer and shorter than one
 * statement, a shape met once, a second batch into the same table.
 */
class ShapedInsertsTest {
    @TempDir
    Path dir;

    @Test
    void multiRowInsertsWriteWhatOneSavePerRowWrites() {
        List<Observation> rows = rows();
        try (Database one = open("one.db"); Database bulk = open("bulk.db")) {
            for (Database db : List.of(one, bulk)) {
                db.inTransaction(c -> new ImportBatchRepository(c).create("a.xlsx", null, null, null));
            }
            one.inTransaction(c -> {
                long batch = new ImportBatchRepository(c).create("b.xlsx", null, null, null);
                ObservationRepository repo = new ObservationRepository(c);
                for (Observation o : rows) {
                    repo.save(o, batch);
                }
                return null;
            });
            bulk.inTransaction(c -> {
                long batch = new ImportBatchRepository(c).create("b.xlsx", null, null, null);
                try (ImportWriter w = new ImportWriter(c, batch)) {
                    for (Observation o : rows) {
                        assertThat(w.save(o)).isEqualTo(WriteResult.INSERTED);
                    }
                }
                return null;
            });
            List<String> expected = table(one);
            assertThat(expected).hasSize(rows.size());
            assertThat(table(bulk)).containsExactlyElementsOf(expected);
        }
    }

    /** 360 figures: runs of 1 to 250 rows of four shapes, and one row with a note alone in its shape. */
    private static List<Observation> rows() {
        List<Observation> rows = new ArrayList<>();
        String[] codes = {"LD01", "LD02", "LD03"};
        int n = 0;
        for (String code : codes) {
            for (String area : List.of("H1", "H2")) {
                for (int m = 0; m < 60; m++) {
                    Period p = Period.month(2020 + m / 12, m % 12 + 1);
                    boolean written = n < 250 ? n % 2 == 0 && n > 200 : (n / 37) % 2 == 0;
                    String note = n == 301 ? "ghi chú 'một' dòng" : null;
                    BigDecimal value = n % 53 == 0 ? null : new BigDecimal(n + ".5");
                    rows.add(new Observation(code, area, p, n % 7 == 0 ? ObservationKind.UOC : ObservationKind.THUC_HIEN,
                            value, value == null ? Qualifier.NONE : Qualifier.values()[n % Qualifier.values().length],
                            null, null, written ? "  " + n + ",5 người" : null, null, null, note, "lô 2: 'Tổng hợp'!E" + n));
                    n++;
                }
            }
        }
        return rows;
    }

    private Database open(String name) {
        Database db = Database.open(dir.resolve(name));
        db.inTransaction(c -> {
            new AreaRepository(c).save(new Area("H1", "Huyện Một", AreaLevel.HUYEN, null, null, null));
            new AreaRepository(c).save(new Area("H2", "Huyện Hai", AreaLevel.HUYEN, null, null, null));
            return null;
        });
        return db;
    }

    /** Every observation row in id order, each column with its SQLite type; the time stamp left out. */
    private static List<String> table(Database db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM observation ORDER BY id")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        if (!md.getColumnName(i).equals("updated_at")) {
                            Object v = rs.getObject(i);
                            row.append(md.getColumnName(i)).append('=').append(v)
                                    .append(v == null ? "" : ":" + v.getClass().getSimpleName()).append(' ');
                        }
                    }
                    out.add(row.toString());
                }
            }
            return out;
        });
    }
}
