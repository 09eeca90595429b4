package vn.baocao.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.Area;

/**
 * Replaces the official list with a newer file of the same shape. Units the clerk uses keep their area code, figures
 * and links; a renamed unit's area takes the new name (the old one is kept as a former name), so letterheads follow.
 * The file is read and checked whole before anything is written, in one transaction.
 */
public final class OfficialListUpdate {

    /**
     * What changed.
     *
     * @param renamed "01141: Nấm Dẩn → Nấm Dẩn Mới" for each unit whose name or type changed
     * @param areasRenamed the clerk's areas that followed a new name
     * @param missingInUse codes of areas the clerk uses that the new list no longer has (kept as they are)
     */
    public record Summary(int total, int added, int removed, List<String> renamed, List<String> areasRenamed,
                          List<String> missingInUse) {
    }

    private OfficialListUpdate() {
    }

    public static Summary apply(Database db, Path file, LocalDate today) {
        List<AdminUnit> units = OfficialListFile.read(file);
        return db.inTransaction(c -> apply(c, units, today));
    }

    static Summary apply(Connection c, List<AdminUnit> units, LocalDate today) throws SQLException {
        OfficialUnits official = new OfficialUnits(c);
        Map<String, AdminUnit> before = new HashMap<>();
        for (AdminUnit u : official.all()) {
            before.put(u.code(), u);
        }
        Map<String, AdminUnit> after = new HashMap<>();
        units.forEach(u -> after.put(u.code(), u));
        int added = 0;
        List<String> renamed = new ArrayList<>();
        for (AdminUnit u : units) {
            AdminUnit old = before.get(u.code());
            if (old == null) {
                added++;
            } else if (!old.name().equals(u.name()) || !old.type().equals(u.type())) {
                renamed.add(u.code() + ": " + old.type() + " " + old.name() + " → " + u.type() + " " + u.name());
            }
        }
        int removed = (int) before.keySet().stream().filter(k -> !after.containsKey(k)).count();
        official.replaceAll(units);

        AreaRepository areas = new AreaRepository(c);
        AreaEditor editor = new AreaEditor(c);
        List<String> areasRenamed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Area> e : areas.byExternalCode().entrySet()) {
            AdminUnit u = after.get(e.getKey());
            Area a = e.getValue();
            if (u == null) {
                missing.add(a.code());
                continue;
            }
            if (!u.name().equals(a.name())) {
                editor.rename(a.code(), u.name(), today);
                areasRenamed.add(a.code() + ": " + a.name() + " → " + u.name());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE area SET type_label = ? WHERE code = ?")) {
                ps.setString(1, u.type());
                ps.setString(2, a.code());
                ps.executeUpdate();
            }
        }
        return new Summary(units.size(), added, removed, renamed, areasRenamed, missing);
    }
}
