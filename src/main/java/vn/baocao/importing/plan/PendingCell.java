package vn.baocao.importing.plan;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.values.CellValue;

/**
 * A value cell with its row's indicator and its column's plan, before it is compared with what is stored.
 *
 * @param pctAsWritten    the percent of plan a derived column of the row wrote for this figure ("98,2%"), else null
 * @param changeAsWritten the change on last year a derived column wrote ("tăng 5,2%"), else null
 */
record PendingCell(String ref, int row, CellData cell, ColumnPlan column, String code, CellValue value, String error,
                   List<String> notes, String pctAsWritten, String changeAsWritten) {
    static PendingCell value(String ref, int row, CellData cell, ColumnPlan column, String code, CellValue value,
            String note) {
        List<String> notes = new ArrayList<>();
        if (note != null && !note.isEmpty()) {
            notes.add(note);
        }
        return new PendingCell(ref, row, cell, column, code, value, null, notes, null, null);
    }

    static PendingCell error(String ref, int row, CellData cell, ColumnPlan column, String code, String error) {
        return new PendingCell(ref, row, cell, column, code, null, error, new ArrayList<>(), null, null);
    }

    /** This figure with what a derived column wrote about it; a text already kept is not replaced. */
    PendingCell withAsWritten(String pct, String change) {
        return new PendingCell(ref, row, cell, column, code, value, error, notes,
                pctAsWritten != null ? pctAsWritten : pct, changeAsWritten != null ? changeAsWritten : change);
    }
}
