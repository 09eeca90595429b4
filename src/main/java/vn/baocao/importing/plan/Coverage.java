package vn.baocao.importing.plan;

import java.util.List;
import java.util.Map;

/**
 * The account of every number of the sheet: each numeric cell (a number, or text that reads as a vi-VN number) is
 * imported (an entry that writes, or one already stored the same), asked (an entry that stops the commit until the
 * clerk answers or resolves it), or skipped with a stated reason. {@code numeric == imported + asked + skipped}.
 *
 * @param reasons      skipped cells counted by reason ("cột so sánh, tăng trưởng (số suy ra)" → 12)
 * @param skippedCells every skipped cell with its reason, in sheet order
 */
public record Coverage(int numeric, int imported, int asked, int skipped, Map<String, Integer> reasons,
                       List<SkippedCell> skippedCells) {
    public Coverage {
        reasons = Map.copyOf(reasons);
        skippedCells = List.copyOf(skippedCells);
    }

    public static Coverage none() {
        return new Coverage(0, 0, 0, 0, Map.of(), List.of());
    }

    /** A numeric cell that is not imported, and why ("'Biểu 01'!A9", "hàng số thứ tự cột"). */
    public record SkippedCell(String cell, String text, String reason) {
    }

    /** Whether the parts add up: nothing was dropped without a line. */
    public boolean addsUp() {
        return numeric == imported + asked + skipped && reasons.values().stream().mapToInt(Integer::intValue).sum() == skipped;
    }
}
