package vn.baocao.importing.layout;

import java.util.List;

/**
 * One data row of an indicator sheet.
 *
 * @param index   zero-based row index
 * @param stt     the numbering token as written (STT cell, or the prefix written in the name), else ""
 * @param name    the indicator name without numbering or bullet, spaces collapsed
 * @param rawName the name cell's text as converted (before removing numbering)
 * @param unit    the unit (ĐVT) cell text, else ""
 * @param level   depth in the hierarchy, 1 for the top level
 * @param path    the names from the top-level ancestor down to this row: ["Kinh tế", "Tổng giá trị sản xuất"]
 * @param hidden  true when the row is hidden in Excel (skipped by default)
 */
public record LayoutRow(int index, String stt, String name, String rawName, String unit, int level,
        List<String> path, boolean hidden) {
    public LayoutRow {
        path = List.copyOf(path);
    }

    /** The Excel row number shown to the user (1-based). */
    public int rowNumber() {
        return index + 1;
    }
}
