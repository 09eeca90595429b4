package vn.baocao.importing.plan;

import java.util.List;
import java.util.Map;
import vn.baocao.importing.text.ImportText;

/**
 * The account of every number of the sheet: each numeric cell (a number, or text that reads as a vi-VN number) is
 * imported (an entry that writes, or one already stored the same), asked (an entry that stops the commit until the
 * clerk answers or resolves it), or skipped with a stated reason. {@code numeric == imported + asked + skipped}.
 * The cells of a comparison column the import could recompute ("So sánh %" = TH/KH) are imported as written: each is
 * checked against the figures it is computed from and kept on the figure's observation; they are counted in
 * {@code imported} and listed in {@code checkedCells}, those that disagree with a warning.
 *
 * @param reasons      skipped cells counted by reason ("cột so sánh, tăng trưởng (số suy ra)" → 12)
 * @param skippedCells every skipped cell with its reason, in sheet order
 * @param checked      how many of the imported cells are comparison cells checked as written
 * @param checkedCells every checked cell with the outcome of its check, in sheet order
 */
public record Coverage(int numeric, int imported, int asked, int skipped, Map<String, Integer> reasons,
                       List<SkippedCell> skippedCells, int checked, List<CheckedCell> checkedCells) {
    public Coverage {
        reasons = Map.copyOf(reasons);
        skippedCells = List.copyOf(skippedCells);
        checkedCells = List.copyOf(checkedCells);
    }

    public Coverage(int numeric, int imported, int asked, int skipped, Map<String, Integer> reasons,
            List<SkippedCell> skippedCells) {
        this(numeric, imported, asked, skipped, reasons, skippedCells, 0, List.of());
    }

    public static Coverage none() {
        return new Coverage(0, 0, 0, 0, Map.of(), List.of());
    }

    /**
     * A comparison cell checked against the figures it is computed from.
     *
     * @param agrees  whether the written number agrees with the recomputed one
     * @param outcome "tỷ lệ % (ƯTH 2024 / KH 2024): khớp", or what disagrees
     */
    public record CheckedCell(String cell, String text, boolean agrees, String outcome) {
    }

    /** The checked cells counted by outcome wording. */
    public Map<String, Integer> checks() {
        Map<String, Integer> m = new java.util.TreeMap<>();
        checkedCells.forEach(c -> m.merge(c.agrees() ? ImportText.get("coverage.khop") : ImportText.get("coverage.khongKhop"), 1, Integer::sum));
        return m;
    }

    /** A numeric cell that is not imported, and why ("'Biểu 01'!A9", "hàng số thứ tự cột"). */
    public record SkippedCell(String cell, String text, String reason) {
    }

    /** Whether the parts add up: nothing was dropped without a line. */
    public boolean addsUp() {
        return numeric == imported + asked + skipped && checked == checkedCells.size() && checked <= imported
                && reasons.values().stream().mapToInt(Integer::intValue).sum() == skipped;
    }
}
