package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.domain.VietnameseText;
import vn.baocao.store.text.StoreText;

/** Indicators, sectors and units, over one connection (use inside {@link Database#read} or a transaction). */
public final class CatalogRepository {
    private static final String SELECT = "SELECT i.code, i.name, u.name AS unit, s.name AS sector, i.kind, i.direction, "
            + "i.decimals, n.code AS num, d.code AS den, p.code AS parent FROM indicator i "
            + "LEFT JOIN unit u ON u.id = i.unit_id LEFT JOIN sector s ON s.id = i.sector_id "
            + "LEFT JOIN indicator n ON n.id = i.numerator_id LEFT JOIN indicator d ON d.id = i.denominator_id "
            + "LEFT JOIN indicator p ON p.id = i.parent_id ";

    private final Connection c;

    public CatalogRepository(Connection connection) {
        this.c = connection;
    }

    public List<Indicator> indicators() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE i.active = 1 ORDER BY i.sort_order, i.code")) {
            return readAll(ps);
        }
    }

    public Optional<Indicator> indicator(String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE i.code = ?")) {
            ps.setString(1, code);
            List<Indicator> found = readAll(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** The indicator, or a clear message naming the unknown code. */
    public Indicator require(String code) throws SQLException {
        return indicator(code).orElseThrow(() -> new StoreException(StoreText.get("catalogRepository.khongCoChiTieu", code)));
    }

    private static List<Indicator> readAll(PreparedStatement ps) throws SQLException {
        List<Indicator> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                        rs.getString("sector"), IndicatorKind.valueOf(rs.getString("kind")),
                        Direction.valueOf(rs.getString("direction")), rs.getInt("decimals"), rs.getString("num"),
                        rs.getString("den"), rs.getString("parent")));
            }
        }
        return list;
    }

    long indicatorId(String code) throws SQLException {
        return Ids.require(c, "SELECT id FROM indicator WHERE code = ?", code,
                StoreText.get("catalogRepository.khongCoChiTieu", code));
    }

    /** Adds or changes an indicator (matched by code); sectors and units are created as needed. */
    public void save(Indicator indicator, String periods, String source, int sortOrder) throws SQLException {
        Long unitId = indicator.unit().isBlank() ? null : ensureUnit(indicator.unit());
        Long sectorId = indicator.sector().isBlank() ? null : ensureSector(indicator.sector());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator (code, name, unit_id, sector_id, kind, "
                + "direction, decimals, periods, source, sort_order) VALUES (?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT(code) DO UPDATE SET name = excluded.name, unit_id = excluded.unit_id, "
                + "sector_id = excluded.sector_id, kind = excluded.kind, direction = excluded.direction, "
                + "decimals = excluded.decimals, periods = excluded.periods, source = excluded.source, active = 1")) {
            ps.setString(1, indicator.code());
            ps.setString(2, VietnameseText.nfc(indicator.name()));
            setLong(ps, 3, unitId);
            setLong(ps, 4, sectorId);
            ps.setString(5, indicator.kind().name());
            ps.setString(6, indicator.direction().name());
            ps.setInt(7, indicator.decimals());
            ps.setString(8, periods);
            ps.setString(9, source);
            ps.setInt(10, sortOrder);
            ps.executeUpdate();
        }
        linkIndicator("numerator_id", indicator.code(), indicator.numeratorCode());
        linkIndicator("denominator_id", indicator.code(), indicator.denominatorCode());
        linkIndicator("parent_id", indicator.code(), indicator.parentCode());
    }

    /**
     * Saves what a clerk edits (name, unit, sector, kind, direction, decimals): an existing indicator keeps its
     * periods, source and place in the list; a new one goes last with the given source.
     */
    public void saveDefinition(Indicator indicator, String sourceIfNew) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT periods, source, sort_order FROM indicator WHERE code = ?")) {
            ps.setString(1, indicator.code());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    save(indicator, rs.getString(1), rs.getString(2), rs.getInt(3));
                    return;
                }
            }
        }
        int last;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(sort_order), 0) FROM indicator")) {
            last = rs.next() ? rs.getInt(1) : 0;
        }
        save(indicator, null, sourceIfNew, last + 1);
    }

    private void linkIndicator(String column, String code, String otherCode) throws SQLException {
        Long otherId = otherCode == null ? null : indicatorId(otherCode);
        try (PreparedStatement ps = c.prepareStatement("UPDATE indicator SET " + column + " = ? WHERE code = ?")) {
            setLong(ps, 1, otherId);
            ps.setString(2, code);
            ps.executeUpdate();
        }
    }

    /**
     * Removes an indicator that nothing refers to: no figure, no target. Used when the import batch that added it is
     * undone. Returns false (and changes nothing) when it does not exist or has data.
     */
    public boolean deleteIfUnused(String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM indicator WHERE code = ? "
                + "AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.indicator_id = indicator.id) "
                + "AND NOT EXISTS (SELECT 1 FROM target t WHERE t.indicator_id = indicator.id)")) {
            ps.setString(1, code);
            return ps.executeUpdate() == 1;
        }
    }

    /** Hides an indicator from lists; its data stays for old reports. */
    public void deactivate(String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE indicator SET active = 0 WHERE code = ?")) {
            ps.setString(1, code);
            if (ps.executeUpdate() == 0) {
                throw new StoreException(StoreText.get("catalogRepository.khongCoChiTieu", code));
            }
        }
    }

    public int count() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM indicator WHERE active = 1")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public List<String> sectors() throws SQLException {
        return names("SELECT name FROM sector ORDER BY name");
    }

    public List<String> units() throws SQLException {
        return names("SELECT name FROM unit ORDER BY name");
    }

    private List<String> names(String sql) throws SQLException {
        List<String> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        return list;
    }

    long ensureSector(String name) throws SQLException {
        String nfc = VietnameseText.nfc(name.strip());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sector (code, name) VALUES (?, ?) ON CONFLICT(code) DO NOTHING")) {
            ps.setString(1, VietnameseText.codeOf(nfc));
            ps.setString(2, nfc);
            ps.executeUpdate();
        }
        return Ids.require(c, "SELECT id FROM sector WHERE code = ?", VietnameseText.codeOf(nfc), StoreText.get("catalogRepository.linhVuc", nfc));
    }

    long ensureUnit(String name) throws SQLException {
        String nfc = VietnameseText.nfc(name.strip());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit (name, base_unit, scale) VALUES (?, ?, ?) "
                + "ON CONFLICT(name) DO NOTHING")) {
            ps.setString(1, nfc);
            // Money units share the base "đồng" with a scale, so sums across scales stay right.
            java.math.BigDecimal factor = VietnameseNumbers.moneyFactor(nfc);
            ps.setString(2, factor == null ? null : "đồng");
            ps.setString(3, factor == null ? null : factor.toPlainString());
            ps.executeUpdate();
        }
        return Ids.require(c, "SELECT id FROM unit WHERE name = ?", nfc, StoreText.get("catalogRepository.donViTinh", nfc));
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }
}
