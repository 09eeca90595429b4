package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.VietnameseText;

/** The official list of administrative units in the store (table admin_unit). */
public final class OfficialUnits {
    private static final String SELECT = "SELECT u.code, u.name, u.type, u.province_code, p.name AS pname, p.type AS ptype "
            + "FROM admin_unit u LEFT JOIN admin_unit p ON p.code = u.province_code ";
    private final Connection c;

    public OfficialUnits(Connection connection) {
        this.c = connection;
    }

    /** Replaces the whole list (the caller holds the transaction). */
    public void replaceAll(List<AdminUnit> units) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM admin_unit");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO admin_unit (code, name, type, province_code, folded) VALUES (?,?,?,?,?)")) {
            for (AdminUnit u : units) {
                ps.setString(1, u.code());
                ps.setString(2, u.name());
                ps.setString(3, u.type());
                ps.setString(4, u.provinceCode());
                ps.setString(5, VietnameseText.fold(u.name()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public int count() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM admin_unit")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public List<AdminUnit> all() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY u.code")) {
            return readAll(ps);
        }
    }

    public Optional<AdminUnit> find(String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE u.code = ?")) {
            ps.setString(1, code.strip());
            List<AdminUnit> list = readAll(ps);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    /**
     * Units whose code starts with the text (digits) or whose folded name contains it ("nam dan" finds Nấm Dẩn); whole
     * names first, then by province and name. At most {@code limit}.
     */
    public List<AdminUnit> search(String text, int limit) throws SQLException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        if (t.matches("\\d+")) {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE u.code LIKE ? ORDER BY u.code LIMIT ?")) {
                ps.setString(1, t + "%");
                ps.setInt(2, limit);
                return readAll(ps);
            }
        }
        String folded = VietnameseText.fold(t);
        // A type word typed first ("xa nam dan", "phuong ba dinh") narrows to that type.
        String typeWord = null;
        for (String w : List.of("xa ", "phuong ", "dac khu ", "tinh ", "thanh pho ")) {
            if (folded.startsWith(w) && folded.length() > w.length()) {
                typeWord = w.strip();
                folded = folded.substring(w.length());
                break;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE u.folded LIKE ? ESCAPE '\\' "
                + "ORDER BY CASE WHEN u.folded = ? THEN 0 WHEN u.folded LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, "
                + "u.province_code IS NOT NULL, u.province_code, u.folded")) {
            String like = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            ps.setString(1, "%" + like + "%");
            ps.setString(2, folded);
            ps.setString(3, like + "%");
            List<AdminUnit> found = readAll(ps);
            List<AdminUnit> out = new ArrayList<>();
            for (AdminUnit u : found) {
                if (typeWord == null || VietnameseText.fold(u.type()).equals(typeWord)) {
                    out.add(u);
                }
                if (out.size() == limit) {
                    break;
                }
            }
            return out;
        }
    }

    private static List<AdminUnit> readAll(PreparedStatement ps) throws SQLException {
        List<AdminUnit> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new AdminUnit(rs.getString("code"), rs.getString("name"), rs.getString("type"),
                        rs.getString("province_code"), rs.getString("pname"), rs.getString("ptype")));
            }
        }
        return list;
    }
}
