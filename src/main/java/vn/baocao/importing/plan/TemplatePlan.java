package vn.baocao.importing.plan;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.baocao.domain.Area;
import vn.baocao.domain.Period;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellReferences;
import vn.baocao.importing.template.TemplateCodes;
import vn.baocao.importing.text.ImportText;
import vn.baocao.importing.values.CellValue;
import vn.baocao.importing.values.ColumnNumberStyle;
import vn.baocao.store.AreaRepository;

/** A BaoCao data-entry template: columns and rows carry their codes, so nothing is matched by name. */
final class TemplatePlan {
    private final PlanContext ctx;
    private final TemplateCodes codes;
    final List<ColumnPlan> columns = new ArrayList<>();

    TemplatePlan(PlanContext ctx, TemplateCodes codes) throws SQLException {
        this.ctx = ctx;
        this.codes = codes;
        for (Map.Entry<Integer, String[]> e : codes.columns().entrySet()) {
            String[] parts = e.getValue();
            String letter = CellReferences.columnLetters(e.getKey());
            String header = String.join("|", parts);
            try {
                String area = new AreaRepository(ctx.connection).find(parts[0]).map(Area::code).orElse(null);
                if (area == null) {
                    columns.add(new ColumnPlan(e.getKey(), letter, header, null, null, null,
                            ImportText.get("templatePlan.maDiaBanKhong", parts[0])));
                    continue;
                }
                columns.add(new ColumnPlan(e.getKey(), letter, header,
                        ValueSlot.parse(parts[2], ctx.request.planIssuer()), area, Period.parse(parts[1]), ""));
            } catch (IllegalArgumentException ex) {
                columns.add(new ColumnPlan(e.getKey(), letter, header, null, null, null, ImportText.get("templatePlan.maCotHong", header)));
            }
        }
    }

    List<PendingCell> cells() {
        List<PendingCell> cells = new ArrayList<>();
        NumberStyles numberStyles = new NumberStyles(ctx);
        for (Map.Entry<Integer, String> row : codes.indicators().entrySet()) {
            int r = row.getKey();
            String code = row.getValue();
            for (ColumnPlan col : columns) {
                CellData cell = ctx.sheet.cell(r, col.index());
                if (cell.isBlank()) {
                    continue;
                }
                String ref = ctx.cellNames.of(cell.row(), cell.column());
                if (ctx.sheet.isRowHidden(r)) {
                    ctx.skip(ref, SkipReasons.HIDDEN_ROW);
                    continue;
                }
                CellValue value = vn.baocao.importing.values.CellValueReader.read(cell);
                if (value.status() == CellValue.Status.NO_VALUE) {
                    continue;
                }
                if (!ctx.catalog.containsKey(code)) {
                    cells.add(PendingCell.error(ref, r, cell, col, code, ImportText.get("templatePlan.maChiTieuKhong", code)));
                } else if (!col.imported()) {
                    cells.add(PendingCell.error(ref, r, cell, col, code, col.reason()));
                } else if (value.status() == CellValue.Status.AMBIGUOUS) {
                    cells.add(numberStyles.resolve(ref, r, cell, col, code, value, new ColumnNumberStyle(), ""));
                } else if (value.status() == CellValue.Status.ERROR) {
                    cells.add(PendingCell.error(ref, r, cell, col, code, value.message()));
                } else {
                    cells.add(PendingCell.value(ref, r, cell, col, code, value, null));
                }
            }
        }
        return cells;
    }
}
