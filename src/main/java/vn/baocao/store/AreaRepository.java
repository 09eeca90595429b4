package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.VietnameseText;

/** The area tree (tỉnh → huyện → xã → thôn). */
public final class AreaRepository {
    private static final String SELECT = "SELECT a.code, a.name, a.level, p.code AS parent, a.valid_from, a.valid_to "
            + "FROM area a LEFT JOIN area p ON p.id = a.parent_id ";
    private final Connection c;

    public AreaRepository(Connection connection) {
        this.c = connection;
    }

    public List<Area> all() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY CASE a.level WHEN 'TINH' THEN 0 "
                + "WHEN 'HUYEN' THEN 1 WHEN 'XA' THEN 2 ELSE 3 END, a.name")) {
            return readAll(ps);
        }
    }

    /** Direct children of an area, by name. */
    public List<Area> children(String parentCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE p.code = ? ORDER BY a.name")) {
            ps.setString(1, parentCode);
            return readAll(ps);
        }
    }

    public Optional<Area> find(String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE a.code = ?")) {
            ps.setString(1, code);
            List<Area> list = readAll(ps);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    /** Finds by code, or by name when exactly one area has it (folded, so "xin man" finds "Xín Mần"). */
    public Area require(String codeOrName) throws SQLException {
        Optional<Area> byCode = find(codeOrName.strip());
        if (byCode.isEmpty()) {
            byCode = find(codeOrName.strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (byCode.isPresent()) {
            return byCode.get();
        }
        String folded = VietnameseText.fold(codeOrName);
        List<Area> matches = new ArrayList<>();
        for (Area a : all()) {
            String name = VietnameseText.fold(a.name());
            if (name.equals(folded) || name.equals(VietnameseText.fold(a.level().label() + " " + codeOrName))) {
                matches.add(a);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new StoreException("Không có địa bàn \"" + codeOrName + "\". Xem danh sách bằng lệnh: baocao areas list");
        }
        throw new StoreException("Có " + matches.size() + " địa bàn tên \"" + codeOrName + "\"; hãy dùng mã địa bàn.");
    }

    long id(String code) throws SQLException {
        return Ids.require(c, "SELECT id FROM area WHERE code = ?", code, "Không có địa bàn mã \"" + code + "\".");
    }

    public void save(Area area) throws SQLException {
        Long parentId = area.parentCode() == null ? null : id(area.parentCode());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO area (code, name, level, parent_id, valid_from, valid_to) "
                + "VALUES (?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level, "
                + "parent_id = excluded.parent_id, valid_from = excluded.valid_from, valid_to = excluded.valid_to")) {
            ps.setString(1, area.code());
            ps.setString(2, VietnameseText.nfc(area.name()));
            ps.setString(3, area.level().name());
            if (parentId == null) {
                ps.setNull(4, java.sql.Types.INTEGER);
            } else {
                ps.setLong(4, parentId);
            }
            ps.setString(5, area.validFrom() == null ? null : area.validFrom().toString());
            ps.setString(6, area.validTo() == null ? null : area.validTo().toString());
            ps.executeUpdate();
        }
    }

    private static List<Area> readAll(PreparedStatement ps) throws SQLException {
        List<Area> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String from = rs.getString("valid_from");
                String to = rs.getString("valid_to");
                list.add(new Area(rs.getString("code"), rs.getString("name"), AreaLevel.valueOf(rs.getString("level")),
                        rs.getString("parent"), from == null ? null : LocalDate.parse(from),
                        to == null ? null : LocalDate.parse(to)));
            }
        }
        return list;
    }
}
