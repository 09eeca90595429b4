package vn.baocao.importing.plan;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Period;
import vn.baocao.importing.layout.IndicatorTableCheck;
import vn.baocao.importing.layout.SheetLayout;
import vn.baocao.importing.layout.SheetLayoutAnalyzer;
import vn.baocao.importing.mapping.AreaNames;
import vn.baocao.importing.mapping.SheetFingerprint;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SourceFormat;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.importing.template.TemplateCodes;
import vn.baocao.importing.text.ImportText;
import vn.baocao.importing.values.FormulaCheck;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.StoreException;
import vn.baocao.store.StoredFigures;

/**
 * Makes the preview of one sheet: chooses the sheet, plans a BaoCao template ({@link TemplatePlan}) or the tables
 * of an ordinary sheet ({@link LayoutCells}: columns by {@link ColumnPlanner}, rows by {@link RowDecider}), checks
 * formulas, gives every value its status ({@link EntryStatuses}) and accounts for every number
 * ({@link CoverageCounter}). Reads the database, never writes it.
 */
final class ImportPlanner {
    private final Connection c;
    private final WorkbookData workbook;
    private final ImportRequest request;
    private PlanBasis basis;

    ImportPlanner(Connection connection, WorkbookData workbook, ImportRequest request) {
        this.c = connection;
        this.workbook = workbook;
        this.request = request;
    }

    ImportPreview plan() throws SQLException {
        SheetTable sheet = chooseSheet();
        List<Indicator> indicators = new CatalogRepository(c).indicators();
        List<Area> areaList = new AreaRepository(c).all();
        PlanContext ctx = new PlanContext(c, workbook, request, sheet, indicators, new AreaNames(areaList));
        Optional<TemplateCodes> template = TemplateCodes.read(sheet);
        List<ColumnPlan> columns;
        List<PendingCell> cells;
        List<NewIndicator> newIndicators = List.of();
        List<SheetLayout> tables = List.of();
        String fingerprint = "";
        if (template.isPresent()) {
            TemplatePlan tp = new TemplatePlan(ctx, template.get());
            columns = tp.columns;
            cells = tp.cells();
        } else {
            tables = SheetLayoutAnalyzer.analyzeAll(sheet);
            fingerprint = SheetFingerprint.of(tables.get(0));
            ctx.remembered = vn.baocao.importing.mapping.RememberedMapping.load(c, fingerprint);
            String listLabel = IndicatorTableCheck.listLabel(tables.get(0));
            if (listLabel != null) {
                ctx.warnings.add(ImportText.get("importPlanner.trangCuaTepKhong", sheet.name(), workbook.fileName(), listLabel));
                columns = List.of();
                cells = List.of();
                for (var cell : sheet.nonBlankCells()) {
                    ctx.skip(ctx.cellNames.of(cell.row(), cell.column()), SkipReasons.NOT_INDICATOR_TABLE);
                }
            } else {
                LayoutCells lc = new LayoutCells(ctx, tables);
                columns = lc.columns;
                cells = lc.cells();
                newIndicators = lc.newIndicators();
            }
        }
        if (columns.stream().noneMatch(col -> col.slot() != null || col.reason().isEmpty())
                && ctx.warnings.isEmpty()) {
            ctx.warnings.add(ImportText.get("importPlanner.tepTrangKhongCo", workbook.fileName(), sheet.name()));
        }
        if (request.checkFormulas()) {
            checkFormulas(sheet, cells);
        }
        Map<String, Indicator> catalog = ctx.catalog;
        List<ColumnPlan> used = columnsOf(cells);
        Set<String> areaCodes = areas(used);
        Set<Period> periods = periods(used);
        StoredFigures stored = StoredFigures.load(c, areaCodes, periods);
        List<PreviewEntry> entries = new EntryStatuses(request, catalog).decide(cells, stored);
        ctx.warnings.addAll(DoubtfulFigures.warnings(entries, catalog));
        if (template.isPresent()) {
            for (var cell : sheet.nonBlankCells()) {
                ctx.skip(ctx.cellNames.of(cell.row(), cell.column()), SkipReasons.TEMPLATE_UNMAPPED);
            }
        }
        Coverage coverage = CoverageCounter.count(sheet, ctx.sheetRef, tables, cells, entries, ctx.skipped,
                ctx.checked, ctx.waiting);
        basis = new PlanBasis(indicators, areaList, fingerprint, template.isPresent() ? null : ctx.remembered,
                areaCodes, periods, stored, newIndicators.stream().map(NewIndicator::code).toList());
        return new ImportPreview(workbook.fileName(), sheet.name(), workbook.sheetNames(), fingerprint,
                template.isPresent(), ctx.usedRemembered, columns, entries, ctx.questions, newIndicators, ctx.warnings,
                ctx.remembered.merge(ctx.toRemember), coverage);
    }

    /** What {@link #plan()} read from the database; null before it ran. */
    PlanBasis basis() {
        return basis;
    }

    private SheetTable chooseSheet() {
        if (request.sheet() != null) {
            return workbook.sheet(request.sheet()).orElseThrow(() -> new StoreException(ImportText.get("importPlanner.tepKhongCoTrang", workbook.fileName(), request.sheet(), String.join(", ", workbook.sheetNames()))));
        }
        List<SheetTable> visible = workbook.visibleSheets();
        if (visible.size() == 1) {
            return visible.get(0);
        }
        SheetTable list = null;
        for (SheetTable s : visible) {
            if (TemplateCodes.read(s).isPresent()) {
                return s;
            }
            SheetLayout layout = SheetLayoutAnalyzer.analyze(s);
            if (layout.headerFound()) {
                if (IndicatorTableCheck.listLabel(layout) == null) {
                    return s;
                }
                list = list == null ? s : list;
            }
        }
        return list != null ? list : workbook.firstVisibleSheet();
    }

    private void checkFormulas(SheetTable sheet, List<PendingCell> cells) {
        if (workbook.format() != SourceFormat.XLS && workbook.format() != SourceFormat.XLSX) {
            return;
        }
        Map<Long, BigDecimal> cached = new LinkedHashMap<>();
        Map<Long, String> formats = new HashMap<>();
        Map<Long, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            PendingCell p = cells.get(i);
            if (p.cell().formula() != null && p.value() != null && p.cell().hasNumber()) {
                long key = FormulaCheck.key(p.cell().row(), p.cell().column());
                cached.put(key, p.value().value());
                formats.put(key, p.cell().numberFormat());
                indexOf.put(key, i);
            }
        }
        if (cached.isEmpty()) {
            return;
        }
        Map<Long, FormulaCheck.Result> results = FormulaCheck.check(request.file(), request.password(), sheet.index(),
                cached, formats);
        for (Map.Entry<Long, FormulaCheck.Result> e : results.entrySet()) {
            int i = indexOf.get(e.getKey());
            cells.set(i, cells.get(i).withNote(e.getValue().note()));
        }
    }

    /**
     * Distinct areas and periods the cells go to (for reading what is stored), in the order first met. They come
     * from the cells' columns ({@link #columnsOf}), a few hundred shared by 100 000 cells: each is looked at once.
     */
    static Set<String> areas(List<ColumnPlan> columns) {
        Set<String> set = new LinkedHashSet<>();
        for (ColumnPlan col : columns) {
            if (col.areaCode() != null) {
                set.add(col.areaCode());
            }
        }
        return set;
    }

    static Set<Period> periods(List<ColumnPlan> columns) {
        Set<Period> set = new LinkedHashSet<>();
        for (ColumnPlan col : columns) {
            if (col.period() != null) {
                set.add(col.period());
            }
        }
        return set;
    }

    /**
     * The cells' column plans, each once (by identity), in the order first met. The cells run row by row, so their
     * columns alternate: the plan last met at each sheet column is checked before the identity set. Each cell is met
     * in a method of its own: compiled after a few hundred cells, where the loop's own body would stay interpreted
     * until the JIT replaces it mid-loop (tens of thousands of cells later).
     */
    private static List<ColumnPlan> columnsOf(List<PendingCell> cells) {
        ColumnsMet met = new ColumnsMet();
        for (PendingCell p : cells) {
            met.meet(p.column());
        }
        return met.columns;
    }

    /** The column plans met so far, each once, in order. */
    private static final class ColumnsMet {
        private final Set<ColumnPlan> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<ColumnPlan> columns = new ArrayList<>();
        private ColumnPlan[] lastAt = new ColumnPlan[64];

        void meet(ColumnPlan col) {
            int at = col.index();
            if (at >= lastAt.length) {
                lastAt = java.util.Arrays.copyOf(lastAt, Math.max(at + 1, 2 * lastAt.length));
            }
            if (at < 0 || lastAt[at] != col) {
                if (at >= 0) {
                    lastAt[at] = col;
                }
                if (seen.add(col)) {
                    columns.add(col);
                }
            }
        }
    }
}
