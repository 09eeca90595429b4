package vn.baocao.app.data;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.domain.Area;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.PeriodType;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.PeriodRepository;
import vn.baocao.store.SourceDocumentRepository;
import vn.baocao.store.TargetRepository;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.SourceDocument;

/** The grid's reads and writes on the store. Each call is one transaction. */
public final class DataStore {
    private final Database db;

    public DataStore(Database db) {
        this.db = db;
    }

    public List<Area> areas() {
        return db.read(c -> new AreaRepository(c).all());
    }

    /** The clerk's own unit ("Đơn vị của tôi"), when chosen. */
    public java.util.Optional<Area> myUnit() {
        return db.read(c -> new vn.baocao.store.UnitChoice(c).current().map(vn.baocao.store.UnitChoice.Mine::area));
    }

    public List<Period> periodsWithData() {
        return db.read(c -> new PeriodRepository(c).withFigures());
    }

    /** Writes the "after" side of every change (figures and plans, with their documents), all or nothing. */
    public void write(ValueEdit edit) {
        db.inTransaction(c -> {
            ObservationRepository repo = new ObservationRepository(c);
            for (ValueChange ch : edit.changes()) {
                if (ch.after() == null) {
                    repo.delete(ch.indicatorCode(), ch.areaCode(), ch.period(), ch.kind(), null);
                } else {
                    repo.save(ch.after(), null);
                }
            }
            TargetRepository targets = new TargetRepository(c);
            SourceDocumentRepository documents = new SourceDocumentRepository(c);
            for (PlanChange ch : edit.plans()) {
                if (ch.after() == null) {
                    targets.delete(ch.indicatorCode(), ch.areaCode(), ch.period(), ch.issuer(), null);
                } else {
                    targets.save(ch.after(), null);
                    documents.link(ch.indicatorCode(), ch.areaCode(), ch.period(), ch.issuer(), ch.documentAfter());
                }
            }
            return null;
        });
    }

    /** The document a stored target comes from, if linked. */
    public java.util.Optional<SourceDocument> documentOf(String indicatorCode, String areaCode, Period period, Issuer issuer) {
        return db.read(c -> new SourceDocumentRepository(c).ofTarget(indicatorCode, areaCode, period, issuer));
    }

    /** Every stored source document, newest first (the page's list to choose from). */
    public List<SourceDocument> documents() {
        return db.read(c -> new SourceDocumentRepository(c).all());
    }

    /** The figures of an indicator over the periods of one type, oldest first, thực hiện preferred. */
    public List<Observation> history(String indicatorCode, String areaCode, PeriodType type) {
        List<Observation> all = db.read(c -> new ObservationRepository(c).history(indicatorCode, areaCode));
        Map<Period, Observation> byPeriod = new LinkedHashMap<>();
        for (Observation o : all) {
            if (o.period().type() != type || o.value() == null) {
                continue;
            }
            Observation kept = byPeriod.get(o.period());
            if (kept == null || (o.kind() == ObservationKind.THUC_HIEN && kept.kind() != ObservationKind.THUC_HIEN)) {
                byPeriod.put(o.period(), o);
            }
        }
        return byPeriod.values().stream().sorted(Comparator.comparing(Observation::period)).toList();
    }
}
