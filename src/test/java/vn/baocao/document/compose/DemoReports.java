package vn.baocao.document.compose;

import java.nio.file.Path;
import java.util.List;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.store.Database;
import vn.baocao.store.DemoDataset;
import vn.baocao.store.StoredReport;

/** The demo database and the annual report of huyện Xín Mần 2023 built on it, for the tests and the benchmark. */
public final class DemoReports {
    /** The 12 assigned indicators, plus a breakdown by commune (LD14) and one with other issuers' plans only (LD03). */
    public static final List<String> XINMAN_INDICATORS = List.of("VH05", "VH01", "VH02", "GD01", "DS03", "YT01", "YT02",
            "LD01", "LD03", "LD04", "LD08", "LD14", "BH02", "BH04");

    private DemoReports() {
    }

    public static Database demoDatabase(Path dir) {
        Database db = Database.open(dir.resolve("baocao.db"));
        DemoDataset.load(db);
        return db;
    }

    /** The stored annual report 2023 of Xín Mần (default indicators when {@code extended} is false). */
    public static StoredReport xinMan2023(ReportService service, boolean extended) {
        ReportSettings base = null;
        StoredReport draft = service.draft("bao-cao-nam", "XINMAN", Period.year(2023), Issuer.NQ_HDND,
                extended ? XINMAN_INDICATORS : List.of(), base);
        ReportSettings settings = ReportSettings.fromJson(draft.settingsJson()).withSigner("Vũ Thị Hòa");
        return service.save(draft.withSettings(settings.toJson()));
    }
}
