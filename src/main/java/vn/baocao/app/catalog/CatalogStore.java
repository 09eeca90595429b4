package vn.baocao.app.catalog;

import java.util.List;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;

/** The catalog page's reads and writes; each write is one transaction. */
public final class CatalogStore {
    /** Where an indicator typed in by the clerk comes from (kept in the catalog's "source" column). */
    private final Database db;

    public CatalogStore(Database db) {
        this.db = db;
    }

    public record Snapshot(List<Indicator> indicators, List<Area> areas, List<String> units, List<String> sectors) {
    }

    public Snapshot load() {
        return db.read(c -> {
            CatalogRepository catalog = new CatalogRepository(c);
            return new Snapshot(catalog.indicators(), new AreaRepository(c).all(), catalog.units(), catalog.sectors());
        });
    }

    /**
     * Adds or changes an indicator. A changed indicator keeps its periods, source and place in the list; a new one
     * goes last with the given source.
     */
    public void save(Indicator indicator, String newSource) {
        db.inTransaction(c -> {
            new CatalogRepository(c).saveDefinition(indicator, newSource);
            return null;
        });
    }

    public boolean exists(String code) {
        return db.read(c -> new CatalogRepository(c).indicator(code).isPresent());
    }

    public void deactivate(String code) {
        db.inTransaction(c -> {
            new CatalogRepository(c).deactivate(code);
            return null;
        });
    }
}
