package vn.baocao.importing.plan;

import java.util.List;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.text.ImportText;
import vn.baocao.importing.values.CellValue;
import vn.baocao.importing.values.ColumnNumberStyle;

/**
 * Decides how an ambiguous "1,435" is meant: the clerk's answer for the column, else the remembered choice, else the
 * way the column's other cells are written, else the unit (people and households are whole), else one question
 * per column.
 */
final class NumberStyles {
    private final PlanContext ctx;

    NumberStyles(PlanContext ctx) {
        this.ctx = ctx;
    }

    PendingCell resolve(String ref, int r, CellData cell, ColumnPlan col, String code, CellValue value,
            ColumnNumberStyle style, String unit) {
        String id = "so:" + col.letter();
        String answer = ctx.request.answer(id);
        if (answer == null) {
            answer = ctx.remembered.numberStyles().get(col.letter());
            ctx.usedRemembered |= answer != null;
        }
        if (answer != null) {
            ctx.toRemember.numberStyles().put(col.letter(), answer);
            boolean thousands = answer.equals(Answers.THOUSANDS_COMMA);
            return PendingCell.value(ref, r, cell, col, code, value.resolved(thousands), ImportText.get("numberStyles.docLaTheoLua", cell.text().strip(), (thousands ? ImportText.get("numberStyles.hangNghin") : ImportText.get("numberStyles.soThapPhan")), col.letter()));
        }
        ColumnNumberStyle.Style s = style.style();
        if (s == ColumnNumberStyle.Style.VIETNAMESE || s == ColumnNumberStyle.Style.ENGLISH) {
            boolean thousands = s == ColumnNumberStyle.Style.ENGLISH;
            return PendingCell.value(ref, r, cell, col, code, value.resolved(thousands), ImportText.get("numberStyles.docLaNhuCac", cell.text().strip(), (thousands ? ImportText.get("numberStyles.hangNghin") : ImportText.get("numberStyles.soThapPhan")), col.letter()));
        }
        if (ColumnNumberStyle.isWholeUnit(unit) && value.value().stripTrailingZeros().scale() > 0) {
            return PendingCell.value(ref, r, cell, col, code, value.resolved(true), ImportText.get("numberStyles.docLaHangNghin", cell.text().strip(), unit));
        }
        ctx.ask(new ImportQuestion(id, ImportQuestion.Kind.NUMBER_STYLE, ref, ImportText.get("numberStyles.trongCotDauPhay", value.message(), col.letter()),
                List.of(new ImportQuestion.Choice(Answers.DECIMAL_COMMA, ImportText.get("numberStyles.dauPhayThapPhan", cell.text().strip(), value.value().toPlainString().replace('.', ','))),
                        new ImportQuestion.Choice(Answers.THOUSANDS_COMMA, ImportText.get("numberStyles.dauPhayHangNghin", cell.text().strip(), value.alternative().toPlainString()))), null, false));
        return PendingCell.error(ref, r, cell, col, code, ImportText.get("numberStyles.cauHoi", value.message(), id));
    }
}
