package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.VietnameseText;
import vn.baocao.store.text.StoreText;

/**
 * The clerk's changes to the area tree: take a unit from the official list, add a village, rename, record a merger.
 * Every check runs before the first write and names the code concerned; the caller holds the transaction, so a
 * refused change leaves nothing behind.
 */
public final class AreaEditor {
    private final Connection c;
    private final AreaRepository areas;

    public AreaEditor(Connection connection) {
        this.c = connection;
        this.areas = new AreaRepository(connection);
    }

    /**
     * The area of an official unit, created (with its province) on first use. An existing area keeps its code, its
     * figures and the clerk's edits.
     */
    public Area adopt(String officialCode) throws SQLException {
        String code = officialCode.strip();
        Optional<Area> existing = areas.find(code);
        if (existing.isPresent()) {
            return existing.get();
        }
        AdminUnit unit = new OfficialUnits(c).find(code).orElseThrow(() -> new StoreException(StoreText.get("areaEditor.khongCoDonVi", code)));
        String parent = null;
        if (!unit.isProvince()) {
            parent = adopt(unit.provinceCode()).code();
        }
        areas.save(new Area(unit.code(), unit.name(), unit.level(), parent, null, null));
        areas.setOfficial(unit.code(), unit.code(), unit.type());
        return areas.find(unit.code()).orElseThrow();
    }

    /**
     * Adds an area of the clerk's own: a village (thôn, bản, tổ dân phố) under a commune, a former commune under a
     * province, a province.
     *
     * @param typeLabel the word written before the name when it is not the level's ("bản", "tổ dân phố"); may be null
     */
    public Area add(String code, String name, AreaLevel level, String parentCode, String typeLabel, LocalDate validFrom,
                    LocalDate validTo) throws SQLException {
        String k = checkCode(code);
        String n = VietnameseText.nfc(name == null ? "" : name.strip());
        if (n.isEmpty()) {
            throw new StoreException(StoreText.get("areaEditor.diaBanMaThieu", k));
        }
        Optional<Area> same = areas.find(k);
        if (same.isPresent()) {
            throw new StoreException(StoreText.get("areaEditor.maDiaBanDa", k, same.get().level().label(), same.get().name()));
        }
        if (new OfficialUnits(c).find(k).isPresent() && level != AreaLevel.THON) {
            throw new StoreException(StoreText.get("areaEditor.maLaMaCua", k, k));
        }
        String parent = null;
        if (parentCode != null && !parentCode.isBlank()) {
            Area p = requireOrAdopt(parentCode.strip());
            checkParentLevel(k, level, p);
            parent = p.code();
        } else if (level == AreaLevel.THON || level == AreaLevel.XA) {
            throw new StoreException(StoreText.get("areaEditor.diaBanMaCan", k, level.label()));
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new StoreException(StoreText.get("areaEditor.diaBanMaNgay", k));
        }
        areas.save(new Area(k, n, level, parent, validFrom, validTo));
        if (typeLabel != null && !typeLabel.isBlank()) {
            areas.setOfficial(k, null, typeLabel.strip());
        }
        return areas.find(k).orElseThrow();
    }

    /**
     * Renames an area; the code, figures and links stay, the old name is kept with its last day.
     *
     * @param from the first day of the new name; null = today
     */
    public Area rename(String code, String newName, LocalDate from) throws SQLException {
        Area a = requireCode(code);
        String n = VietnameseText.nfc(newName == null ? "" : newName.strip());
        if (n.isEmpty()) {
            throw new StoreException(StoreText.get("areaEditor.diaBanMaThieu2", a.code()));
        }
        if (n.equals(a.name())) {
            return a;
        }
        rememberFormerName(a.code(), a.name(), from == null ? null : from.minusDays(1));
        try (PreparedStatement ps = c.prepareStatement("UPDATE area SET name = ? WHERE code = ?")) {
            ps.setString(1, n);
            ps.setString(2, a.code());
            ps.executeUpdate();
        }
        return areas.find(a.code()).orElseThrow();
    }

    /** Ends an area's validity (the last day it existed). */
    public Area end(String code, LocalDate lastDay) throws SQLException {
        Area a = requireCode(code);
        if (a.validFrom() != null && lastDay.isBefore(a.validFrom())) {
            throw new StoreException(StoreText.get("areaEditor.diaBanMaBat", a.code(), a.validFrom()));
        }
        areas.save(new Area(a.code(), a.name(), a.level(), a.parentCode(), a.validFrom(), lastDay));
        return areas.find(a.code()).orElseThrow();
    }

    void rememberFormerName(String code, String name, LocalDate validTo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO area_former_name (area_id, name, valid_to) "
                + "VALUES ((SELECT id FROM area WHERE code = ?), ?, ?)")) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, validTo == null ? null : validTo.toString());
            ps.executeUpdate();
        }
    }

    /**
     * Records that {@code newCode} was formed from the former units on {@code on}: each former unit ends the day
     * before and keeps its figures; the new unit begins that day. Refused, naming the code: an unknown code, a
     * former unit listed twice or equal to the new one, a merger that would make a cycle, a date inside a period that
     * already has figures on both sides.
     */
    public List<Area> merge(String newCode, List<String> fromCodes, LocalDate on) throws SQLException {
        if (on == null) {
            throw new StoreException(StoreText.get("areaEditor.hayGhiNgaySap"));
        }
        Area created = requireOrAdopt(newCode.strip());
        if (fromCodes == null || fromCodes.isEmpty()) {
            throw new StoreException(StoreText.get("areaEditor.hayGhiCacDon", created.code()));
        }
        Set<String> unique = new LinkedHashSet<>();
        List<Area> former = new ArrayList<>();
        for (String raw : fromCodes) {
            Area a = requireCode(raw.strip());
            if (!unique.add(a.code())) {
                throw new StoreException(StoreText.get("areaEditor.donViMaDuoc", a.code()));
            }
            if (a.code().equals(created.code())) {
                throw new StoreException(StoreText.get("areaEditor.donViMaKhong", a.code()));
            }
            if (successors(created.code()).contains(a.code())) {
                throw new StoreException(StoreText.get("areaEditor.sapNhapVaoTao", a.code(), created.code(), created.code(), a.code()));
            }
            former.add(a);
        }
        List<String> codes = former.stream().map(Area::code).toList();
        String straddled = periodWithFiguresOnBothSides(created.code(), codes, on);
        if (straddled != null) {
            throw new StoreException(straddled);
        }
        for (Area a : former) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO area_link (from_id, to_id, link_date, link_type) "
                    + "VALUES ((SELECT id FROM area WHERE code = ?), (SELECT id FROM area WHERE code = ?), ?, 'MERGE') "
                    + "ON CONFLICT(from_id, to_id) DO UPDATE SET link_date = excluded.link_date, link_type = 'MERGE'")) {
                ps.setString(1, a.code());
                ps.setString(2, created.code());
                ps.setString(3, on.toString());
                ps.executeUpdate();
            }
            LocalDate lastDay = on.minusDays(1);
            if (a.validTo() == null || a.validTo().isAfter(lastDay)) {
                areas.save(new Area(a.code(), a.name(), a.level(), a.parentCode(), a.validFrom(), lastDay));
            }
        }
        if (created.validFrom() == null || created.validFrom().isBefore(on)) {
            areas.save(new Area(created.code(), created.name(), created.level(), created.parentCode(), on, created.validTo()));
        }
        return former;
    }

    /** Every unit the given one was (directly or through earlier mergers) merged into. */
    private Set<String> successors(String code) throws SQLException {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String cur = todo.pop();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.code FROM area_link l JOIN area f ON f.id = l.from_id "
                    + "JOIN area t ON t.id = l.to_id WHERE f.code = ? AND l.link_type = 'MERGE'")) {
                ps.setString(1, cur);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (seen.add(rs.getString(1))) {
                            todo.push(rs.getString(1));
                        }
                    }
                }
            }
        }
        return seen;
    }

    /** The message for the first period strictly containing the date with figures of the new unit and a former one. */
    private String periodWithFiguresOnBothSides(String newCode, List<String> former, LocalDate on) throws SQLException {
        String in = String.join(",", java.util.Collections.nCopies(former.size(), "?"));
        String sql = "SELECT p.code, p.label, fa.code FROM period p "
                + "JOIN observation n ON n.period_id = p.id JOIN area na ON na.id = n.area_id AND na.code = ? "
                + "JOIN observation f ON f.period_id = p.id JOIN area fa ON fa.id = f.area_id AND fa.code IN (" + in + ") "
                + "WHERE p.start_date < ? AND p.end_date >= ? ORDER BY p.start_date LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, newCode);
            for (String f : former) {
                ps.setString(i++, f);
            }
            ps.setString(i++, on.toString());
            ps.setString(i, on.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return StoreText.get("areaEditor.ngaySapNhapNam", day(on), rs.getString(2), rs.getString(1), newCode, rs.getString(3));
                }
            }
        }
        return null;
    }

    private Area requireCode(String code) throws SQLException {
        return areas.find(code.strip()).orElseThrow(() -> new StoreException(StoreText.get("areaEditor.khongCoDiaBan", code.strip())));
    }

    /** An area, or an official unit taken into the areas on first mention. */
    private Area requireOrAdopt(String code) throws SQLException {
        Optional<Area> a = areas.find(code);
        if (a.isPresent()) {
            return a.get();
        }
        if (new OfficialUnits(c).find(code).isPresent()) {
            return adopt(code);
        }
        return requireCode(code);
    }

    static String day(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String checkCode(String code) {
        String k = code == null ? "" : code.strip();
        if (k.isEmpty()) {
            throw new StoreException(StoreText.get("areaEditor.thieuMaDiaBan"));
        }
        if (!k.matches("[\\p{L}\\p{N}._-]+")) {
            throw new StoreException(StoreText.get("areaEditor.maDiaBanChi", k));
        }
        return k;
    }

    private static void checkParentLevel(String code, AreaLevel level, Area parent) {
        boolean ok = switch (level) {
            case TINH -> false;
            case HUYEN -> parent.level() == AreaLevel.TINH;
            case XA -> parent.level() == AreaLevel.TINH || parent.level() == AreaLevel.HUYEN;
            case THON -> parent.level() == AreaLevel.XA;
        };
        if (!ok) {
            throw new StoreException(StoreText.get("areaEditor.diaBanMaKhong", code, level.label(), parent.level().label(), parent.name(), parent.code()));
        }
    }
}
