package vn.baocao.app.report;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.document.compose.ReportTemplate;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.PeriodType;
import vn.baocao.store.StoredReport;

/**
 * The choices on top of the report page (mẫu, địa bàn, kỳ, kế hoạch) and the list of stored reports: filled from
 * the store, kept when they still exist, and following the report that is opened.
 */
public final class ReportChoices {
    private final ObservableList<ReportTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<ReportTemplate> template = new SimpleObjectProperty<>();
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Period> period = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Issuer> issuer = new SimpleObjectProperty<>(Issuer.NQ_HDND);
    private final ObservableList<StoredReport> reports = FXCollections.observableArrayList();
    private final ObjectProperty<StoredReport> selectedReport = new SimpleObjectProperty<>();

    /** Takes what the store holds; the clerk's own unit first (issue 13), else the district; the latest year. */
    void take(ReportStore.Snapshot snapshot) {
        templates.setAll(snapshot.templates());
        if (template.get() == null || !templates.contains(template.get())) {
            template.set(templates.isEmpty() ? null : templates.get(0));
        }
        areas.setAll(snapshot.areas());
        if (area.get() == null || !areas.contains(area.get())) {
            area.set(snapshot.mine() != null && areas.contains(snapshot.mine()) ? snapshot.mine()
                    : areas.stream().filter(a -> a.level() == AreaLevel.HUYEN).findFirst()
                    .orElse(areas.isEmpty() ? null : areas.get(0)));
        }
        if (period.get() == null) {
            period.set(snapshot.periods().stream().filter(p -> p.type() == PeriodType.YEAR)
                    .reduce((a, b) -> b).orElse(Period.year(LocalDate.now().getYear())));
        }
        reports.setAll(snapshot.reports());
    }

    /** The choices show the opened report's template, area, period and issuer. */
    void follow(StoredReport report) {
        areas.stream().filter(a -> a.code().equals(report.areaCode())).findFirst().ifPresent(area::set);
        period.set(report.period());
        if (report.issuer() != null) {
            issuer.set(report.issuer());
        }
        templates.stream().filter(t -> t.id().equals(report.template())).findFirst().ifPresent(template::set);
    }

    /** A report just stored goes to the top of the list (once); a new one is selected. */
    void stored(StoredReport saved, boolean isNew) {
        reports.removeIf(x -> x.id() == saved.id());
        reports.add(0, saved);
        if (isNew) {
            selectedReport.set(saved);
        }
    }

    /** The area of a code among the choices, or null. */
    Area area(String code) {
        return areas.stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * Takes the period the clerk typed ("2023", "2023-Q3").
     *
     * @throws IllegalArgumentException with a Vietnamese message for a wrong code
     */
    void period(String code) {
        period.set(Period.parse(code));
    }

    public ObservableList<ReportTemplate> templates() {
        return templates;
    }

    public ObjectProperty<ReportTemplate> templateProperty() {
        return template;
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public ReadOnlyObjectProperty<Period> periodProperty() {
        return period.getReadOnlyProperty();
    }

    public ObjectProperty<Issuer> issuerProperty() {
        return issuer;
    }

    public List<Issuer> issuers() {
        return List.of(Issuer.values());
    }

    public ObservableList<StoredReport> reports() {
        return reports;
    }

    public ObjectProperty<StoredReport> selectedReportProperty() {
        return selectedReport;
    }
}
