package vn.baocao.importing.plan;

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
    final List<ColumnPlan> columns = new ArrayList<>();
    private final List<TablePlan> plans = new ArrayList<>();

    private record TablePlan(SheetLayout table, ColumnPlanner planner, Map<Integer, ColumnPlan> columns,
                             Map<Integer, ColumnNumberStyle> styles, Map<String, String> blockLetters) {
    }

    LayoutCells(PlanContext ctx, List<SheetLayout> tables) throws SQLException {
        this.ctx = ctx;
        this.rows = new RowDecider(ctx, tables);
        this.numberStyles = new NumberStyles(ctx);
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
                ColumnNumberStyle style = new ColumnNumberStyle();
                boolean numbers = false;
                for (LayoutRow row : table.dataRows()) {
                    CellData cell = table.cell(row, col);
                    if (!cell.hasNumber()) {
                        style.observe(cell.text());
                    }
                    CellValue.Status status = CellValueReader.read(cell).status();
                    numbers |= status == CellValue.Status.NUMBER || status == CellValue.Status.AMBIGUOUS
                            || cell.errorCode() != null;
                }
                styles.put(col.index(), style);
                ColumnPlan plan = numbers || col.role() != ColumnRole.VALUE ? planner.plan(col)
                        : planner.withoutNumbers(col);
                byIndex.put(col.index(), plan);
                columns.add(plan);
                if (col.block() != null) {
                    blockLetters.putIfAbsent(col.block(), col.letter());
                }
            }
            plans.add(new TablePlan(table, planner, byIndex, styles, blockLetters));
        }
        reserveNewCodes();
    }

    List<NewIndicator> newIndicators() {
        return rows.newIndicators;
    }

    /** Every row (and block) with a number in a column that is not derived, in sheet order. */
    private void reserveNewCodes() {
        for (TablePlan tp : plans) {
            for (LayoutRow row : tp.table().dataRows()) {
                java.util.Set<String> blocksDone = new java.util.HashSet<>();
                for (LayoutColumn col : tp.table().valueColumns()) {
                    String block = col.block() == null ? "" : col.block();
                    if (col.role() == ColumnRole.COMPARISON || blocksDone.contains(block)) {
                        continue;
                    }
                    if (holdsNumber(tp.table().cell(row, col))) {
                        blocksDone.add(block);
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
            for (LayoutRow row : table.dataRows()) {
                for (LayoutColumn lc : table.visibleColumns()) {
                    CellData cell = ctx.sheet.cell(row.index(), lc.index());
                    if (cell.isBlank() || cell.isCoveredByMerge()) {
                        continue;
                    }
                    String ref = ctx.sheetRef + "!" + cell.reference();
                    ColumnPlan col = tp.columns().get(lc.index());
                    if (col == null) {
                        ctx.skip(ref, lc.role() == ColumnRole.STT ? SkipReasons.STT : SkipReasons.LABEL_COLUMN);
                        continue;
                    }
                    if (col.skipped()) {
                        if (cell.errorCode() != null) {
                            ctx.warnings.add(ref + ": ô có lỗi " + cell.errorCode() + " (cột \"" + col.header()
                                    + "\" không được nhập).");
                        }
                        ctx.skip(ref, category(col.reason()));
                        continue;
                    }
                    CellValue value = CellValueReader.read(cell);
                    if (value.status() == CellValue.Status.NO_VALUE) {
                        continue;
                    }
                    if (value.status() == CellValue.Status.ERROR && WRITTEN_CHANGE.matcher(cell.text().strip()).find()) {
                        ctx.warnings.add(ref + ": \"" + cell.text().strip() + "\" là mức tăng, giảm (không phải số liệu "
                                + "của chỉ tiêu), không nhập.");
                        continue;
                    }
                    RowDecision decision = rows.decide(subject(tp, row, col.block()));
                    if (decision.skipped()) {
                        ctx.skip(ref, decision.skipReason());
                        continue;
                    }
                    cells.add(cell(tp, row, col, cell, ref, value, decision));
                }
            }
        }
        return cells;
    }

    private static String category(String columnReason) {
        if (columnReason.equals(ColumnPlanner.DERIVED_REASON)) {
            return SkipReasons.DERIVED;
        }
        if (columnReason.equals("bỏ qua theo lựa chọn")) {
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
            return PendingCell.error(ref, r, cell, col, null, "chưa chọn chỉ tiêu cho dòng " + row.rowNumber()
                    + " \"" + row.name() + "\" (câu hỏi " + decision.questionId() + ")");
        }
        if (col.slot() == null) {
            String id = tp.planner().askColumn(col);
            return PendingCell.error(ref, r, cell, col, decision.code(), "chưa rõ cột " + col.letter()
                    + " chứa số liệu gì (câu hỏi " + id + ")");
        }
        if (col.areaCode() == null) {
            String id = tp.planner().askArea(col);
            return PendingCell.error(ref, r, cell, col, decision.code(), "chưa rõ số liệu của địa bàn nào (câu hỏi "
                    + id + ")");
        }
        if (col.period() == null) {
            String id = tp.planner().askPeriod();
            return PendingCell.error(ref, r, cell, col, decision.code(), "chưa rõ kỳ báo cáo (câu hỏi " + id + ")");
        }
        String unit = row.unit().isEmpty() ? ctx.catalogUnit(decision.code()) : row.unit();
        if (value.status() == CellValue.Status.AMBIGUOUS) {
            return numberStyles.resolve(ref, r, cell, col, decision.code(), value, tp.styles().get(col.index()), unit);
        }
        if (value.status() == CellValue.Status.ERROR && tp.styles().get(col.index()).style()
                == ColumnNumberStyle.Style.ENGLISH && !cell.hasNumber()) {
            CellValue rewritten = CellValueReader.readText(ColumnNumberStyle.toVietnamese(cell.text()));
            if (rewritten.isNumber()) {
                return PendingCell.value(ref, r, cell, col, decision.code(), rewritten,
                        "đọc theo cách viết tiếng Anh như các ô khác của cột " + col.letter());
            }
        }
        if (value.status() == CellValue.Status.ERROR) {
            return PendingCell.error(ref, r, cell, col, decision.code(), value.message());
        }
        return PendingCell.value(ref, r, cell, col, decision.code(), value, decision.note());
    }
}
