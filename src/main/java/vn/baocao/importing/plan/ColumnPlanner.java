package vn.baocao.importing.plan;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.domain.Area;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.VietnameseText;
import vn.baocao.importing.layout.ColumnRole;
import vn.baocao.importing.layout.LayoutColumn;
import vn.baocao.importing.layout.SheetLayout;
import vn.baocao.importing.layout.TextFolding;
import vn.baocao.importing.mapping.ColumnPeriods;
import vn.baocao.importing.mapping.HeaderPeriods;
import vn.baocao.importing.text.ImportText;
import vn.baocao.store.AreaRepository;

/**
 * Decides each value column of a table: its slot (TH, ƯTH, KH, cùng kỳ) from the clerk's answer, the remembered
 * choice or the header; its area from the header, the request, the answer or the title; its period from the most
 * specific header label, the request or the title. Derived columns (comparison, growth, "4=3/2") are skipped.
 */
final class ColumnPlanner {
    static final String DERIVED_REASON = ImportText.get("columnPlanner.cotSoSanhTang");
    private final PlanContext ctx;
    private final SheetLayout layout;
    private final Period titlePeriod;
    private final String defaultArea;
    /** Header labels folded once: a district summary repeats its commune and month labels in every group. */
    private final java.util.Map<String, String> folded = new java.util.HashMap<>();
    /** The catalog area each area label names (or none), looked up once per label for the same reason. */
    private final java.util.Map<String, java.util.Optional<Area>> foundAreas = new java.util.HashMap<>();
    /** Folded labels read as periods once, for the same reason. */
    private final java.util.Map<String, ColumnPeriods.Reading> labels = new java.util.HashMap<>();

    ColumnPlanner(PlanContext ctx, SheetLayout layout, Period firstTitlePeriod, String firstTitleArea)
            throws SQLException {
        this.ctx = ctx;
        this.layout = layout;
        Period own = layout.title().period() == null ? null : HeaderPeriods.of(layout.title().period());
        this.titlePeriod = own != null ? own : firstTitlePeriod;
        this.defaultArea = defaultArea(layout.title().area() != null ? layout.title().area() : firstTitleArea);
    }

    Period titlePeriod() {
        return titlePeriod;
    }

    private String defaultArea(String titleArea) throws SQLException {
        ImportRequest request = ctx.request;
        if (request.area() != null) {
            Area a = ctx.areaNames.find(request.area());
            String chosen = a != null ? a.code() : new AreaRepository(ctx.connection).require(request.area()).code();
            warnIfTitleSaysOtherwise(titleArea, chosen);
            return chosen;
        }
        String answered = request.answer("dia-ban");
        if (answered != null) {
            Area a = ctx.areaNames.find(answered);
            if (a != null) {
                return a.code();
            }
        }
        Area fromTitle = ctx.areaNames.find(titleArea);
        return fromTitle == null ? null : fromTitle.code();
    }

    /**
     * The clerk's area is for a file that does not say its own: a title naming another area ("Địa bàn: Xã Chế Là"
     * on a sheet imported for Nấm Dẩn, a copy of a neighbour's sheet) is said, once, instead of passing in silence.
     */
    private void warnIfTitleSaysOtherwise(String titleArea, String chosen) {
        Area fromTitle = titleArea == null ? null : ctx.areaNames.find(titleArea);
        if (fromTitle != null && !fromTitle.code().equals(chosen)) {
            String warning = ImportText.get("columnPlanner.tieuDeGhiDiaBan", titleArea, fromTitle.code(), chosen);
            if (!ctx.warnings.contains(warning)) {
                ctx.warnings.add(warning);
            }
        }
    }

    /** The plan of a value column that holds numbers (or whose role is known). */
    ColumnPlan plan(LayoutColumn col) {
        String header = col.headerLabel();
        String remember = ctx.remembered.columns().get(col.letter());
        String answer = ctx.request.answer("cot:" + col.letter());
        ValueSlot slot;
        boolean previousYear = false;
        if (answer != null || (col.role() == ColumnRole.VALUE && remember != null)) {
            String choice = answer != null ? answer : remember;
            ctx.usedRemembered |= answer == null;
            ctx.toRemember.columns().put(col.letter(), choice);
            if (choice.equals(Answers.SKIP)) {
                return skipped(col, ImportText.get("columnPlanner.boQuaTheoLua"));
            }
            previousYear = choice.equals("CUNG_KY");
            slot = previousYear ? ValueSlot.observation(ObservationKind.THUC_HIEN)
                    : ValueSlot.parse(choice, ctx.request.planIssuer());
        } else {
            switch (col.role()) {
                case PLAN -> slot = ValueSlot.target(ctx.request.planIssuer());
                case ACTUAL -> slot = ValueSlot.observation(ObservationKind.THUC_HIEN);
                case ESTIMATE -> slot = ValueSlot.observation(ObservationKind.UOC);
                case SAME_PERIOD -> {
                    slot = ValueSlot.observation(ObservationKind.THUC_HIEN);
                    previousYear = true;
                }
                case COMPARISON -> {
                    return skipped(col, DERIVED_REASON);
                }
                default -> {
                    return new ColumnPlan(col.index(), col.letter(), header, null, null, null, "", col.block());
                }
            }
        }
        ColumnPeriods.Reading reading = ColumnPeriods.read(col.headerPath(),
                label -> folded.computeIfAbsent(label, TextFolding::fold), labels);
        if (reading.unsupported() != null) {
            return skipped(col, ImportText.get("columnPlanner.kyChuaCoTrong", reading.unsupported()));
        }
        String area = columnArea(col);
        Period period = columnPeriod(reading);
        if (period != null && previousYear) {
            period = period.previousYear();
        }
        return new ColumnPlan(col.index(), col.letter(), header, slot, area, period, "", col.block());
    }

    ColumnPlan withoutNumbers(LayoutColumn col) {
        return skipped(col, ImportText.get("columnPlanner.cotKhongCoSo"));
    }

    private ColumnPlan skipped(LayoutColumn col, String reason) {
        return new ColumnPlan(col.index(), col.letter(), col.headerLabel(), null, null, null, reason, col.block());
    }

    private String columnArea(LayoutColumn col) {
        if (col.area() == null) {
            return defaultArea;
        }
        Area a = foundAreas.computeIfAbsent(col.area(), text -> java.util.Optional.ofNullable(ctx.areaNames.find(text)))
                .orElse(null);
        if (a != null) {
            return a.code();
        }
        String answered = ctx.request.answer("dia-ban:" + VietnameseText.codeOf(col.area()));
        Area chosen = answered == null ? null : ctx.areaNames.find(answered);
        return chosen == null ? null : chosen.code();
    }

    private Period columnPeriod(ColumnPeriods.Reading reading) {
        Period request = ctx.request.period();
        if (reading.type() != null) {
            if (reading.type() == vn.baocao.domain.PeriodType.YEAR && reading.year() != null) {
                int y = reading.year();
                // "TH 2025" in a report of 6 tháng đầu năm 2025 is its six months; "KH năm 2025" is the year
                if (!reading.wholeYear() && withinYear(request, y)) {
                    return request;
                }
                if (!reading.wholeYear() && withinYear(titlePeriod, y)) {
                    return titlePeriod;
                }
                return Period.year(y);
            }
            Integer fallbackYear = request != null ? Integer.valueOf(request.year())
                    : titlePeriod != null ? Integer.valueOf(titlePeriod.year()) : answeredYear();
            return reading.resolve(fallbackYear);
        }
        if (request != null) {
            return request;
        }
        if (titlePeriod != null) {
            return titlePeriod;
        }
        return answeredPeriod();
    }

    /** A period inside year {@code y} (a giai đoạn starting in y is not: "TH 2016" under it is the year 2016). */
    private static boolean withinYear(Period p, int y) {
        return p != null && p.year() == y && p.type() != vn.baocao.domain.PeriodType.MULTI_YEAR
                && p.type() != vn.baocao.domain.PeriodType.SCHOOL_YEAR;
    }

    private Period answeredPeriod() {
        String answered = ctx.request.answer("ky");
        if (answered == null) {
            return null;
        }
        try {
            return Period.parse(answered);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Integer answeredYear() {
        Period p = answeredPeriod();
        return p == null ? null : p.year();
    }

    /** The question for a column whose area is not known; its id. */
    String askArea(ColumnPlan col) {
        LayoutColumn lc = layout.columns().stream().filter(x -> x.index() == col.index()).findFirst().orElseThrow();
        String id = lc.area() == null ? "dia-ban" : "dia-ban:" + VietnameseText.codeOf(lc.area());
        String text = lc.area() == null ? ImportText.get("columnPlanner.soLieuTrongTrang2", ctx.sheet.name())
                : ImportText.get("columnPlanner.cotGhiLaDia", col.letter(), lc.area());
        List<ImportQuestion.Choice> choices = new ArrayList<>();
        for (Area a : ctx.areaNames.all()) {
            choices.add(new ImportQuestion.Choice(a.code(), a.name() + " (" + a.code() + ")"));
        }
        ctx.ask(new ImportQuestion(id, ImportQuestion.Kind.AREA, ctx.sheetRef + "!" + col.letter()
                + (layout.headerFirstRow() + 1), text, choices, null, true));
        return id;
    }

    /** The question for a column whose meaning is not known; its id. */
    String askColumn(ColumnPlan col) {
        String id = "cot:" + col.letter();
        ctx.ask(new ImportQuestion(id, ImportQuestion.Kind.COLUMN, ctx.sheetRef + "!" + col.letter()
                + (layout.headerFirstRow() + 1), ImportText.get("columnPlanner.cotChuaSoLieu", col.letter(), col.header()), List.of(new ImportQuestion.Choice("TH", ImportText.get("columnPlanner.thucHien")),
                new ImportQuestion.Choice("UOC", ImportText.get("columnPlanner.uocThucHien")), new ImportQuestion.Choice("KH", ImportText.get("columnPlanner.keHoach")),
                new ImportQuestion.Choice("CUNG_KY", ImportText.get("columnPlanner.thucHienCungKy")),
                new ImportQuestion.Choice(Answers.SKIP, ImportText.get("columnPlanner.khongNhapCotNay"))), Answers.SKIP, false));
        return id;
    }

    /** The question for the period of the sheet; its id. */
    String askPeriod() {
        ctx.ask(new ImportQuestion("ky", ImportQuestion.Kind.PERIOD, ctx.sheetRef, ImportText.get("columnPlanner.soLieuTrongTrang", ctx.sheet.name(), Period.SYNTAX), List.of(), null, true));
        return "ky";
    }
}
