package vn.baocao.app.imports;

import java.util.List;

/**
 * One row of the sheet as read (text already converted from TCVN3/VNI), for the grid.
 *
 * @param number the row number as Excel shows it (1-based)
 * @param part   whether the row is in the detected header, hidden, or plain
 */
public record SheetRow(int number, List<String> cells, Part part) {
    public enum Part { TITLE, HEADER, DATA, HIDDEN }

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
