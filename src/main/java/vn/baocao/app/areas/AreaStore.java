package vn.baocao.app.areas;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.UnitHeader;
import vn.baocao.store.AreaEditor;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.Database;
import vn.baocao.store.OfficialUnits;
import vn.baocao.store.UnitChoice;

/** The reads and writes of "Đơn vị của tôi" and of the Địa bàn editor; each write is one transaction. */
public final class AreaStore {
    private final Database db;

    public AreaStore(Database db) {
        this.db = db;
    }

    public List<AdminUnit> search(String text) {
        return db.read(c -> new OfficialUnits(c).search(text, 50));
    }

    /** The header a unit would get with the given body, without saving anything (the page's preview). */
    public UnitHeader preview(AdminUnit unit, vn.baocao.domain.IssuingBody body, String bodyName, boolean provinceAbove) {
        return new UnitHeader(unit.name(), unit.type(), unit.provinceName(), unit.provinceType(), body, bodyName, provinceAbove);
    }

    public UnitChoice.Mine use(String code, String bodyText, boolean provinceAbove) {
        return db.inTransaction(c -> {
            UnitChoice choice = new UnitChoice(c);
            choice.setProvinceAbove(provinceAbove);
            return choice.use(code, bodyText);
        });
    }

    public Optional<UnitChoice.Mine> mine() {
        return db.read(c -> new UnitChoice(c).current());
    }

    public boolean provinceAbove() {
        return db.read(c -> new vn.baocao.store.SettingsRepository(c).get(UnitChoice.PROVINCE_ABOVE)
                .map(Boolean::parseBoolean).orElse(false));
    }

    public List<Area> areas() {
        return db.read(c -> new AreaRepository(c).all());
    }

    /** "bản", "Phường": the word written before an area's name. */
    public String typeLabel(Area area) {
        return db.read(c -> new AreaRepository(c).typeLabel(area));
    }

    public Area add(String code, String name, AreaLevel level, String parent, String type) {
        return db.inTransaction(c -> new AreaEditor(c).add(code, name, level, parent, type, null, null));
    }

    public Area rename(String code, String name, LocalDate from) {
        return db.inTransaction(c -> new AreaEditor(c).rename(code, name, from));
    }

    public Area end(String code, LocalDate lastDay) {
        return db.inTransaction(c -> new AreaEditor(c).end(code, lastDay));
    }

    public List<Area> merge(String created, List<String> former, LocalDate on) {
        return db.inTransaction(c -> new AreaEditor(c).merge(created, former, on));
    }

    public List<String> predecessors(String code) {
        return db.read(c -> new AreaRepository(c).predecessors(code).stream()
                .map(m -> m.former().name() + " (" + m.former().code() + ")").toList());
    }
}
