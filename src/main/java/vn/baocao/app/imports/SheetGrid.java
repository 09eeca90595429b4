package vn.baocao.app.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.baocao.importing.layout.SheetLayout;
import vn.baocao.importing.layout.SheetLayoutAnalyzer;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellReferences;
import vn.baocao.importing.table.SheetTable;

/** The first rows of a sheet as the grid shows them: column letters, converted text, header and hidden parts. */
public record SheetGrid(List<String> letters, Set<Integer> hiddenColumns, List<SheetRow> rows, int totalRows) {
    /** Enough to recognise the sheet; the dry run covers every row. */
    public static final int MAX_ROWS = 200;
    private static final int MAX_COLUMNS = 40;

    public static SheetGrid of(SheetTable sheet) {
        SheetLayout layout = SheetLayoutAnalyzer.analyze(sheet);
        int columns = Math.min(sheet.columnCount(), MAX_COLUMNS);
        List<String> letters = new ArrayList<>();
        Set<Integer> hidden = new TreeSet<>();
        for (int c = 0; c < columns; c++) {
            letters.add(CellReferences.columnLetters(c));
            if (sheet.isColumnHidden(c)) {
                hidden.add(c);
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        int count = Math.min(sheet.rowCount(), MAX_ROWS);
        for (int r = 0; r < count; r++) {
            List<String> cells = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                CellData cell = sheet.cell(r, c);
                cells.add(cell.isCoveredByMerge() ? "" : cell.text());
            }
            rows.add(new SheetRow(r + 1, cells, part(sheet, layout, r)));
        }
        return new SheetGrid(letters, hidden, rows, sheet.rowCount());
    }

    private static SheetRow.Part part(SheetTable sheet, SheetLayout layout, int row) {
        if (sheet.isRowHidden(row)) {
            return SheetRow.Part.HIDDEN;
        }
        if (layout.headerFound() && row >= layout.headerFirstRow() && row <= layout.headerLastRow()) {
            return SheetRow.Part.HEADER;
        }
        if (layout.headerFound() && row < layout.headerFirstRow()) {
            return SheetRow.Part.TITLE;
        }
        return SheetRow.Part.DATA;
    }

    public static SheetGrid empty() {
        return new SheetGrid(List.of(), Set.of(), List.of(), 0);
    }
}
