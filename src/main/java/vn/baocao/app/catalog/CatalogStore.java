package vn.baocao.app.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
            String periods = null;
            String source = newSource;
            int order;
            try (PreparedStatement ps = c.prepareStatement("SELECT periods, source, sort_order FROM indicator WHERE code = ?")) {
                ps.setString(1, indicator.code());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        periods = rs.getString(1);
                        source = rs.getString(2);
                        order = rs.getInt(3);
                    } else {
                        order = nextOrder(c);
                    }
                }
            }
            new CatalogRepository(c).save(indicator, periods, source, order);
            return null;
        });
    }

    private static int nextOrder(java.sql.Connection c) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM indicator");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 1;
        }
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
