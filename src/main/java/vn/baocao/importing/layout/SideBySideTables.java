package vn.baocao.importing.layout;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.importing.table.SheetTable;

/**
 * Splits a header band that holds several tables next to each other, each with its own name column (and its own
 * STT and unit): "STT | Chỉ tiêu | ĐVT | TH | KH" twice on one sheet, with or without an empty column between.
 * Each part is its own table. When a title above the header names each part ("Sản lượng" over the first, "Giá trị
 * SX giá 2010" over the second), that title is the part's block: its new indicators carry it ("Lúa - Sản lượng").
 */
final class SideBySideTables {
    /** How far above the header a block title may sit. */
    private static final int TITLE_ROWS = 2;

    private SideBySideTables() {
    }

    /** The columns of each table, left to right; one part when the band has fewer than two name columns. */
    static List<List<LayoutColumn>> split(SheetTable sheet, HeaderBand band, List<LayoutColumn> columns) {
        List<Integer> starts = new ArrayList<>();
        int previousName = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() != ColumnRole.NAME) {
                continue;
            }
            int start = i > 0 && i - 1 > previousName && columns.get(i - 1).role() == ColumnRole.STT ? i - 1 : i;
            starts.add(previousName < 0 ? 0 : start);
            previousName = i;
        }
        if (starts.size() < 2) {
            return List.of(columns);
        }
        List<List<LayoutColumn>> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : columns.size();
            parts.add(new ArrayList<>(columns.subList(starts.get(k), end)));
        }
        return named(sheet, band, parts);
    }

    /** Gives each part the title written above it, when the parts have titles on one row. */
    private static List<List<LayoutColumn>> named(SheetTable sheet, HeaderBand band, List<List<LayoutColumn>> parts) {
        for (int r = band.firstRow() - 1; r >= Math.max(0, band.firstRow() - TITLE_ROWS); r--) {
            List<String> titles = new ArrayList<>();
            int found = 0;
            for (List<LayoutColumn> part : parts) {
                String title = titleOver(sheet, r, part);
                titles.add(title);
                found += title == null ? 0 : 1;
            }
            if (found >= 2) {
                List<List<LayoutColumn>> named = new ArrayList<>();
                for (int k = 0; k < parts.size(); k++) {
                    String title = titles.get(k);
                    List<LayoutColumn> cols = new ArrayList<>();
                    for (LayoutColumn c : parts.get(k)) {
                        cols.add(title != null && c.role().isValue() && c.block() == null ? c.withBlock(title) : c);
                    }
                    named.add(cols);
                }
                return named;
            }
        }
        return parts;
    }

    /** The text written on row {@code r} over the part's first columns (a merged title lends its value). */
    private static String titleOver(SheetTable sheet, int r, List<LayoutColumn> part) {
        int first = part.get(0).index();
        int last = part.get(part.size() - 1).index();
        for (int c = first; c <= last; c++) {
            var cell = sheet.displayedCell(r, c);
            String text = TextFolding.collapseSpaces(cell.text());
            if (!text.isEmpty() && !cell.hasNumber()) {
                var region = sheet.regionAt(r, c);
                if (region != null && region.firstColumn() < first) {
                    return null; // a title over the whole sheet, not over this part
                }
                return text;
            }
        }
        return null;
    }
}
