package vn.baocao.importing.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Period;
import vn.baocao.importing.mapping.RememberedMapping;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.StoredFigures;

/**
 * Everything a preview read from the database: the active catalog, the areas, the remembered mapping of the
 * layout, the stored figures of the areas and periods it touches, and the codes it chose for new indicators.
 * The planner is deterministic in these and the workbook and request, so when they are all still the same
 * inside the commit transaction, planning again would give the same preview and the commit can reuse it.
 *
 * @param remembered the remembered mapping loaded for {@code fingerprint}; null for a template (none is read)
 */
record PlanBasis(List<Indicator> catalog, List<Area> areas, String fingerprint, RememberedMapping remembered,
                 Set<String> areaCodes, Set<Period> periods, StoredFigures stored, List<String> newIndicatorCodes) {

    /** True when the database still holds exactly what the preview was made from. */
    boolean stillHolds(Connection c) throws SQLException {
        CatalogRepository catalogRepository = new CatalogRepository(c);
        if (!catalog.equals(catalogRepository.indicators()) || !areas.equals(new AreaRepository(c).all())) {
            return false;
        }
        for (String code : newIndicatorCodes) {
            if (catalogRepository.indicator(code).isPresent()) {
                return false;
            }
        }
        if (remembered != null && !remembered.equals(RememberedMapping.load(c, fingerprint))) {
            return false;
        }
        return Objects.equals(stored, StoredFigures.load(c, areaCodes, periods));
    }
}
