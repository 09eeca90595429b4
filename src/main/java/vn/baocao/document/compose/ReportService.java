package vn.baocao.document.compose;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentFiles;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Area;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ReportRepository;
import vn.baocao.store.StoredReport;
import vn.baocao.store.UnitChoice;

/**
 * Creates, stores, copies and composes reports. A stored report keeps the template's document with the clerk's
 * text (body JSON), the header and choices (settings JSON), the issuer and the chosen indicators, so next period's
 * report starts as a copy.
 */
public final class ReportService {
    private final Database db;
    private final ReportDataLoader loader;

    public ReportService(Database db) {
        this.db = db;
        this.loader = new ReportDataLoader(db);
    }

    /**
     * A new, unsaved report from a template.
     *
     * @param indicatorCodes the chosen indicators; empty = those the issuer assigned targets to in the period
     * @param settings the header and choices, or null for the defaults of the area and template
     */
    public StoredReport draft(String templateId, String area, Period period, Issuer issuer, List<String> indicatorCodes,
                              ReportSettings settings) {
        ReportTemplate template = ReportTemplates.require(templateId);
        Area where = db.read(c -> new AreaRepository(c).require(area));
        ReportSettings chosen = settings != null ? settings : defaultsFor(where, template.document());
        List<String> codes = indicatorCodes == null ? List.of() : indicatorCodes;
        ReportData data = loader.load(new ReportRequest(where.code(), period, issuer, chosen.options(), codes, chosen.figureSource(),
                chosen.proRataPlans()));
        if (codes.isEmpty()) {
            codes = data.indicators().stream().map(r -> r.indicator().code()).toList();
        }
        AdministrativeDocument fresh = DraftBody.expand(template.document(), data);
        AdministrativeDocument body = fresh;
        var previous = CarryForward.previous(list(), template.id(), where.code(), period);
        if (previous.isPresent()) {
            CarryForward.Merged merged = CarryForward.merge(fresh, body(previous.get()));
            body = merged.body();
            chosen = chosen.withCarried(merged.carried());
        }
        String name = joinWithoutRepeat(template.name(), period.label()) + " - " + where.level().label() + " " + where.name();
        return new StoredReport(0, name, template.id(), where.code(), period, issuer, chosen.toJson(),
                DocumentFiles.toJson(body), codes, null, null);
    }

    /**
     * The header of a new report: the clerk's unit's (issue 13) or an official unit's, else the area's plain one; the
     * Nơi nhận the office saved for the document's type come first.
     */
    public ReportSettings defaultsFor(Area where, AdministrativeDocument template) {
        return db.read(c -> {
            UnitChoice units = new UnitChoice(c);
            java.util.Optional<vn.baocao.domain.UnitHeader> header = units.headerFor(where);
            ReportSettings base = header.isPresent() ? ReportSettings.defaultsFor(template, header.get(), units.isMine(where))
                    : ReportSettings.defaultsFor(where, template);
            return base.withRecipients(OfficeRecipients.read(c, template.type()));
        });
    }

    /** Saves a new report or updates a stored one; returns it as stored. */
    public StoredReport save(StoredReport report) {
        return db.inTransaction(c -> report.id() == 0 ? new ReportRepository(c).insert(report) : new ReportRepository(c).update(report));
    }

    public StoredReport create(String templateId, String area, Period period, Issuer issuer, List<String> indicatorCodes,
                               ReportSettings settings) {
        return save(draft(templateId, area, period, issuer, indicatorCodes, settings));
    }

    public StoredReport require(long id) {
        return db.read(c -> new ReportRepository(c).require(id));
    }

    public List<StoredReport> list() {
        return db.read(c -> new ReportRepository(c).list());
    }

    /**
     * Next period's report as a stored copy: the period moved forward ({@link Period#next()}), the clerk's text,
     * indicators, issuer and header kept, number, date and accepted review items cleared.
     */
    public StoredReport copyToNextPeriod(long id) {
        StoredReport r = require(id);
        Period next = r.period().next();
        String name = r.name().contains(r.period().label()) ? r.name().replace(r.period().label(), next.label())
                : r.name() + " (" + next.label() + ")";
        ReportSettings settings = ReportSettings.fromJson(r.settingsJson()).forNextPeriod();
        List<String> carried = new java.util.ArrayList<>(CarryForward.narrative(body(r)));
        carried.removeAll(CarryForward.narrative(ReportTemplates.shipped().containsKey(r.template())
                ? ReportTemplates.require(r.template()).document() : body(r)));
        settings = settings.withCarried(carried);
        return save(new StoredReport(0, name, r.template(), r.areaCode(), next, r.issuer(), settings.toJson(), r.bodyJson(),
                r.indicatorCodes(), null, null));
    }

    /** Marks review items accepted for this report; {@code keys} must be items of its current review. */
    public StoredReport accept(long id, Collection<String> keys) {
        StoredReport r = require(id);
        Set<String> known = compose(r, false).review().stream().map(ReviewItem::key).collect(Collectors.toSet());
        for (String key : keys) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(DocumentText.get("reportService.baoCaoSoKhong", id, key, id));
            }
        }
        ReportSettings settings = ReportSettings.fromJson(r.settingsJson()).withAccepted(keys);
        return save(r.withSettings(settings.toJson()));
    }

    public ComposedReport compose(long id) {
        return compose(require(id));
    }

    /**
     * Loads the data, reviews it and fills the template, set in the office's {@link OfficeSizeProfile}; throws
     * {@link PlaceholderException} before any output.
     */
    public ComposedReport compose(StoredReport report) {
        return compose(report, true);
    }

    /** The report's data fields and generated parts as they will print (the report page's view of its text). */
    public ReportFields fields(StoredReport report) {
        ReportSettings settings = ReportSettings.fromJson(report.settingsJson());
        ReportData data = loader.load(new ReportRequest(report.areaCode(), report.period(), report.issuer(), settings.options(),
                report.indicatorCodes(), settings.figureSource(), settings.proRataPlans()));
        java.util.Map<Long, String> files = new java.util.HashMap<>();
        db.read(c -> {
            for (var b : new vn.baocao.store.ImportBatchRepository(c).list()) {
                files.put(b.id(), b.fileName());
            }
            return null;
        });
        return new ReportComposer(data, settings).fields(body(report), files);
    }

    private ComposedReport compose(StoredReport report, boolean document) {
        ReportSettings settings = ReportSettings.fromJson(report.settingsJson());
        ReportData data = loader.load(new ReportRequest(report.areaCode(), report.period(), report.issuer(), settings.options(),
                report.indicatorCodes(), settings.figureSource(), settings.proRataPlans()));
        List<ReviewItem> review = new java.util.ArrayList<>(DataReview.of(data, settings.accepted()));
        AdministrativeDocument body = body(report);
        review.addAll(DocumentReview.of(body, settings, data));
        review = new java.util.ArrayList<>(DocumentReview.forType(review, body.type()));
        AdministrativeDocument out = document
                ? new ReportComposer(data, settings).compose(body).withProfile(OfficeSizeProfile.read(db)) : body;
        return new ComposedReport(out, review, data);
    }

    private static AdministrativeDocument body(StoredReport report) {
        try {
            return DocumentFiles.fromJson(report.bodyJson());
        } catch (IOException e) {
            throw new IllegalArgumentException(DocumentText.get("reportService.noiDungCuaBao", report.id(), e.getMessage()), e);
        }
    }

    /** The chosen indicators' codes of a data set, in order (for callers that build their own list). */
    static List<String> codes(List<IndicatorEvaluation> rows) {
        return rows.stream().map(r -> r.indicator().code()).toList();
    }

    /**
     * "Báo cáo kết quả thực hiện nhiệm vụ năm" + "năm 2023" → "… nhiệm vụ năm 2023": the words the template name ends
     * with and the period label starts with ("năm", "9 tháng", "quý") are written once.
     */
    static String joinWithoutRepeat(String name, String label) {
        String[] n = name.split(" ");
        String[] l = label.split(" ");
        for (int k = Math.min(n.length, l.length); k > 0; k--) {
            boolean overlap = true;
            for (int i = 0; i < k && overlap; i++) {
                overlap = n[n.length - k + i].equalsIgnoreCase(l[i]);
            }
            if (overlap) {
                return String.join(" ", java.util.Arrays.copyOf(n, n.length - k)) + " " + label;
            }
        }
        return name + " " + label;
    }
}
