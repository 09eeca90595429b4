package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** V60: the figures' table rebuilt with its key starting with area and period; nothing in it may change. */
class ObservationKeyMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseOfSchema50KeepsEveryFigureAndIdAndGainsTheAreaFirstKey() throws Exception {
        Path file = dir.resolve("v50.db");
        SQLiteDataSource ds = atSchema50(file);
        List<String> before;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO period (code, type, year, idx, start_date, end_date, cumulative, label) VALUES "
                    + "('2025', 'YEAR', 2025, 0, '2025-01-01', '2025-12-31', 0, 'Năm 2025'), "
                    + "('2026', 'YEAR', 2026, 0, '2026-01-01', '2026-12-31', 0, 'Năm 2026')");
            s.execute("INSERT INTO import_batch (file_name, imported_at) VALUES ('a.xlsx', '2026-01-02T03:04:05Z')");
            // ids out of key order, every column filled somewhere, one row without a batch
            s.execute("INSERT INTO observation (id, indicator_id, area_id, period_id, kind, value, qualifier, numerator, "
                    + "denominator, text_as_written, pct_as_written, change_as_written, note, source, batch_id, "
                    + "updated_by, updated_at) VALUES "
                    + "(7, 2, 2, 2, 'UOC', '12,5', 'APPROX', '1', '8', 'khoảng 12,5', '12,5%', 'tăng 3%', 'ghi chú', "
                    + "'lô 1: Biểu!E5', 1, 'cán bộ', '2026-01-02T03:04:05Z'), "
                    + "(3, 1, 2, 1, 'THUC_HIEN', '40', 'NONE', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                    + "'cán bộ', '2026-01-01T00:00:00Z'), "
                    + "(5, 1, 1, 2, 'THUC_HIEN', NULL, 'NONE', NULL, NULL, 'x', NULL, NULL, NULL, NULL, 1, NULL, 't')");
            before = rows(c);
        }
        try (Database db = Database.open(file)) {
            assertThat(db.upgradeBackup()).isNotNull().exists();
            db.read(c -> {
                assertThat(rows(c)).isEqualTo(before);
                assertThat(indexColumns(c)).containsExactly("area_id,period_id,indicator_id,kind");
                return null;
            });
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    assertThatThrownBy(() -> s.execute("INSERT INTO observation (indicator_id, area_id, period_id, kind, "
                            + "updated_at) VALUES (1, 2, 1, 'THUC_HIEN', 't')")).isInstanceOf(SQLException.class)
                            .hasMessageContaining("UNIQUE");
                    // the writers' upsert names the key's columns in the old order: SQLite matches them as a set
                    s.execute("INSERT INTO observation (indicator_id, area_id, period_id, kind, value, updated_at) "
                            + "VALUES (1, 2, 1, 'THUC_HIEN', '41', 't') ON CONFLICT(indicator_id, area_id, period_id, kind) "
                            + "DO UPDATE SET value = excluded.value");
                    try (ResultSet rs = s.executeQuery("SELECT id, value FROM observation WHERE area_id = 2 AND "
                            + "period_id = 1")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getLong(1)).isEqualTo(3);
                        assertThat(rs.getString(2)).isEqualTo("41");
                    }
                    // a commune's figures of a period are found through the key, not by reading the table
                    try (ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN SELECT * FROM observation WHERE area_id = 2 "
                            + "AND period_id = 1")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString("detail")).contains("USING INDEX").contains("area_id=? AND period_id=?");
                    }
                    // the foreign keys still hold
                    assertThatThrownBy(() -> s.execute("INSERT INTO observation (indicator_id, area_id, period_id, kind, "
                            + "updated_at) VALUES (1, 99, 1, 'UOC', 't')")).isInstanceOf(SQLException.class)
                            .hasMessageContaining("FOREIGN KEY");
                }
                return null;
            });
        }
    }

    @Test
    void theSpaceTheRebuildLeavesFreeIsGivenBack() throws Exception {
        Path file = dir.resolve("lon.db");
        SQLiteDataSource ds = atSchema50(file);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (int m = 1; m <= 40; m++) {
                s.execute("INSERT INTO period (code, type, year, idx, start_date, end_date, cumulative, label) VALUES "
                        + "('2020-" + m + "', 'MONTH', 2020, " + m + ", '2020-01-01', '2020-01-31', 0, 'Tháng " + m + "')");
            }
            s.execute("INSERT INTO observation (indicator_id, area_id, period_id, kind, value, source, updated_at) "
                    + "SELECT i.id, a.id, p.id, 'THUC_HIEN', i.id * 7 + p.id, 'lô 1: ''Biểu''!E' || i.id, 't' "
                    + "FROM indicator i, area a, period p");
        }
        long figures;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), sum(value) FROM observation")) {
            rs.next();
            figures = rs.getLong(1);
            assertThat(figures).isGreaterThan(5000);
        }
        try (Database db = Database.open(file)) {
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM observation")) {
                        rs.next();
                        assertThat(rs.getLong(1)).isEqualTo(figures);
                    }
                    long pages = longOf(s, "PRAGMA page_count");
                    long free = longOf(s, "PRAGMA freelist_count");
                    assertThat(free * 10).as("free pages %d of %d", free, pages).isLessThan(pages);
                }
                return null;
            });
        }
    }

    /** A database file as the last version before V60 left it, with two communes. */
    private static SQLiteDataSource atSchema50(Path file) throws SQLException {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:vn/baocao/store/migration").target("50").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO area (code, name, level) VALUES ('X1', 'Xã Một', 'XA'), ('X2', 'Xã Hai', 'XA')");
        }
        return ds;
    }

    private static long longOf(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM observation ORDER BY id")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(';');
                }
                out.add(row.toString());
            }
        }
        assertThat(out).hasSize(3);
        return out;
    }

    /** The columns of each index on the figures' table, "a,b" per index. */
    private static List<String> indexColumns(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_list(observation)")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        for (String name : names) {
            List<String> cols = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_info('" + name + "')")) {
                while (rs.next()) {
                    cols.add(rs.getString("name"));
                }
            }
            out.add(String.join(",", cols));
        }
        return out;
    }
}
