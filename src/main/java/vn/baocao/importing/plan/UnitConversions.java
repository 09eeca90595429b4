package vn.baocao.importing.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.importing.mapping.UnitScales;
import vn.baocao.importing.text.ImportText;

/**
 * Puts a row's figures in the catalog's unit when the row is written on another scale of it (its ĐVT "nghìn đồng"
 * for an indicator in "triệu đồng", "‰" for "%"): the matcher accepts such a row, so without this its figures were
 * stored 1 000 or 10 times off. Each conversion is noted on the figure.
 */
final class UnitConversions {
    private final PlanContext ctx;
    /** The factor per row unit and catalog unit: a sheet repeats a few units over thousands of rows. */
    private final Map<String, Optional<BigDecimal>> factors = new HashMap<>();

    UnitConversions(PlanContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Converts one row's figures {@code cells[first..]}: each in the unit its cell wrote ("2,5 tỷ đồng"), else in the
     * row's.
     */
    void convert(String rowUnit, List<PendingCell> cells, int first) {
        String code = null; // a row's cells share their indicator (blocks aside): one look-up per row, not per cell
        BigDecimal rowFactor = null;
        for (int i = first; i < cells.size(); i++) {
            PendingCell p = cells.get(i);
            if (p.value() == null || p.code() == null) {
                continue;
            }
            String cellUnit = p.value().unit();
            if (cellUnit.isEmpty() && rowUnit.isEmpty()) {
                continue;
            }
            BigDecimal factor;
            if (cellUnit.isEmpty()) {
                if (!p.code().equals(code)) {
                    code = p.code();
                    rowFactor = factor(rowUnit, ctx.catalogUnit(code));
                }
                factor = rowFactor;
            } else {
                factor = factor(cellUnit, ctx.catalogUnit(p.code()));
            }
            if (factor != null) {
                String unit = cellUnit.isEmpty() ? rowUnit.strip() : cellUnit.strip();
                BigDecimal converted = p.value().times(factor).value();
                cells.set(i, p.scaled(factor, ImportText.get("unitConversions.daDoi", FigureText.of(p.value().value()), unit,
                        FigureText.of(converted), ctx.catalogUnit(p.code()))));
            }
        }
    }

    private BigDecimal factor(String rowUnit, String catalogUnit) {
        return factors.computeIfAbsent(rowUnit + "\n" + catalogUnit,
                k -> Optional.ofNullable(UnitScales.factor(rowUnit, catalogUnit))).orElse(null);
    }
}
