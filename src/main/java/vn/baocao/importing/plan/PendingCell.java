package vn.baocao.importing.plan;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.values.CellValue;

/**
 * A value cell with its row's indicator and its column's plan, before it is compared with what is stored.
 * Immutable: a note is added with {@link #withNote}, which gives the cell to put in its place.
 *
 * @param pctAsWritten    the percent of plan a derived column of the row wrote for this figure ("98,2%"), else null
 * @param changeAsWritten the change on last year a derived column wrote ("tăng 5,2%"), else null
 */
record PendingCell(String ref, int row, CellData cell, ColumnPlan column, String code, CellValue value, String error,
                   List<String> notes, String pctAsWritten, String changeAsWritten) {
    static PendingCell value(String ref, int row, CellData cell, ColumnPlan column, String code, CellValue value,
            String note) {
        // most of a sheet's cells have no note: they share the empty list, not a list each
        List<String> notes = note == null || note.isEmpty() ? List.of() : List.of(note);
        return new PendingCell(ref, row, cell, column, code, value, null, notes, null, null);
    }

    static PendingCell error(String ref, int row, CellData cell, ColumnPlan column, String code, String error) {
        return new PendingCell(ref, row, cell, column, code, null, error, List.of(), null, null);
    }

    /** This cell with one more note, after those it has. */
    PendingCell withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new PendingCell(ref, row, cell, column, code, value, error, more, pctAsWritten, changeAsWritten);
    }

    /** This figure multiplied by {@code factor} (its row is written in another unit), with the note saying so. */
    PendingCell scaled(java.math.BigDecimal factor, String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new PendingCell(ref, row, cell, column, code, value.times(factor), error, more, pctAsWritten,
                changeAsWritten);
    }

    /** This figure with what a derived column wrote about it; a text already kept is not replaced. */
    PendingCell withAsWritten(String pct, String change) {
        return new PendingCell(ref, row, cell, column, code, value, error, notes,
                pctAsWritten != null ? pctAsWritten : pct, changeAsWritten != null ? changeAsWritten : change);
    }
}
