package vn.baocao.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import vn.baocao.domain.Area;
import vn.baocao.domain.IssuingBody;
import vn.baocao.domain.UnitHeader;

/**
 * "Đơn vị của tôi": the clerk's own unit and issuing body, kept in the settings table. The letterhead is derived from
 * the unit's current name each time it is asked for.
 */
public final class UnitChoice {
    public static final String UNIT = "baocao.unit.code";
    public static final String BODY = "baocao.unit.body";
    public static final String BODY_NAME = "baocao.unit.bodyName";
    public static final String PROVINCE_ABOVE = "baocao.unit.provinceAbove";

    /** The chosen unit as the application uses it. */
    public record Mine(Area area, UnitHeader header) {
    }

    private final Connection c;

    public UnitChoice(Connection connection) {
        this.c = connection;
    }

    /**
     * Makes an area (or an official unit, taken into the areas) the clerk's own, with its issuing body.
     *
     * @param bodyText a code or label of {@link IssuingBody}, or the name of another body; null = UBND
     */
    public Mine use(String code, String bodyText) throws SQLException {
        Area area = new AreaEditor(c).adopt(code);
        IssuingBody body = IssuingBody.parse(bodyText);
        String bodyName = body == IssuingBody.KHAC ? bodyText.strip() : "";
        SettingsRepository settings = new SettingsRepository(c);
        settings.put(UNIT, area.code());
        settings.put(BODY, body.name());
        settings.put(BODY_NAME, bodyName);
        return current().orElseThrow();
    }

    public void setProvinceAbove(boolean above) throws SQLException {
        new SettingsRepository(c).put(PROVINCE_ABOVE, Boolean.toString(above));
    }

    /** The chosen unit, or empty before the first choice (or when its area was removed). */
    public Optional<Mine> current() throws SQLException {
        SettingsRepository settings = new SettingsRepository(c);
        Optional<String> code = settings.get(UNIT);
        if (code.isEmpty() || code.get().isBlank()) {
            return Optional.empty();
        }
        AreaRepository areas = new AreaRepository(c);
        Optional<Area> area = areas.find(code.get());
        if (area.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mine(area.get(), header(area.get(), settings)));
    }

    /**
     * The header of an area's documents when it is the clerk's unit or a unit of the official list (whose type word,
     * "Phường" or "Đặc khu", the level alone does not give); empty otherwise.
     */
    public Optional<UnitHeader> headerFor(Area area) throws SQLException {
        SettingsRepository settings = new SettingsRepository(c);
        boolean official = Ids.find(c, "SELECT id FROM area WHERE code = ? AND external_code IS NOT NULL",
                area.code()) != null;
        return isMine(area) || official ? Optional.of(header(area, settings)) : Optional.empty();
    }

    public boolean isMine(Area area) throws SQLException {
        return new SettingsRepository(c).get(UNIT).map(area.code()::equals).orElse(false);
    }

    /** The header the given area would have as the clerk's unit (with the saved body when it is that unit). */
    public UnitHeader headerOf(Area area) throws SQLException {
        return header(area, new SettingsRepository(c));
    }

    private UnitHeader header(Area area, SettingsRepository settings) throws SQLException {
        AreaRepository areas = new AreaRepository(c);
        boolean mine = settings.get(UNIT).map(area.code()::equals).orElse(false);
        IssuingBody body = mine ? settings.get(BODY).map(IssuingBody::valueOf).orElse(IssuingBody.UBND) : IssuingBody.UBND;
        String bodyName = mine ? settings.get(BODY_NAME).orElse("") : "";
        boolean above = settings.get(PROVINCE_ABOVE).map(Boolean::parseBoolean).orElse(false);
        Area province = province(area, areas);
        String type = capitalised(areas.typeLabel(area));
        return new UnitHeader(area.name(), type, province == null ? null : province.name(),
                province == null ? null : capitalised(areas.typeLabel(province)), body, bodyName, above);
    }

    private static Area province(Area area, AreaRepository areas) throws SQLException {
        String parent = area.parentCode();
        while (parent != null) {
            Area p = areas.find(parent).orElse(null);
            if (p == null) {
                return null;
            }
            if (p.level() == vn.baocao.domain.AreaLevel.TINH) {
                return p;
            }
            parent = p.parentCode();
        }
        return null;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + word.substring(1);
    }
}
