package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.store.text.StoreText;

/** Stored reports ({@code report} and {@code report_indicator}). */
public final class ReportRepository {
    private static final String SELECT = "SELECT r.id, r.name, r.template, a.code AS area, p.code AS period, r.issuer, "
            + "r.settings_json, r.body_json, r.created_at, r.updated_at FROM report r "
            + "LEFT JOIN area a ON a.id = r.area_id LEFT JOIN period p ON p.id = r.period_id ";

    private final Connection c;

    public ReportRepository(Connection connection) {
        this.c = connection;
    }

    /** Saves a new report (its id is ignored) with its indicators; returns it with its id and timestamps. */
    public StoredReport insert(StoredReport r) throws SQLException {
        String now = Clock.now();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report (name, template, area_id, period_id, issuer, "
                + "settings_json, body_json, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.name());
            ps.setString(2, r.template());
            setNullableLong(ps, 3, areaId(r.areaCode()));
            setNullableLong(ps, 4, r.period() == null ? null : new PeriodRepository(c).ensure(r.period()));
            ps.setString(5, r.issuer() == null ? null : r.issuer().name());
            ps.setString(6, r.settingsJson());
            ps.setString(7, r.bodyJson());
            ps.setString(8, now);
            ps.setString(9, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeIndicators(id, r.indicatorCodes());
        return require(id);
    }

    /** Replaces the report's fields and indicators. */
    public StoredReport update(StoredReport r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET name = ?, template = ?, area_id = ?, period_id = ?, "
                + "issuer = ?, settings_json = ?, body_json = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, r.name());
            ps.setString(2, r.template());
            setNullableLong(ps, 3, areaId(r.areaCode()));
            setNullableLong(ps, 4, r.period() == null ? null : new PeriodRepository(c).ensure(r.period()));
            ps.setString(5, r.issuer() == null ? null : r.issuer().name());
            ps.setString(6, r.settingsJson());
            ps.setString(7, r.bodyJson());
            ps.setString(8, Clock.now());
            ps.setLong(9, r.id());
            if (ps.executeUpdate() == 0) {
                throw new StoreException(StoreText.get("reportRepository.khongCoBaoCao2", r.id()));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM report_indicator WHERE report_id = ?")) {
            ps.setLong(1, r.id());
            ps.executeUpdate();
        }
        writeIndicators(r.id(), r.indicatorCodes());
        return require(r.id());
    }

    public Optional<StoredReport> find(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE r.id = ?")) {
            ps.setLong(1, id);
            List<StoredReport> list = readAll(ps);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    public StoredReport require(long id) throws SQLException {
        return find(id).orElseThrow(() -> new StoreException(StoreText.get("reportRepository.khongCoBaoCao", id)));
    }

    /** Every stored report, newest first. */
    public List<StoredReport> list() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY r.id DESC")) {
            return readAll(ps);
        }
    }

    public boolean delete(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM report WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    private Long areaId(String code) throws SQLException {
        if (code == null) {
            return null;
        }
        return Ids.require(c, "SELECT id FROM area WHERE code = ?", code, StoreText.get("reportRepository.diaBan", code));
    }

    private void writeIndicators(long reportId, List<String> codes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_indicator (report_id, indicator_id, position) "
                + "VALUES (?, (SELECT id FROM indicator WHERE code = ?), ?)")) {
            int position = 0;
            for (String code : codes) {
                if (Ids.find(c, "SELECT id FROM indicator WHERE code = ?", code) == null) {
                    throw new StoreException(StoreText.get("reportRepository.khongCoChiTieu", code));
                }
                ps.setLong(1, reportId);
                ps.setString(2, code);
                ps.setInt(3, position++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<String> indicators(long reportId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.code FROM report_indicator ri JOIN indicator i ON i.id = ri.indicator_id "
                + "WHERE ri.report_id = ? ORDER BY ri.position")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private List<StoredReport> readAll(PreparedStatement ps) throws SQLException {
        List<StoredReport> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String period = rs.getString("period");
                String issuer = rs.getString("issuer");
                out.add(new StoredReport(rs.getLong("id"), rs.getString("name"), rs.getString("template"), rs.getString("area"),
                        period == null ? null : Period.parse(period), issuer == null ? null : Issuer.valueOf(issuer),
                        rs.getString("settings_json"), rs.getString("body_json"), List.of(), rs.getString("created_at"),
                        rs.getString("updated_at")));
            }
        }
        List<StoredReport> withIndicators = new ArrayList<>();
        for (StoredReport r : out) {
            withIndicators.add(new StoredReport(r.id(), r.name(), r.template(), r.areaCode(), r.period(), r.issuer(),
                    r.settingsJson(), r.bodyJson(), indicators(r.id()), r.createdAt(), r.updatedAt()));
        }
        return withIndicators;
    }

    private static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }
}
