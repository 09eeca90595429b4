package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.domain.Period;
import vn.baocao.store.text.StoreText;

/** Periods are created on first use from their code, so "2023-Q3" always means the same row. */
public final class PeriodRepository {
    private final Connection c;

    public PeriodRepository(Connection connection) {
        this.c = connection;
    }

    /** The id of the period, inserting it when new. */
    public long ensure(Period period) throws SQLException {
        Long id = Ids.find(c, "SELECT id FROM period WHERE code = ?", period.code());
        if (id != null) {
            return id;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO period (code, type, year, idx, start_date, end_date, "
                + "cumulative, label) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, period.code());
            ps.setString(2, period.type().name());
            ps.setInt(3, period.year());
            ps.setInt(4, period.index());
            ps.setString(5, period.start().toString());
            ps.setString(6, period.end().toString());
            ps.setInt(7, period.cumulative() ? 1 : 0);
            ps.setString(8, period.label());
            ps.executeUpdate();
        }
        return Ids.require(c, "SELECT id FROM period WHERE code = ?", period.code(), StoreText.get("periodRepository.ky", period.code()));
    }

    /** The id, or null when no data was ever kept for the period. */
    public Long find(Period period) throws SQLException {
        return Ids.find(c, "SELECT id FROM period WHERE code = ?", period.code());
    }

    /** Periods that hold figures or targets, oldest first. */
    public List<Period> withData() throws SQLException {
        return periods("SELECT code FROM period p WHERE EXISTS (SELECT 1 FROM observation o WHERE o.period_id = p.id) "
                + "OR EXISTS (SELECT 1 FROM target t WHERE t.period_id = p.id)");
    }

    /** Periods that hold figures (not only plans), oldest first: where a clerk usually wants to start. */
    public List<Period> withFigures() throws SQLException {
        return periods("SELECT code FROM period p WHERE EXISTS (SELECT 1 FROM observation o WHERE o.period_id = p.id)");
    }

    private List<Period> periods(String sql) throws SQLException {
        List<Period> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(Period.parse(rs.getString(1)));
            }
        }
        list.sort(null);
        return list;
    }
}
