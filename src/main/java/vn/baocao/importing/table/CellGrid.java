package vn.baocao.importing.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where a {@link SheetTable} keeps its stored cells. An ordinary sheet is kept as one array per row, so that the
 * preview's hundreds of thousands of look-ups are two array reads instead of a hash-map probe each (the map's probes
 * were an eighth of the preview, profiled); a sheet whose cells are scattered far apart (a stray cell at XFD1048576)
 * falls back to a map, so that the memory stays in proportion to the cells stored.
 */
abstract class CellGrid {
    /** The stored cell at a position, or {@code null}. */
    abstract CellData get(int row, int column);

    /** Every stored cell, row by row and left to right for the array form. */
    abstract void forEach(Consumer<CellData> action);

    /** The stored cells of the rows marked in {@code rows} (any order for the map form, which looks at all). */
    abstract void forEachInRows(boolean[] rows, Consumer<CellData> action);

    /** Replaces a stored cell by the same cell with other placement flags (same position). */
    abstract void replace(CellData cell);

    /**
     * The grid of cells given in the order they were added; a later cell at the same position replaces an earlier
     * one, as a map would. {@code maxRow}: the largest row of the cells (-1 for none), kept by the builder as they
     * were added.
     */
    static CellGrid of(List<CellData> cells, int maxRow) {
        long budget = 4L * cells.size() + 1024;
        if (maxRow + 1L > budget) {
            return new Sparse(cells);
        }
        int[] lengths = new int[maxRow + 1];
        for (CellData cell : cells) {
            lengths[cell.row()] = Math.max(lengths[cell.row()], cell.column() + 1);
        }
        long slots = 0;
        for (int length : lengths) {
            slots += length;
        }
        if (slots > budget) {
            return new Sparse(cells);
        }
        CellData[][] rows = new CellData[maxRow + 1][];
        for (int r = 0; r <= maxRow; r++) {
            if (lengths[r] > 0) {
                rows[r] = new CellData[lengths[r]];
            }
        }
        for (CellData cell : cells) {
            rows[cell.row()][cell.column()] = cell;
        }
        return new Dense(rows);
    }

    private static final class Dense extends CellGrid {
        private final CellData[][] rows;

        Dense(CellData[][] rows) {
            this.rows = rows;
        }

        @Override
        CellData get(int row, int column) {
            if (row < 0 || row >= rows.length || column < 0) {
                return null;
            }
            CellData[] cells = rows[row];
            return cells == null || column >= cells.length ? null : cells[column];
        }

        @Override
        void forEach(Consumer<CellData> action) {
            for (CellData[] cells : rows) {
                if (cells != null) {
                    for (CellData cell : cells) {
                        if (cell != null) {
                            action.accept(cell);
                        }
                    }
                }
            }
        }

        @Override
        void forEachInRows(boolean[] marked, Consumer<CellData> action) {
            for (int r = 0; r < Math.min(marked.length, rows.length); r++) {
                if (marked[r] && rows[r] != null) {
                    for (CellData cell : rows[r]) {
                        if (cell != null) {
                            action.accept(cell);
                        }
                    }
                }
            }
        }

        @Override
        void replace(CellData cell) {
            rows[cell.row()][cell.column()] = cell;
        }
    }

    private static final class Sparse extends CellGrid {
        private final Map<Long, CellData> cells;

        Sparse(List<CellData> list) {
            cells = new HashMap<>(list.size() * 4 / 3 + 1);
            for (CellData cell : list) {
                cells.put(key(cell.row(), cell.column()), cell);
            }
        }

        @Override
        CellData get(int row, int column) {
            return cells.get(key(row, column));
        }

        @Override
        void forEach(Consumer<CellData> action) {
            cells.values().forEach(action);
        }

        @Override
        void forEachInRows(boolean[] marked, Consumer<CellData> action) {
            cells.values().forEach(cell -> {
                if (cell.row() >= 0 && cell.row() < marked.length && marked[cell.row()]) {
                    action.accept(cell);
                }
            });
        }

        @Override
        void replace(CellData cell) {
            cells.put(key(cell.row(), cell.column()), cell);
        }

        /**
         * {@code (row << 20) | column} alone hashes badly: Long.hashCode xors the two halves, so a sheet of 96 000
         * cells fell into about 2 000 HashMap buckets. Multiplying by an odd constant is a bijection on longs and
         * spreads the bits.
         */
        private static long key(int row, int column) {
            return (((long) row << 20) | column) * 0x9E3779B97F4A7C15L;
        }
    }
}
