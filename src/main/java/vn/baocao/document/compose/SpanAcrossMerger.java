package vn.baocao.document.compose;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.AggregateResult;
import vn.baocao.domain.Area;
import vn.baocao.domain.DerivedFigure;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.SpanRollUp;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.PredecessorFigures;

/**
 * The figures of a span that crosses the merger which formed the area: 9 tháng 2025 of a commune formed on 1/7/2025
 * is its former communes' January to June plus its own July to September, each month once, rolled up like any lũy
 * kế ({@link ReportDataLoader#span}). Without this the span had only the months after the merger, and a change
 * against last year's full nine months was printed from a third of the figure.
 */
final class SpanAcrossMerger {
    private final ObservationRepository observations;
    private final PredecessorFigures history;
    private final Area area;
    private final List<Indicator> catalog;

    SpanAcrossMerger(ObservationRepository observations, PredecessorFigures history, Area area, List<Indicator> catalog) {
        this.observations = observations;
        this.history = history;
        this.area = area;
        this.catalog = catalog;
    }

    /**
     * The area's figures of the period when it crosses the merger; empty when it does not (then the area's own span,
     * or for a period before the merger the former units' aggregate, applies).
     *
     * @param notes receives per indicator how its figure was built, or null
     * @param review receives the parts before the merger where a figure stored on the area differs from its former
     *               units' aggregate, or where the aggregate could not be computed: the data check names them
     */
    Optional<List<Observation>> figures(Period period, Map<String, String> notes, List<DerivedFigure> review)
            throws SQLException {
        Optional<LocalDate> merged = history.mergedWithin(area, period);
        if (merged.isEmpty() || SpanRollUp.allParts(period).isEmpty()) {
            return Optional.empty();
        }
        LocalDate on = merged.get();
        List<Period> parts = SpanRollUp.allParts(period);
        List<Period> before = parts.stream().filter(p -> p.end().isBefore(on)).toList();
        List<Period> own = new ArrayList<>(parts);
        own.add(0, period);
        List<Observation> figures = new ArrayList<>(observations.find(List.of(area.code()), own));
        Map<String, List<Period>> fromFormer = new LinkedHashMap<>();
        String formerUnits = null;
        for (Period part : before) {
            List<Area> former = history.former(area, part);
            if (former.isEmpty()) {
                continue;
            }
            formerUnits = PredecessorFigures.unitsPhrase(former);
            List<Observation> ownOfPart = figures.stream().filter(o -> o.period().equals(part)).toList();
            List<Observation> theirs = observations.find(former.stream().map(Area::code).toList(), List.of(part));
            // Where the clerk also stored a month before the merger on the new unit, that figure wins, as for any
            // period before the merger (MergedHistory): it was entered for this unit on purpose, and a difference
            // from the former units' sum goes to the data check rather than being summed twice.
            for (DerivedFigure d : history.derive(area, part, catalog, ownOfPart, former, theirs)) {
                if (d.derived() && d.sum().status() == AggregateResult.Status.COMPLETE) {
                    figures.add(d.figure());
                    fromFormer.computeIfAbsent(d.indicator().code(), k -> new ArrayList<>()).add(part);
                } else if (d.differs() || d.own() == null) {
                    // A month some former unit lacks is left out, so the span is told as partial, and named here.
                    review.add(d.derived() ? new DerivedFigure(d.indicator(), d.areaCode(), d.period(), d.formerCodes(),
                            d.formerNames(), d.sum(), null, null) : d);
                }
            }
        }
        List<Observation> out = ReportDataLoader.span(List.of(area.code()), period, catalog, notes, figures);
        if (notes != null && formerUnits != null) {
            for (Map.Entry<String, List<Period>> e : fromFormer.entrySet()) {
                if (notes.containsKey(e.getKey())) {
                    notes.put(e.getKey(), withoutStop(notes.get(e.getKey())) + "; " + DocumentText.get(
                            "spanAcrossMerger.truocSapXep", periods(e.getValue()), formerUnits,
                            on.getDayOfMonth() + "/" + on.getMonthValue() + "/" + on.getYear()));
                }
            }
        }
        return Optional.of(out);
    }

    /** "tháng 1, 2, 3 năm 2025": the months when there are any (as the roll-up words them), else the parts. */
    private static String periods(List<Period> parts) {
        List<Period> months = parts.stream().filter(p -> p.type() == vn.baocao.domain.PeriodType.MONTH).toList();
        return SpanRollUp.labels(months.isEmpty() ? parts : months);
    }

    private static String withoutStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
