package vn.baocao.importing.plan;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.domain.Period;
import vn.baocao.importing.layout.ColumnRole;
import vn.baocao.importing.layout.LayoutColumn;
import vn.baocao.importing.layout.LayoutRow;
import vn.baocao.importing.layout.SheetLayout;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.text.ImportText;
import vn.baocao.importing.values.CellValue;
import vn.baocao.importing.values.CellValueReader;
import vn.baocao.importing.values.ColumnNumberStyle;

/**
 * The cells of the tables of an ordinary sheet: each value cell of a data row becomes a pending value (or an error
 * naming its open question), and each numeric cell left out gets its reason in {@link PlanContext#skipped}.
 */
final class LayoutCells {
    /** A target written as a change: "Tăng 11-12%", "Giảm 1,5%", "11-12%". Not a figure of the indicator. */
    private static final java.util.regex.Pattern WRITTEN_CHANGE = java.util.regex.Pattern.compile(
            "(?iu)^(tăng|giảm|tang|giam)\\b.*\\d|^\\d+([.,]\\d+)?\\s*[-–]\\s*\\d+([.,]\\d+)?\\s*%$");
    private final PlanContext ctx;
    private final RowDecider rows;
    private final NumberStyles numberStyles;
    private final UnitConversions units;
    final List<ColumnPlan> columns = new ArrayList<>();
    private final List<TablePlan> plans = new ArrayList<>();

    private record TablePlan(SheetLayout table, ColumnPlanner planner, Map<Integer, ColumnPlan> columns,
                             Map<Integer, ColumnNumberStyle> styles, Map<String, String> blockLetters,
                             Map<Integer, DerivedChecks> derived) {
    }

    LayoutCells(PlanContext ctx, List<SheetLayout> tables) throws SQLException {
        this.ctx = ctx;
        this.rows = new RowDecider(ctx, tables);
        this.numberStyles = new NumberStyles(ctx);
        this.units = new UnitConversions(ctx);
        Period firstPeriod = null;
        String firstArea = null;
        for (SheetLayout table : tables) {
            ColumnPlanner planner = new ColumnPlanner(ctx, table, firstPeriod, firstArea);
            if (firstPeriod == null) {
                firstPeriod = planner.titlePeriod();
                firstArea = table.title().area();
            }
            Map<Integer, ColumnPlan> byIndex = new LinkedHashMap<>();
            Map<Integer, ColumnNumberStyle> styles = new HashMap<>();
            Map<String, String> blockLetters = new HashMap<>();
            for (LayoutColumn col : table.valueColumns()) {
                boolean numbers = holdsNumbers(table, col);
                ColumnPlan plan = numbers || col.role() != ColumnRole.VALUE ? planner.plan(col)
                        : planner.withoutNumbers(col);
                byIndex.put(col.index(), plan);
                columns.add(plan);
                if (col.block() != null) {
                    blockLetters.putIfAbsent(col.block(), col.letter());
                }
            }
            Map<Integer, DerivedChecks> derived = new HashMap<>();
            DerivedColumns.resolve(table, byIndex).forEach((index, formula) -> {
                DerivedChecks checks = new DerivedChecks(formula);
                chooseForm(table, index, checks);
                derived.put(index, checks);
            });
            plans.add(new TablePlan(table, planner, byIndex, styles, blockLetters, derived));
        }
        reserveNewCodes();
    }

    /**
     * Whether the column holds a number (one is enough: the column's other cells are read once, later). A method per
     * column, so that the JIT compiles it early instead of interpreting the long loop over every column's rows.
     */
    private static boolean holdsNumbers(SheetLayout table, LayoutColumn col) {
        for (LayoutRow row : table.dataRows()) {
            CellData cell = table.cell(row, col);
            CellValue.Status status = CellValueReader.read(cell).status();
            if (status == CellValue.Status.NUMBER || status == CellValue.Status.AMBIGUOUS || cell.errorCode() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a value column writes its text numbers, judged from every text cell of its data rows when a cell of the
     * column first needs it: only an ambiguous or unreadable text does, so a column of plain numbers (most of a
     * summary's thousand columns) is never walked for it.
     */
    private static ColumnNumberStyle styleOf(TablePlan tp, int column) {
        ColumnNumberStyle style = tp.styles().get(column);
        if (style == null) {
            style = new ColumnNumberStyle();
            for (LayoutRow row : tp.table().dataRows()) {
                CellData cell = tp.table().sheet().cell(row.index(), column);
                if (!cell.hasNumber()) {
                    style.observe(cell.text());
                }
            }
            tp.styles().put(column, style);
        }
        return style;
    }

    /** Reads the column the way most of its rows agree with (percent, growth, fraction). */
    private static void chooseForm(SheetLayout table, int index, DerivedChecks checks) {
        List<BigDecimal[]> operands = new ArrayList<>();
        List<DerivedChecks.Written> written = new ArrayList<>();
        for (LayoutRow row : table.dataRows()) {
            DerivedChecks.Written w = DerivedChecks.Written.of(table.sheet().cell(row.index(), index));
            BigDecimal l = number(table.sheet().cell(row.index(), checks.formula().left().index()));
            BigDecimal r = number(table.sheet().cell(row.index(), checks.formula().right().index()));
            if (w != null && l != null && r != null) {
                written.add(w);
                operands.add(new BigDecimal[] {l, r});
            }
        }
        checks.chooseForm(operands, written);
    }

    /** The plain number of a cell, null when it holds none (or an ambiguous one). */
    private static BigDecimal number(CellData cell) {
        CellValue v = CellValueReader.read(cell);
        return v.isNumber() ? v.value() : null;
    }

    List<NewIndicator> newIndicators() {
        return rows.newIndicators;
    }

    /** Every row (and block) with a number in a column that is not derived, in sheet order. */
    private void reserveNewCodes() {
        for (TablePlan tp : plans) {
            // the columns that can decide a row's block, in sheet order, each with its block's number: a row stops
            // looking at a block once it has found a number in it, and at the row once every block has one
            List<LayoutColumn> candidates = new ArrayList<>();
            List<Integer> blockOf = new ArrayList<>();
            Map<String, Integer> blockNumbers = new HashMap<>();
            for (LayoutColumn col : tp.table().valueColumns()) {
                if (col.role() == ColumnRole.COMPARISON) {
                    continue;
                }
                String block = col.block() == null ? "" : col.block();
                Integer number = blockNumbers.get(block);
                if (number == null) {
                    number = blockNumbers.size();
                    blockNumbers.put(block, number);
                }
                candidates.add(col);
                blockOf.add(number);
            }
            for (LayoutRow row : tp.table().dataRows()) {
                boolean[] done = new boolean[blockNumbers.size()];
                int left = done.length;
                for (int i = 0; i < candidates.size() && left > 0; i++) {
                    int block = blockOf.get(i);
                    LayoutColumn col = candidates.get(i);
                    if (!done[block] && holdsNumber(tp.table().cell(row, col))) {
                        done[block] = true;
                        left--;
                        rows.prepare(subject(tp, row, col.block()));
                    }
                }
            }
        }
    }

    private static boolean holdsNumber(CellData cell) {
        if (cell.isBlank()) {
            return false;
        }
        if (cell.hasNumber()) {
            return !cell.dateFormatted();
        }
        CellValue.Status status = CellValueReader.read(cell).status();
        return status == CellValue.Status.NUMBER || status == CellValue.Status.AMBIGUOUS;
    }

    private static RowDecider.Subject subject(TablePlan tp, LayoutRow row, String block) {
        return new RowDecider.Subject(tp.table(), row, block, block == null ? null : tp.blockLetters().get(block));
    }

    List<PendingCell> cells() {
        List<PendingCell> cells = new ArrayList<>();
        for (TablePlan tp : plans) {
            SheetLayout table = tp.table();
            List<LayoutColumn> visible = table.visibleColumns();
            // each visible column's plan and whether it is derived, looked up once instead of per cell
            ColumnPlan[] planOf = new ColumnPlan[visible.size()];
            boolean[] derivedAt = new boolean[visible.size()];
            for (int i = 0; i < planOf.length; i++) {
                planOf[i] = tp.columns().get(visible.get(i).index());
                derivedAt[i] = tp.derived().containsKey(visible.get(i).index());
            }
            for (LayoutRow row : table.dataRows()) {
                // where each column's cell went, for the derived columns' checks; none to check, none kept
                Map<Integer, Integer> pendingAt = tp.derived().isEmpty() ? null : new HashMap<>();
                Map<String, RowDecision> decided = new HashMap<>(4); // the row's decision per block, asked per cell
                List<CellData> derivedCells = new ArrayList<>();
                int first = cells.size();
                for (int i = 0; i < planOf.length; i++) {
                    place(tp, row, visible.get(i), planOf[i], derivedAt[i], cells, pendingAt, decided, derivedCells);
                }
                for (CellData cell : derivedCells) {
                    checkDerived(tp, row, cell, cells, pendingAt);
                }
                // after the checks: a difference column is in the row's unit
                units.convert(RowUnits.of(row, table.title()), cells, first);
            }
        }
        return cells;
    }

    /**
     * One cell of a data row: pending, skipped with its reason, or kept for the derived checks. A method of its own
     * so that the JIT compiles it after a few hundred cells instead of interpreting a long loop until it is replaced
     * on the stack (a sheet's 100 000 cells are a single call of {@link #cells()}).
     */
    private void place(TablePlan tp, LayoutRow row, LayoutColumn lc, ColumnPlan col, boolean derived,
            List<PendingCell> cells, Map<Integer, Integer> pendingAt, Map<String, RowDecision> decided,
            List<CellData> derivedCells) {
        CellData cell = ctx.sheet.cell(row.index(), lc.index());
        if (cell.isBlank() || cell.isCoveredByMerge()) {
            return;
        }
        if (derived && cell.errorCode() == null) {
            derivedCells.add(cell); // checked once the row's figures are read
            return;
        }
        String ref = ctx.cellNames.of(cell.row(), cell.column());
        if (col == null) {
            ctx.skip(ref, lc.role() == ColumnRole.STT ? SkipReasons.STT : SkipReasons.LABEL_COLUMN);
            return;
        }
        if (col.skipped()) {
            if (cell.errorCode() != null) {
                ctx.warnings.add(ImportText.get("layoutCells.oCoLoiCot", ref, cell.errorCode(), col.header()));
            }
            ctx.skip(ref, category(col.reason()));
            return;
        }
        CellValue value = CellValueReader.read(cell);
        if (value.status() == CellValue.Status.NO_VALUE) {
            return;
        }
        if (value.status() == CellValue.Status.ERROR && WRITTEN_CHANGE.matcher(cell.text().strip()).find()) {
            ctx.warnings.add(ImportText.get("layoutCells.laMucTangGiam", ref, cell.text().strip()));
            return;
        }
        // get, then put: a capturing lambda per cell costs more than the look-up while the JIT has not compiled it
        String block = col.block() == null ? "" : col.block();
        RowDecision decision = decided.get(block);
        if (decision == null) {
            decision = rows.decide(subject(tp, row, col.block()));
            decided.put(block, decision);
        }
        if (decision.skipped()) {
            ctx.skip(ref, decision.skipReason());
            return;
        }
        if (pendingAt != null) {
            pendingAt.put(lc.index(), cells.size());
        }
        PendingCell placed = cell(tp, row, col, cell, ref, value, decision);
        String spread = cell.isMerged() ? mergedOverFigures(tp, cell, col) : null;
        cells.add(spread == null ? placed : placed.withNote(spread));
    }

    /**
     * A figure merged across other figure columns ("120" over both TH 2024 and KH 2025): the file holds it once, so
     * it is taken for its first column only, and the clerk is told the others got nothing. Null when the merge
     * covers no other figure column.
     */
    private String mergedOverFigures(TablePlan tp, CellData cell, ColumnPlan col) {
        List<String> letters = new ArrayList<>();
        for (int c = cell.mergedRegion().firstColumn() + 1; c <= cell.mergedRegion().lastColumn(); c++) {
            ColumnPlan other = tp.columns().get(c);
            if (other != null && !other.skipped()) {
                letters.add(other.letter());
            }
        }
        return letters.isEmpty() ? null
                : ImportText.get("layoutCells.gopSangCot", String.join(", ", letters), col.letter(), col.header());
    }

    /**
     * A cell of a comparison column: checked against the row's figures it is computed from, the result listed in
     * the coverage (a disagreement also as a warning naming both numbers), and what it says kept as written on the
     * figure's observation ("98,2%" of plan, "tăng 5,2%" on last year).
     */
    private void checkDerived(TablePlan tp, LayoutRow row, CellData cell, List<PendingCell> cells,
            Map<Integer, Integer> pendingAt) {
        String ref = ctx.cellNames.of(cell.row(), cell.column());
        DerivedChecks checks = tp.derived().get(cell.column());
        DerivedColumns.Formula f = checks.formula();
        CellData leftCell = ctx.sheet.cell(row.index(), f.left().index());
        CellData rightCell = ctx.sheet.cell(row.index(), f.right().index());
        Integer at = pendingAt.get(f.left().index());
        PendingCell left = at == null ? null : cells.get(at);
        String leftSkipped = ctx.skipped.get(ctx.cellNames.of(leftCell.row(), leftCell.column()));
        if (left == null && leftSkipped != null) {
            ctx.skip(ref, leftSkipped); // the row (or the figure's column) is left out: so is its comparison
            return;
        }
        DerivedChecks.Written written = DerivedChecks.Written.of(cell);
        BigDecimal l = left != null && left.value() != null ? left.value().value() : number(leftCell);
        Integer rightAt = pendingAt.get(f.right().index());
        PendingCell right = rightAt == null ? null : cells.get(rightAt);
        BigDecimal r = right != null && right.value() != null ? right.value().value() : number(rightCell);
        DerivedChecks.Result result = written == null || l == null || r == null ? null : checks.check(written, l, r);
        if (result == null) {
            ctx.skip(ref, SkipReasons.DERIVED_UNCHECKED);
            return;
        }
        String header = tp.columns().get(cell.column()).header();
        String what = checks.describe();
        Coverage.CheckedCell outcome;
        if (result.agrees()) {
            outcome = new Coverage.CheckedCell(ref, cell.text(), true, ImportText.get("layoutCells.khop", what));
        } else {
            String message = ImportText.get("layoutCells.cotGhiNhungTinh", ref, header, written.shown(), what, result.computedText(), leftCell.reference(), leftCell.text(), rightCell.reference(), rightCell.text());
            ctx.warnings.add(message + ".");
            outcome = new Coverage.CheckedCell(ref, cell.text(), false, ImportText.get("layoutCells.khongKhopTinhLai", what, result.computedText()));
            if (left != null) {
                left = left.withNote(message);
                cells.set(at, left);
            }
        }
        if (left != null && left.value() == null) {
            ctx.waiting.add(ref); // its figure waits for an answer: so does keeping what the comparison wrote
            return;
        }
        ctx.checked.put(ref, outcome);
        if (left != null && left.value() != null && !left.column().slot().isTarget()) {
            vn.baocao.domain.Indicator indicator = left.code() == null ? null : ctx.catalog.get(left.code());
            // a lower-is-better indicator's report computes its percent of plan otherwise (plan / figure, or 100%
            // when met): the sheet's plain TH/KH is checked here but not kept, so the report does not flag it
            String pct = indicator != null && indicator.direction() == vn.baocao.domain.Direction.DOWN ? null
                    : checks.percentOfPlan(written);
            String rowUnit = RowUnits.of(row, tp.table().title());
            cells.set(at, left.withAsWritten(pct, checks.changeOnLastYear(written,
                    rowUnit.isEmpty() && indicator != null ? indicator.unit() : rowUnit)));
        }
    }

    private static String category(String columnReason) {
        if (columnReason.equals(ColumnPlanner.DERIVED_REASON)) {
            return SkipReasons.DERIVED;
        }
        if (columnReason.equals(ImportText.get("columnPlanner.boQuaTheoLua"))) {
            return SkipReasons.COLUMN_CHOSEN;
        }
        if (columnReason.startsWith("kỳ ")) {
            return SkipReasons.NO_PERIOD_TYPE;
        }
        return columnReason;
    }

    private PendingCell cell(TablePlan tp, LayoutRow row, ColumnPlan col, CellData cell, String ref, CellValue value,
            RowDecision decision) {
        int r = row.index();
        if (decision.code() == null) {
            return PendingCell.error(ref, r, cell, col, null, ImportText.get("layoutCells.chuaChonChiTieu", row.rowNumber(), row.name(), decision.questionId()));
        }
        if (col.slot() == null) {
            String id = tp.planner().askColumn(col);
            return PendingCell.error(ref, r, cell, col, decision.code(), ImportText.get("layoutCells.chuaRoCotChua", col.letter(), id));
        }
        if (col.areaCode() == null) {
            String id = tp.planner().askArea(col);
            return PendingCell.error(ref, r, cell, col, decision.code(), ImportText.get("layoutCells.chuaRoSoLieu", id));
        }
        if (col.period() == null) {
            String id = tp.planner().askPeriod();
            return PendingCell.error(ref, r, cell, col, decision.code(), ImportText.get("layoutCells.chuaRoKyBao", id));
        }
        if (value.status() == CellValue.Status.AMBIGUOUS) {
            // the unit only helps to read an ambiguous number: looked up for those cells alone
            String rowUnit = RowUnits.of(row, tp.table().title());
            String unit = rowUnit.isEmpty() ? ctx.catalogUnit(decision.code()) : rowUnit;
            return numberStyles.resolve(ref, r, cell, col, decision.code(), value, styleOf(tp, col.index()), unit);
        }
        if (value.status() == CellValue.Status.ERROR && styleOf(tp, col.index()).style()
                == ColumnNumberStyle.Style.ENGLISH && !cell.hasNumber()) {
            CellValue rewritten = CellValueReader.readText(ColumnNumberStyle.toVietnamese(cell.text()));
            if (rewritten.isNumber()) {
                return PendingCell.value(ref, r, cell, col, decision.code(), rewritten,
                        ImportText.get("layoutCells.docTheoCachViet", col.letter()));
            }
        }
        if (value.status() == CellValue.Status.ERROR) {
            return PendingCell.error(ref, r, cell, col, decision.code(), value.message());
        }
        return PendingCell.value(ref, r, cell, col, decision.code(), value, decision.note());
    }
}
