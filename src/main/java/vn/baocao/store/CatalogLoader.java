package vn.baocao.store;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.store.text.StoreText;

/** Loads the default indicator catalog shipped in the application (78 indicators). */
public final class CatalogLoader {
    public static final String RESOURCE = "/vn/baocao/store/catalog.csv";

    private CatalogLoader() {
    }

    /** Adds or updates every indicator of the shipped catalog; returns how many. */
    public static int loadDefault(Connection connection) throws SQLException {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StoreException(StoreText.get("catalogLoader.thieuDanhMucChi", RESOURCE));
            }
            return load(connection, CsvLines.read(in, StoreText.get("catalogLoader.danhMucChiTieu")));
        } catch (java.io.IOException e) {
            throw new StoreException(StoreText.get("catalogLoader.khongDocDuocDanh", e.getMessage()), e);
        }
    }

    static int load(Connection connection, List<Map<String, String>> rows) throws SQLException {
        CatalogRepository catalog = new CatalogRepository(connection);
        int order = 0;
        for (Map<String, String> row : rows) {
            String unit = row.get("unit");
            Indicator indicator = new Indicator(row.get("code"), row.get("name"), unit, row.get("sector"),
                    IndicatorKind.fromCatalogCode(row.get("kind")), Direction.valueOf(row.get("direction")),
                    decimalsFor(unit), null, null, null);
            catalog.save(indicator, row.get("periods"), row.get("source"), (++order) * 10);
        }
        return order;
    }

    /** Digits after the comma a value is written with: rates 2, money in millions 3 (8.599,376), scores 2. */
    static int decimalsFor(String unit) {
        String u = unit == null ? "" : unit.strip();
        if (u.startsWith("%") || u.startsWith("điểm") || u.equals("ha") || u.equals("tấn")) {
            return 2;
        }
        if (u.startsWith("triệu đồng") || u.startsWith("tỷ đồng")) {
            return 3;
        }
        return 0;
    }
}
