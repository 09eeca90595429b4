package vn.baocao.importing.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.baocao.domain.FigureKey;

/**
 * Finds, cell after cell, the first cell with the same figure key (indicator, area, period and slot), as
 * {@link FigureKey} compares them. A preview files 100 000 cells: instead of a {@link FigureKey} and a hash map node
 * per cell, hashed and compared field by field while the JIT has not compiled them, each cell gets a number for its
 * indicator and one for its column's area, period and slot (both looked up rarely: a row's cells share the indicator,
 * and a few hundred column plans are met again and again), and the pair is found in a table of longs.
 */
final class FigureGroups {
    private final Map<String, Integer> indicatorIds = new HashMap<>();
    private final Map<FigureKey, Integer> columnIds = new HashMap<>();
    private String lastIndicator;
    private int lastIndicatorId = -1;
    /** The column plan last met at each sheet column, and its number. */
    private ColumnPlan[] planAt = new ColumnPlan[64];
    private int[] columnIdAt = new int[64];
    /** Open addressing: a pair (indicator, column) as a long, and the first cell with it. */
    private final long[] keys;
    private final int[] firsts;
    private final int mask;
    private boolean anyShared;

    /** @param cells how many cells will be filed at most */
    FigureGroups(int cells) {
        int capacity = Integer.highestOneBit(Math.max(4, 2 * cells - 1)) << 1;
        keys = new long[capacity];
        firsts = new int[capacity];
        java.util.Arrays.fill(firsts, -1);
        mask = capacity - 1;
    }

    /** Files cell {@code index} (which has a value) and gives the index of the first cell with its key. */
    int first(PendingCell cell, int index) {
        long key = (long) indicatorId(cell.code()) << 32 | columnId(cell.column());
        int at = (int) mix(key) & mask;
        while (firsts[at] >= 0) {
            if (keys[at] == key) {
                anyShared = true;
                return firsts[at];
            }
            at = (at + 1) & mask;
        }
        keys[at] = key;
        firsts[at] = index;
        return index;
    }

    /** Whether some cell filed so far has the key of an earlier one. */
    boolean anyShared() {
        return anyShared;
    }

    private int indicatorId(String code) {
        if (lastIndicatorId < 0 || !Objects.equals(code, lastIndicator)) {
            Integer id = indicatorIds.get(code);
            if (id == null) {
                id = indicatorIds.size();
                indicatorIds.put(code, id);
            }
            lastIndicator = code;
            lastIndicatorId = id;
        }
        return lastIndicatorId;
    }

    private int columnId(ColumnPlan col) {
        int at = col.index();
        if (at >= 0 && at < planAt.length && planAt[at] == col) {
            return columnIdAt[at];
        }
        FigureKey key = new FigureKey(null, col.areaCode(), col.period(), col.slot().code());
        Integer id = columnIds.get(key);
        if (id == null) {
            id = columnIds.size();
            columnIds.put(key, id);
        }
        if (at >= 0) {
            if (at >= planAt.length) {
                int length = Math.max(at + 1, 2 * planAt.length);
                planAt = java.util.Arrays.copyOf(planAt, length);
                columnIdAt = java.util.Arrays.copyOf(columnIdAt, length);
            }
            planAt[at] = col;
            columnIdAt[at] = id;
        }
        return id;
    }

    /** Spreads the pair's bits over the table (the low bits alone would be the column's number). */
    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
