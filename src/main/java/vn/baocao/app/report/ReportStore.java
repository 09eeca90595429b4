package vn.baocao.app.report;

import java.util.List;
import vn.baocao.document.compose.ComposedReport;
import vn.baocao.document.compose.ReportService;
import vn.baocao.document.compose.ReportSettings;
import vn.baocao.document.compose.ReportTemplate;
import vn.baocao.document.compose.ReportTemplates;
import vn.baocao.domain.Area;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.Database;
import vn.baocao.store.PeriodRepository;
import vn.baocao.store.ReportRepository;
import vn.baocao.store.StoredReport;

/** The report page's reads and writes: the report service, the areas and the shipped templates. */
public final class ReportStore {
    private final Database db;
    private final ReportService service;

    public ReportStore(Database db) {
        this.db = db;
        this.service = new ReportService(db);
    }

    /** @param periods the periods that have figures, oldest first */
    /** @param mine the clerk's own unit ("Đơn vị của tôi"), or null */
    public record Snapshot(List<Area> areas, List<Period> periods, List<StoredReport> reports, List<ReportTemplate> templates,
                           Area mine) {
        public Snapshot(List<Area> areas, List<Period> periods, List<StoredReport> reports, List<ReportTemplate> templates) {
            this(areas, periods, reports, templates, null);
        }
    }

    public Snapshot load() {
        return db.read(c -> new Snapshot(new AreaRepository(c).all(), new PeriodRepository(c).withFigures(),
                new ReportRepository(c).list(), ReportTemplates.all(),
                new vn.baocao.store.UnitChoice(c).current().map(vn.baocao.store.UnitChoice.Mine::area).orElse(null)));
    }

    public StoredReport draft(String templateId, Area area, Period period, Issuer issuer, ReportSettings settings) {
        return service.draft(templateId, area.code(), period, issuer, List.of(), settings);
    }

    /** A new report's header before the office's settings: the clerk's unit's, an official unit's or the area's. */
    public ReportSettings unitDefaults(Area area, vn.baocao.document.AdministrativeDocument template) {
        return service.defaultsFor(area, template);
    }

    public StoredReport save(StoredReport report) {
        return service.save(report);
    }

    public StoredReport copyToNextPeriod(long id) {
        return service.copyToNextPeriod(id);
    }

    public StoredReport require(long id) {
        return service.require(id);
    }

    /** The report's data fields and generated parts as they will print, for the page editor. */
    public vn.baocao.document.compose.ReportFields fields(StoredReport report) {
        return service.fields(report);
    }

    /** Loads the figures, reviews them and fills the template; throws PlaceholderException before any output. */
    public ComposedReport compose(StoredReport report) {
        return service.compose(report);
    }
}
