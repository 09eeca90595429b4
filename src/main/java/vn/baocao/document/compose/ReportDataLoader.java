package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.AggregateResult;
import vn.baocao.domain.Aggregator;
import vn.baocao.domain.Area;
import vn.baocao.domain.DerivedFigure;
import vn.baocao.domain.MergedHistory;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorEvaluator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.PeriodPlans;
import vn.baocao.domain.SpanRollUp;
import vn.baocao.domain.Qualifier;
import vn.baocao.domain.Target;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.PredecessorFigures;
import vn.baocao.store.TargetRepository;

/**
 * Loads and evaluates the figures of a report in one read. For an area with communes (a district) it also rolls the
 * communes' figures up by indicator kind ({@link Aggregator#overAreas}), keeps each commune's figure for breakdowns,
 * and compares a district figure entered directly with the sum of its communes.
 */
public final class ReportDataLoader {
    /** When several kinds of figure exist for one area, the most final one counts. */
    private static final List<ObservationKind> PREFERENCE = List.of(ObservationKind.CHINH_THUC,
            ObservationKind.THUC_HIEN, ObservationKind.SO_BO, ObservationKind.UOC);

    private final Database db;

    public ReportDataLoader(Database db) {
        this.db = db;
    }

    public ReportData load(ReportRequest request) {
        return db.read(c -> {
            Area area = new AreaRepository(c).require(request.area());
            Period period = request.period();
            Period previousPeriod = period.previousYear();
            List<Indicator> catalog = new CatalogRepository(c).indicators();
            TargetRepository targetRepo = new TargetRepository(c);
            List<Target> targets = PeriodPlans.forPeriod(period,
                    targetRepo.find(List.of(area.code()), withYear(List.of(period))), catalog, request.proRata());
            Period nextPeriod = nextOf(period);
            List<Target> nextTargets = PeriodPlans.forPeriod(nextPeriod,
                    targetRepo.find(List.of(area.code()), withYear(List.of(nextPeriod))), catalog, request.proRata());
            Map<String, List<String>> citations = targetRepo.sources(area.code(), withYear(List.of(period)));
            ObservationRepository observations = new ObservationRepository(c);
            Map<String, String> spanNotes = new LinkedHashMap<>();
            // A unit formed by a merger: periods before it come from its former units (issue 13), and a span across
            // the merger from theirs before it and its own from it.
            PredecessorFigures history = new PredecessorFigures(c);
            List<DerivedFigure> acrossMerger = new ArrayList<>();
            SpanAcrossMerger across = new SpanAcrossMerger(observations, history, area, catalog);
            List<Observation> current = across.figures(period, spanNotes, acrossMerger).orElse(null);
            if (current == null) {
                current = span(observations, List.of(area.code()), period, catalog, spanNotes);
            }
            List<Observation> previous = across.figures(previousPeriod, null, acrossMerger).orElse(null);
            if (previous == null) {
                previous = span(observations, List.of(area.code()), previousPeriod, catalog, null);
            }
            // Their figures of a span are summed up from their months like the area's own (6 tháng 2025 of a commune
            // formed on 1/7/2025 is its three former communes' January to June).
            List<Area> formerNow = history.former(area, period);
            List<Area> formerBefore = history.former(area, previousPeriod);
            List<DerivedFigure> derived = new ArrayList<>(history.derive(area, period, catalog, current, formerNow,
                    span(observations, formerNow.stream().map(Area::code).toList(), period, catalog, null)));
            derived.addAll(history.derive(area, previousPeriod, catalog, previous, formerBefore,
                    span(observations, formerBefore.stream().map(Area::code).toList(), previousPeriod, catalog, null)));
            derived.addAll(acrossMerger);
            current = new ArrayList<>(MergedHistory.withDerived(current, derived.stream().filter(d -> d.period().equals(period)).toList()));
            previous = new ArrayList<>(MergedHistory.withDerived(previous, derived.stream().filter(d -> d.period().equals(previousPeriod)).toList()));

            java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
            List<Area> communes = new AreaRepository(c).children(area.code()).stream()
                    .filter(a -> a.validOn(period.end())).sorted(Comparator.comparing(Area::name, vietnamese)).toList();
            Map<String, List<AreaFigure>> breakdowns = new LinkedHashMap<>();
            List<DistrictCheck> checks = new ArrayList<>();
            if (!communes.isEmpty()) {
                List<String> codes = communes.stream().map(Area::code).toList();
                List<Observation> communesNow = span(observations, codes, period, catalog, null);
                List<Observation> communesBefore = span(observations, codes, previousPeriod, catalog, null);
                rollUp(request, area, period, catalog, communes, communesNow, current, breakdowns, checks);
                rollUp(request, area, previousPeriod, catalog, communes, communesBefore, previous, null, null);
            }

            IndicatorEvaluator evaluator = new IndicatorEvaluator(request.options());
            List<IndicatorEvaluation> rows = evaluator.evaluate(catalog, request.issuer(), targets, current, previous);
            Map<String, IndicatorEvaluation> byCode = new LinkedHashMap<>(); // catalog order, for `assess`
            rows.forEach(r -> byCode.put(r.indicator().code(), r));
            Map<String, Indicator> catalogByCode = catalog.stream().collect(Collectors.toMap(Indicator::code, i -> i));

            List<IndicatorEvaluation> chosen = new ArrayList<>();
            if (request.indicatorCodes().isEmpty()) {
                rows.stream().filter(IndicatorEvaluation::assigned).forEach(chosen::add);
                if (chosen.isEmpty()) {
                    // No plan for the period: the report still tells the figures it has.
                    rows.stream().filter(r -> r.actual() != null && r.actual().value() != null).forEach(chosen::add);
                }
            } else {
                for (String code : new LinkedHashSet<>(request.indicatorCodes())) {
                    IndicatorEvaluation row = byCode.get(code);
                    if (row == null) {
                        Indicator indicator = catalogByCode.get(code);
                        if (indicator == null) {
                            throw new IllegalArgumentException(DocumentText.get("reportDataLoader.khongCoChiTieu", code));
                        }
                        row = evaluator.evaluate(indicator, request.issuer(), List.of(), null, null);
                    }
                    chosen.add(row);
                }
            }
            Set<String> chosenCodes = chosen.stream().map(r -> r.indicator().code()).collect(Collectors.toSet());
            List<DistrictCheck> relevant = checks.stream().filter(k -> chosenCodes.contains(k.indicatorCode())).toList();
            List<IndicatorEvaluation> next = evaluator.evaluate(catalog, request.issuer(), nextTargets, List.of(), List.of())
                    .stream().filter(IndicatorEvaluation::assigned).toList();
            spanNotes.keySet().retainAll(chosenCodes);
            // The sectors' narratives also tell the other figures of the period (a stored report keeps its chosen codes,
            // so "chosen" cannot mean "leave the rest out of the prose"; the Biểu and section 2 keep to the chosen).
            List<IndicatorEvaluation> context = rows.stream()
                    .filter(r -> !chosenCodes.contains(r.indicator().code()) && r.actual() != null && r.actual().value() != null)
                    .toList();
            return new ReportData(area, period, request.issuer(), request.options(), chosen, byCode,
                    catalogByCode.keySet(), breakdowns, relevant, derived, spanNotes, next, citations,
                    area.parentCode() == null ? null : new AreaRepository(c).find(area.parentCode()).orElse(null), context);
        });
    }

    /** The period a report's Phương hướng is for: the next one; after 9 tháng, the rest of the year (quý IV). */
    static Period nextOf(Period period) {
        return period.type() == vn.baocao.domain.PeriodType.NINE_MONTHS ? Period.quarter(period.year(), 4) : period.next();
    }

    /** The periods to read for a report of {@code periods}: them and, for a shorter period, its year (the year's plan). */
    private static List<Period> withYear(List<Period> periods) {
        List<Period> out = new ArrayList<>(periods);
        for (Period p : periods) {
            Period year = Period.year(p.end().getYear());
            if (!out.contains(year)) {
                out.add(year);
            }
        }
        return out;
    }

    /**
     * The figures of the areas for the period: those stored for it, and where an area has none for an indicator, the
     * lũy kế of the shorter periods stored inside it ({@link SpanRollUp}). {@code notes}, when given, receives per
     * indicator code what a derived figure was built from and what it lacks.
     */
    static List<Observation> span(ObservationRepository repo, List<String> areaCodes, Period period, List<Indicator> catalog,
                                  Map<String, String> notes) throws java.sql.SQLException {
        List<Period> periods = new ArrayList<>(SpanRollUp.allParts(period));
        periods.add(0, period);
        return span(areaCodes, period, catalog, notes, repo.find(areaCodes, periods));
    }

    /** As {@link #span(ObservationRepository, List, Period, List, Map)} from the figures given (the period's and its parts'). */
    static List<Observation> span(List<String> areaCodes, Period period, List<Indicator> catalog, Map<String, String> notes,
                                  List<Observation> all) {
        List<Period> parts = SpanRollUp.allParts(period);
        List<Observation> out = new ArrayList<>();
        Map<String, List<Observation>> byArea = all.stream().collect(Collectors.groupingBy(Observation::areaCode));
        for (String areaCode : areaCodes) {
            List<Observation> its = byArea.getOrDefault(areaCode, List.of());
            Set<String> stored = new java.util.HashSet<>();
            for (Observation o : its) {
                if (o.period().equals(period)) {
                    out.add(o);
                    stored.add(o.indicatorCode());
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            Map<String, List<Observation>> byIndicator = its.stream().filter(o -> !o.period().equals(period))
                    .collect(Collectors.groupingBy(Observation::indicatorCode));
            for (Indicator indicator : catalog) {
                List<Observation> sub = byIndicator.get(indicator.code());
                if (sub == null || stored.contains(indicator.code())) {
                    continue;
                }
                SpanRollUp.of(indicator, areaCode, period, sub).ifPresent(d -> {
                    if (d.figure() != null) {
                        out.add(d.figure());
                    }
                    if (notes != null) {
                        String what = d.figure() == null ? DocumentText.get("reportDataLoader.khongTinhDuocSo", period.label(), d.result().message()) : d.figure().note() + (d.result().message().isBlank() ? "." : "; " + d.result().message());
                        notes.put(indicator.code(), what);
                    }
                });
            }
        }
        return out;
    }

    /**
     * Rolls the communes' figures of one period up into {@code figures} (the area's own figures, changed in place)
     * where the request says so or the area has no figure of its own.
     */
    private static void rollUp(ReportRequest request, Area area, Period period, List<Indicator> catalog, List<Area> communes,
                               List<Observation> communeFigures, List<Observation> figures,
                               Map<String, List<AreaFigure>> breakdowns, List<DistrictCheck> checks) {
        Map<String, List<Observation>> byIndicator = communeFigures.stream()
                .collect(Collectors.groupingBy(Observation::indicatorCode));
        List<String> codes = communes.stream().map(Area::code).toList();
        for (Indicator indicator : catalog) {
            List<Observation> list = byIndicator.get(indicator.code());
            if (list == null || list.isEmpty()) {
                continue;
            }
            List<Observation> onePerArea = onePerArea(list);
            AggregateResult sum = Aggregator.overAreas(indicator, codes, onePerArea);
            Observation own = preferred(figures.stream().filter(o -> o.indicatorCode().equals(indicator.code())).toList());
            boolean summable = indicator.kind() == IndicatorKind.COUNT_FLOW || indicator.kind() == IndicatorKind.COUNT_STOCK
                    || indicator.kind() == IndicatorKind.RATE;
            boolean use = summable && sum.isComputed() && (request.figureSource() == FigureSource.COMMUNE_SUM || own == null);
            if (use) {
                figures.removeIf(o -> o.indicatorCode().equals(indicator.code()));
                boolean estimate = onePerArea.stream().anyMatch(o -> o.kind() == ObservationKind.UOC);
                figures.add(new Observation(indicator.code(), area.code(), period,
                        estimate ? ObservationKind.UOC : ObservationKind.THUC_HIEN, sum.value(), Qualifier.NONE,
                        sum.numerator(), sum.denominator(), null, null, null,
                        DocumentText.get("reportDataLoader.tongHopTuXa", sum.used().size(), codes.size()), DocumentText.get("reportDataLoader.tongHopTuCac")));
            }
            if (checks != null && summable) {
                checks.add(new DistrictCheck(indicator.code(), own == null ? null : own.value(), sum, use));
            }
            if (breakdowns != null) {
                Map<String, Observation> byArea = onePerArea.stream().collect(Collectors.toMap(Observation::areaCode, o -> o));
                List<AreaFigure> parts = new ArrayList<>();
                for (Area commune : communes) {
                    Observation o = byArea.get(commune.code());
                    if (o != null && o.value() != null) {
                        parts.add(new AreaFigure(commune, o));
                    }
                }
                breakdowns.put(indicator.code(), parts);
            }
        }
    }

    private static List<Observation> onePerArea(List<Observation> list) {
        return list.stream().collect(Collectors.groupingBy(Observation::areaCode, LinkedHashMap::new, Collectors.toList()))
                .values().stream().map(ReportDataLoader::preferred).toList();
    }

    static Observation preferred(List<Observation> figures) {
        return figures.stream().min(Comparator.comparingInt(o -> PREFERENCE.indexOf(o.kind()))).orElse(null);
    }
}
