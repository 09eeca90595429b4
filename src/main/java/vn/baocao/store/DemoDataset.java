package vn.baocao.store;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;
import vn.baocao.domain.Target;
import vn.baocao.store.text.StoreText;

/**
 * The demo data: huyện Xín Mần (Hà Giang) and its communes, with the figures of its 2023 report
 * (see resources vn/baocao/demo/README.md). Loading twice changes nothing the second time.
 */
public final class DemoDataset {
    /** The district the demo is about. */
    public static final String DISTRICT = "XINMAN";
    public static final String SOURCE = "dữ liệu mẫu (báo cáo năm 2023 huyện Xín Mần)";
    private static final String BASE = "/vn/baocao/demo/";

    /** What loading wrote. */
    public record Summary(int areas, int indicators, int targets, int observations) {
    }

    private DemoDataset() {
    }

    /** Loads everything in one transaction. */
    public static Summary load(Database db) {
        return db.inTransaction(DemoDataset::load);
    }

    static Summary load(Connection c) throws SQLException {
        List<Map<String, String>> areas = rows("areas.csv");
        AreaRepository areaRepo = new AreaRepository(c);
        for (Map<String, String> r : areas) {
            String parent = r.get("parent");
            areaRepo.save(new Area(r.get("code"), r.get("name"), AreaLevel.valueOf(r.get("level")),
                    parent.isEmpty() ? null : parent, null, null));
        }
        List<Map<String, String>> indicators = rows("indicators.csv");
        CatalogRepository catalog = new CatalogRepository(c);
        int order = 10_000;
        for (Map<String, String> r : indicators) {
            catalog.save(new Indicator(r.get("code"), r.get("name"), r.get("unit"), r.get("sector"),
                    IndicatorKind.fromCatalogCode(r.get("kind")), Direction.valueOf(r.get("direction")),
                    CatalogLoader.decimalsFor(r.get("unit")), null, null, null), r.get("periods"), r.get("source"), order++);
        }
        List<Map<String, String>> targets = rows("targets.csv");
        TargetRepository targetRepo = new TargetRepository(c);
        // The document each issuer's targets come from (the report's căn cứ), by area, period and issuer.
        Map<String, String> sources = new java.util.HashMap<>();
        for (Map<String, String> r : rows("sources.csv")) {
            sources.put(r.get("area") + "|" + r.get("period") + "|" + r.get("issuer"), r.get("source"));
        }
        for (Map<String, String> r : targets) {
            Target t = new Target(r.get("indicator"), r.get("area"), Period.parse(r.get("period")),
                    Issuer.valueOf(r.get("issuer")), Comparator.valueOf(r.get("comparator")), decimal(r.get("value")),
                    decimal(r.get("value_hi")), blankToNull(r.get("text_as_written")));
            String source = sources.get(r.get("area") + "|" + r.get("period") + "|" + r.get("issuer"));
            if (source == null) {
                targetRepo.save(t, null);
            } else {
                targetRepo.save(t, source, null);
            }
        }
        List<Map<String, String>> observations = rows("observations.csv");
        ObservationRepository obsRepo = new ObservationRepository(c);
        for (Map<String, String> r : observations) {
            String qualifier = r.get("qualifier");
            obsRepo.save(new Observation(r.get("indicator"), r.get("area"), Period.parse(r.get("period")),
                    ObservationKind.valueOf(r.get("kind")), decimal(r.get("value")),
                    qualifier.isEmpty() ? Qualifier.NONE : Qualifier.valueOf(qualifier), decimal(r.get("numerator")),
                    decimal(r.get("denominator")), blankToNull(r.get("text_as_written")),
                    blankToNull(r.get("pct_as_written")), blankToNull(r.get("change_as_written")),
                    blankToNull(r.get("note")), SOURCE), null);
        }
        return new Summary(areas.size(), indicators.size(), targets.size(), observations.size());
    }

    private static List<Map<String, String>> rows(String name) {
        try (InputStream in = DemoDataset.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new StoreException(StoreText.get("demoDataset.thieuTepDuLieu", name));
            }
            return CsvLines.read(in, StoreText.get("demoDataset.duLieuMau", name));
        } catch (IOException e) {
            throw new StoreException(StoreText.get("demoDataset.khongDocDuocDu", name, e.getMessage()), e);
        }
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
