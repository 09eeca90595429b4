package vn.baocao.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.DerivedFigure;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.MergedHistory;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.store.text.StoreText;

/**
 * Loads the former units' figures of a merged unit for a period that ended before the merger and aggregates them
 * ({@link MergedHistory}). A period that straddles the merger is not derived: the new unit's own figure is needed.
 */
public final class PredecessorFigures {
    private final Connection c;

    public PredecessorFigures(Connection connection) {
        this.c = connection;
    }

    /** @param own the area's stored figures of the period */
    public List<DerivedFigure> derive(Area area, Period period, List<Indicator> catalog, List<Observation> own)
            throws SQLException {
        List<Area> former = former(area, period);
        if (former.isEmpty()) {
            return List.of();
        }
        return derive(area, period, catalog, own, former,
                new ObservationRepository(c).find(former.stream().map(Area::code).toList(), List.of(period)));
    }

    /** The units merged into {@code area} after {@code period} ended (none when the period straddles the merger). */
    public List<Area> former(Area area, Period period) throws SQLException {
        return new AreaRepository(c).predecessors(area.code()).stream()
                .filter(m -> m.on().isAfter(period.end())).map(AreaRepository.Merger::former)
                .sorted(Comparator.comparing(Area::name, Collator.getInstance(Locale.forLanguageTag("vi")))).toList();
    }

    /**
     * The day the area was formed by a merger inside the period (after its first day, on or before its last): the
     * period's parts before that day are its former units', those from it its own.
     */
    public Optional<LocalDate> mergedWithin(Area area, Period period) throws SQLException {
        return new AreaRepository(c).predecessors(area.code()).stream().map(AreaRepository.Merger::on)
                .filter(on -> on.isAfter(period.start()) && !on.isAfter(period.end())).max(Comparator.naturalOrder());
    }

    /** "các xã Nà Chì, Nấm Dẩn cũ, Xín Chải": how notes name the former units. */
    public static String unitsPhrase(List<Area> former) {
        boolean communes = former.stream().allMatch(a -> a.level() == AreaLevel.XA);
        boolean villages = former.stream().allMatch(a -> a.level() == AreaLevel.THON);
        String noun = communes ? StoreText.get("predecessorFigures.cacXa") : villages ? StoreText.get("predecessorFigures.cacThon") : StoreText.get("predecessorFigures.cacDonVi");
        return noun + " " + String.join(", ", former.stream().map(Area::name).toList());
    }

    /**
     * As {@link #derive(Area, Period, List, List)} from the former units' figures of the period given by the caller
     * (a report sums them up from their months when the period itself is not stored).
     */
    public List<DerivedFigure> derive(Area area, Period period, List<Indicator> catalog, List<Observation> own,
                                      List<Area> former, List<Observation> figures) {
        if (former.isEmpty()) {
            return List.of();
        }
        List<String> codes = former.stream().map(Area::code).toList();
        boolean communes = former.stream().allMatch(a -> a.level() == AreaLevel.XA);
        boolean villages = former.stream().allMatch(a -> a.level() == AreaLevel.THON);
        String noun = communes ? StoreText.get("predecessorFigures.cacXa") : villages ? StoreText.get("predecessorFigures.cacThon") : StoreText.get("predecessorFigures.cacDonVi");
        return MergedHistory.derive(catalog, area.code(), period, codes, former.stream().map(Area::name).toList(), noun,
                figures, own);
    }
}
