package vn.baocao.importing.layout;

import java.util.List;

/**
 * One column of an indicator sheet.
 *
 * @param index      zero-based column index
 * @param letter     the column letter ("E")
 * @param role       what the column holds
 * @param headerPath the header labels from top to bottom, merged cells filled in, repeats dropped,
 *                   e.g. ["Xã Nấm Dẩn", "TH 2023"]
 * @param area       the area named in the header path (multi-area sheets), e.g. "Xã Nấm Dẩn", else {@code null}
 * @param year       the year named in the header path (e.g. 2023 from "TH 2023"), else {@code null}
 * @param hidden     true when the column is hidden in Excel (skipped by default)
 * @param block      the name of the side-by-side block the column belongs to ("Sản lượng" over its own TH/KH
 *                   columns) when the sheet has several such blocks, else {@code null}
 * @param number     the column's label in the column-number row ("3", "4=3/2"), else ""
 */
public record LayoutColumn(int index, String letter, ColumnRole role, List<String> headerPath, String area,
        Integer year, boolean hidden, String block, String number) {
    public LayoutColumn {
        headerPath = List.copyOf(headerPath);
        number = number == null ? "" : number;
    }

    public LayoutColumn(int index, String letter, ColumnRole role, List<String> headerPath, String area, Integer year,
            boolean hidden) {
        this(index, letter, role, headerPath, area, year, hidden, null, "");
    }

    LayoutColumn withBlock(String name) {
        return new LayoutColumn(index, letter, role, headerPath, area, year, hidden, name, number);
    }

    /** The header path joined for display: "Năm 2024 / Kế hoạch năm". */
    public String headerLabel() {
        return String.join(" / ", headerPath);
    }
}
