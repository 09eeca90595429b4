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
import vn.baocao.store.text.StoreText;

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
            throw new StoreException(StoreText.get("areaRepository.khongCoDiaBan", codeOrName));
        }
        throw new StoreException(StoreText.get("areaRepository.coDiaBanTen", matches.size(), codeOrName));
    }

    long id(String code) throws SQLException {
        return Ids.require(c, "SELECT id FROM area WHERE code = ?", code, StoreText.get("areaRepository.khongCoDiaBan2", code));
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

    /** Links an area to the official list and sets the word written before its name ("Phường", "bản"). */
    public void setOfficial(String code, String externalCode, String typeLabel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE area SET external_code = COALESCE(?, external_code), "
                + "type_label = ? WHERE code = ?")) {
            ps.setString(1, externalCode);
            ps.setString(2, typeLabel);
            ps.setString(3, code);
            ps.executeUpdate();
        }
    }

    /** "Xã", "Phường", "bản" …; the level's word when none was set. */
    public String typeLabel(Area area) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT type_label FROM area WHERE code = ?")) {
            ps.setString(1, area.code());
            try (ResultSet rs = ps.executeQuery()) {
                String t = rs.next() ? rs.getString(1) : null;
                return t == null || t.isBlank() ? area.level().label() : t;
            }
        }
    }

    /** The areas linked to the official list, by their official code. */
    public java.util.Map<String, Area> byExternalCode() throws SQLException {
        java.util.Map<String, Area> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT.replace("a.valid_to ", "a.valid_to, a.external_code ")
                + "WHERE a.external_code IS NOT NULL")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString("code");
                    out.put(rs.getString("external_code"), find(code).orElseThrow());
                }
            }
        }
        return out;
    }

    /** Former names, oldest first: "Nấm Dẩn (đến 30/06/2025)". */
    public List<String> formerNames(String code) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.name, f.valid_to FROM area_former_name f "
                + "JOIN area a ON a.id = f.area_id WHERE a.code = ? ORDER BY f.valid_to")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String to = rs.getString(2);
                    out.add(rs.getString(1) + (to == null ? "" : StoreText.get("areaRepository.den", AreaEditor.day(LocalDate.parse(to)))));
                }
            }
        }
        return out;
    }

    /**
     * The units merged into this one, with the day of the merger; empty when it was not formed by a merger.
     */
    public List<Merger> predecessors(String code) throws SQLException {
        List<String[]> links = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.code, l.link_date FROM area_link l "
                + "JOIN area f ON f.id = l.from_id JOIN area t ON t.id = l.to_id "
                + "WHERE t.code = ? AND l.link_type = 'MERGE' ORDER BY f.name")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        List<Merger> out = new ArrayList<>();
        for (String[] l : links) {
            out.add(new Merger(find(l[0]).orElseThrow(), LocalDate.parse(l[1])));
        }
        return out;
    }

    /** A former unit and the day the unit it was merged into began. */
    public record Merger(Area former, LocalDate on) {
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
