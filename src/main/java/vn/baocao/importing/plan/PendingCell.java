package vn.baocao.importing.plan;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.values.CellValue;

/** A value cell with its row's indicator and its column's plan, before it is compared with what is stored. */
record PendingCell(String ref, int row, CellData cell, ColumnPlan column, String code, CellValue value, String error,
                   List<String> notes) {
    static PendingCell value(String ref, int row, CellData cell, ColumnPlan column, String code, CellValue value,
            String note) {
        List<String> notes = new ArrayList<>();
        if (note != null && !note.isEmpty()) {
            notes.add(note);
        }
        return new PendingCell(ref, row, cell, column, code, value, null, notes);
    }

    static PendingCell error(String ref, int row, CellData cell, ColumnPlan column, String code, String error) {
        return new PendingCell(ref, row, cell, column, code, null, error, new ArrayList<>());
    }
}
