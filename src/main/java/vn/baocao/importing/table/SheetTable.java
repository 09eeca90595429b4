package vn.baocao.importing.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One sheet as an immutable grid of {@link CellData}. Absent cells read as blank cells that still know whether
 * their row/column is hidden and which merged region covers them.
 */
public final class SheetTable {
    private final String name;
    private final int index;
    private final SheetVisibility visibility;
    private final CellGrid cells;
    private final List<MergedRegion> mergedRegions;
    private final Set<Integer> hiddenRows;
    private final Set<Integer> hiddenColumns;
    private final int rowCount;
    private final int columnCount;

    private SheetTable(Builder builder) {
        this.name = builder.name;
        this.index = builder.index;
        this.visibility = builder.visibility;
        this.mergedRegions = List.copyOf(builder.mergedRegions);
        this.hiddenRows = Collections.unmodifiableSet(new TreeSet<>(builder.hiddenRows));
        this.hiddenColumns = Collections.unmodifiableSet(new TreeSet<>(builder.hiddenColumns));
        this.cells = CellGrid.of(builder.cells, builder.maxRow);
        boolean[] mergedRow = mergedRows(mergedRegions, builder.maxRow);
        int[] extent = {builder.extentRows, builder.extentColumns};
        if (builder.inOrder && !builder.placed && hiddenRows.isEmpty() && hiddenColumns.isEmpty()) {
            // the usual sheet: its extent is known from the builder, and only the cells of rows a merged region
            // touches can change, instead of a pass over every cell while the JIT has not compiled it yet
            cells.forEachInRows(mergedRow, cell -> place(cell, mergedRow));
        } else {
            placeAll(mergedRow, builder.inOrder ? null : extent);
        }
        int rows = extent[0];
        int columns = extent[1];
        for (MergedRegion region : mergedRegions) {
            rows = Math.max(rows, region.lastRow() + 1);
            columns = Math.max(columns, region.lastColumn() + 1);
        }
        this.rowCount = rows;
        this.columnCount = columns;
    }

    /**
     * Places every cell that may need it and, when {@code extent} is given, measures the non-blank cells into it (the
     * builder could not: the cells did not come in order, so a position may have been written twice).
     */
    private void placeAll(boolean[] mergedRow, int[] extent) {
        boolean placing = !hiddenRows.isEmpty() || !hiddenColumns.isEmpty() || mergedRow.length > 0;
        cells.forEach(cell -> {
            // the readers give cells without placement: only a sheet with hidden parts or merges needs copies
            if (placing || cell.hiddenRow() || cell.hiddenColumn() || cell.mergedRegion() != null) {
                place(cell, mergedRow);
            }
            if (extent != null && !cell.isBlank()) {
                extent[0] = Math.max(extent[0], cell.row() + 1);
                extent[1] = Math.max(extent[1], cell.column() + 1);
            }
        });
    }

    private void place(CellData cell, boolean[] mergedRow) {
        // most sheets hide nothing: no boxed look-up per cell then
        boolean hiddenRow = !hiddenRows.isEmpty() && hiddenRows.contains(cell.row());
        boolean hiddenColumn = !hiddenColumns.isEmpty() && hiddenColumns.contains(cell.column());
        MergedRegion region = cell.row() < mergedRow.length && mergedRow[cell.row()]
                ? regionAt(cell.row(), cell.column()) : null;
        // the region is compared by identity: an equal region from elsewhere only makes an equal copy, and the
        // read then never calls a record's equals (its first call links it through method handles, ~15 ms)
        if (hiddenRow != cell.hiddenRow() || hiddenColumn != cell.hiddenColumn() || region != cell.mergedRegion()) {
            cells.replace(cell.withPlacement(hiddenRow, hiddenColumn, region));
        }
    }

    /** Which stored rows (up to {@code maxRow}) a merged region touches; empty when there are no merges. */
    private static boolean[] mergedRows(List<MergedRegion> regions, int maxRow) {
        if (regions.isEmpty()) {
            return new boolean[0];
        }
        boolean[] touched = new boolean[maxRow + 1];
        for (MergedRegion region : regions) {
            for (int r = region.firstRow(); r <= Math.min(region.lastRow(), maxRow); r++) {
                touched[r] = true;
            }
        }
        return touched;
    }

    public static Builder builder(String name, int index) {
        return new Builder(name, index);
    }

    public String name() {
        return name;
    }

    /** Zero-based position of the sheet in the workbook. */
    public int index() {
        return index;
    }

    public SheetVisibility visibility() {
        return visibility;
    }

    public boolean isHidden() {
        return visibility != SheetVisibility.VISIBLE;
    }

    /** One more than the last row holding a non-blank cell or a merged region. */
    public int rowCount() {
        return rowCount;
    }

    /** One more than the last column holding a non-blank cell or a merged region. */
    public int columnCount() {
        return columnCount;
    }

    /** The cell at a zero-based position; a blank cell when nothing is stored there. */
    public CellData cell(int row, int column) {
        CellData cell = cells.get(row, column);
        if (cell != null) {
            return cell;
        }
        return CellData.blank(row, column, hiddenRows.contains(row), hiddenColumns.contains(column),
                regionAt(row, column));
    }

    /** The cell by A1 reference, e.g. "B10". */
    public CellData cell(String reference) {
        int i = 0;
        int column = 0;
        String upper = reference.trim().toUpperCase(java.util.Locale.ROOT);
        while (i < upper.length() && Character.isLetter(upper.charAt(i))) {
            column = column * 26 + (upper.charAt(i) - 'A' + 1);
            i++;
        }
        int row = Integer.parseInt(upper.substring(i)) - 1;
        return cell(row, column - 1);
    }

    /** The value a merged cell shows: the top-left cell of its region, or the cell itself. */
    public CellData displayedCell(int row, int column) {
        MergedRegion region = regionAt(row, column);
        return region == null ? cell(row, column) : cell(region.firstRow(), region.firstColumn());
    }

    /** The row's cells from column 0 to {@link #columnCount()} - 1. */
    public List<CellData> row(int row) {
        List<CellData> result = new ArrayList<>(columnCount);
        for (int c = 0; c < columnCount; c++) {
            result.add(cell(row, c));
        }
        return result;
    }

    /** All stored non-blank cells, row by row. */
    public List<CellData> nonBlankCells() {
        List<CellData> result = new ArrayList<>();
        cells.forEach(cell -> {
            if (!cell.isBlank()) {
                result.add(cell);
            }
        });
        result.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : Integer.compare(a.column(), b.column()));
        return result;
    }

    /** Every stored non-blank cell, in no particular order (cheaper than {@link #nonBlankCells()} on big sheets). */
    public void forEachNonBlank(java.util.function.Consumer<CellData> action) {
        cells.forEach(cell -> {
            if (!cell.isBlank()) {
                action.accept(cell);
            }
        });
    }

    /** Every stored cell, blank-looking ones included (a cell with a style and no value), in no particular order. */
    public void forEachStored(java.util.function.Consumer<CellData> action) {
        cells.forEach(action);
    }

    public boolean isRowBlank(int row) {
        for (int c = 0; c < columnCount; c++) {
            if (!cell(row, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    public List<MergedRegion> mergedRegions() {
        return mergedRegions;
    }

    public MergedRegion regionAt(int row, int column) {
        // by index: asked for every empty position looked at, an iterator each time was garbage
        for (int i = 0; i < mergedRegions.size(); i++) {
            MergedRegion region = mergedRegions.get(i);
            if (region.contains(row, column)) {
                return region;
            }
        }
        return null;
    }

    public Set<Integer> hiddenRows() {
        return hiddenRows;
    }

    public Set<Integer> hiddenColumns() {
        return hiddenColumns;
    }

    public boolean isRowHidden(int row) {
        return hiddenRows.contains(row);
    }

    public boolean isColumnHidden(int column) {
        return hiddenColumns.contains(column);
    }

    /** Number of cells whose text was converted from a legacy encoding. */
    public long convertedCellCount() {
        long[] count = {0};
        cells.forEach(cell -> count[0] += cell.wasConverted() ? 1 : 0);
        return count[0];
    }

    @Override
    public String toString() {
        return "SheetTable[" + name + ", " + rowCount + "x" + columnCount + "]";
    }

    /** Collects cells, merges and hidden rows/columns of one sheet. */
    public static final class Builder {
        private final String name;
        private final int index;
        private SheetVisibility visibility = SheetVisibility.VISIBLE;
        /** In the order added; a later cell at the same position replaces an earlier one. */
        private final List<CellData> cells = new ArrayList<>();
        private int maxRow = -1;
        /**
         * The cells came row by row and left to right, each position once (as the readers give them): then the
         * extent is measured here as they come, and {@link #placed} tells whether any already carries placement.
         */
        private boolean inOrder = true;
        private boolean placed;
        private int lastRow = -1;
        private int lastColumn = -1;
        private int extentRows;
        private int extentColumns;
        private final List<MergedRegion> mergedRegions = new ArrayList<>();
        private final Set<Integer> hiddenRows = new TreeSet<>();
        private final Set<Integer> hiddenColumns = new TreeSet<>();

        private Builder(String name, int index) {
            this.name = Objects.requireNonNull(name, "name");
            this.index = index;
        }

        public Builder visibility(SheetVisibility value) {
            this.visibility = value;
            return this;
        }

        public Builder cell(CellData cell) {
            cells.add(cell);
            maxRow = Math.max(maxRow, cell.row());
            if (inOrder) {
                measure(cell);
            }
            return this;
        }

        private void measure(CellData cell) {
            int row = cell.row();
            int column = cell.column();
            if (row < lastRow || (row == lastRow && column <= lastColumn) || row < 0 || column < 0) {
                inOrder = false;
                return;
            }
            lastRow = row;
            lastColumn = column;
            placed |= cell.hiddenRow() || cell.hiddenColumn() || cell.mergedRegion() != null;
            if (!cell.isBlank()) {
                extentRows = Math.max(extentRows, row + 1);
                extentColumns = Math.max(extentColumns, column + 1);
            }
        }

        public Builder mergedRegion(MergedRegion region) {
            mergedRegions.add(region);
            return this;
        }

        public Builder hiddenRow(int row) {
            hiddenRows.add(row);
            return this;
        }

        public Builder hiddenColumn(int column) {
            hiddenColumns.add(column);
            return this;
        }

        /** Cells added so far (a position written twice counts twice: the readers write each once). */
        public int cellCount() {
            return cells.size();
        }

        public SheetTable build() {
            return new SheetTable(this);
        }
    }
}
