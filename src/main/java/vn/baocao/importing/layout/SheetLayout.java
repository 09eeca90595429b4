package vn.baocao.importing.layout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.SheetTable;

/**
 * The structure found in an indicator sheet: title block, header band (with the optional column-number row),
 * column roles with header paths, and data rows with their hierarchy. Hidden rows and columns are kept, marked,
 * and left out of {@link #dataRows()} and {@link #visibleColumns()} by default. Immutable.
 */
public final class SheetLayout {
    private final SheetTable sheet;
    private final TitleInfo title;
    private final int headerFirstRow;
    private final int headerLastRow;
    private final Integer columnNumberRow;
    private final List<LayoutColumn> columns;
    // Kept once: the planner asks for the visible columns and the name column for every cell, and a sheet can have
    // a thousand columns (a per-call filter made a 96 000-value preview twice as slow, issue 17).
    private final List<LayoutColumn> visibleColumns;
    private final java.util.Map<ColumnRole, Optional<LayoutColumn>> firstByRole = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<LayoutRow> rows;
    /** {@link #dataRows()} and {@link #valueColumns()}, made on first use: the preview asks once per column. */
    private List<LayoutRow> visibleRows;
    private List<LayoutColumn> valueColumns;
    private final int titleFirstRow;
    private final int tableEndRow;
    private final java.util.Map<Integer, String> nonDataRows;

    SheetLayout(SheetTable sheet, TitleInfo title, int headerFirstRow, int headerLastRow, Integer columnNumberRow,
            List<LayoutColumn> columns, List<LayoutRow> rows) {
        this(sheet, title, 0, headerFirstRow, headerLastRow, columnNumberRow, columns, rows, sheet.rowCount(),
                java.util.Map.of());
    }

    SheetLayout(SheetTable sheet, TitleInfo title, int titleFirstRow, int headerFirstRow, int headerLastRow,
            Integer columnNumberRow, List<LayoutColumn> columns, List<LayoutRow> rows, int tableEndRow,
            java.util.Map<Integer, String> nonDataRows) {
        this.titleFirstRow = titleFirstRow;
        this.tableEndRow = tableEndRow;
        this.nonDataRows = java.util.Map.copyOf(nonDataRows);
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.title = title;
        this.headerFirstRow = headerFirstRow;
        this.headerLastRow = headerLastRow;
        this.columnNumberRow = columnNumberRow;
        this.columns = List.copyOf(columns);
        this.visibleColumns = this.columns.stream().filter(c -> !c.hidden()).toList();
        this.rows = List.copyOf(rows);
    }

    /** The first row of this table's title block (zero-based): 0, or the end of the table above it. */
    public int titleFirstRow() {
        return titleFirstRow;
    }

    /** The row after this table (zero-based, exclusive): where its footer or the next table starts. */
    public int tableEndRow() {
        return tableEndRow;
    }

    /**
     * Rows between the header and the table's end that are not data, with why: the column-number row, a repeated
     * header, a note, a date or signature line.
     */
    public java.util.Map<Integer, String> nonDataRows() {
        return nonDataRows;
    }

    public SheetTable sheet() {
        return sheet;
    }

    public TitleInfo title() {
        return title;
    }

    public boolean headerFound() {
        return headerFirstRow >= 0;
    }

    /** First header row (zero-based), -1 when no header was found. */
    public int headerFirstRow() {
        return headerFirstRow;
    }

    /** Last header row (zero-based), -1 when no header was found. */
    public int headerLastRow() {
        return headerLastRow;
    }

    public int headerRowCount() {
        return headerFound() ? headerLastRow - headerFirstRow + 1 : 0;
    }

    /** The "A B C 1 2 3" / "(1) (2)" row under the header, if there is one (zero-based). */
    public Optional<Integer> columnNumberRow() {
        return Optional.ofNullable(columnNumberRow);
    }

    /** Every column with a header or data, hidden ones included. */
    public List<LayoutColumn> columns() {
        return columns;
    }

    public List<LayoutColumn> visibleColumns() {
        return visibleColumns;
    }

    public List<LayoutColumn> hiddenColumns() {
        return columns.stream().filter(LayoutColumn::hidden).toList();
    }

    /** Visible columns that hold values (KH, TH, ƯTH, cùng kỳ, so sánh, unrecognised values). */
    public List<LayoutColumn> valueColumns() {
        List<LayoutColumn> value = valueColumns;
        if (value == null) { // racy but harmless: an unmodifiable list, the same each time
            value = visibleColumns().stream().filter(c -> c.role().isValue()).toList();
            valueColumns = value;
        }
        return value;
    }

    /** The first visible column with the role. */
    public Optional<LayoutColumn> column(ColumnRole role) {
        return firstByRole.computeIfAbsent(role, r -> visibleColumns.stream().filter(c -> c.role() == r).findFirst());
    }

    /** All rows of the data block, hidden ones included. */
    public List<LayoutRow> allDataRows() {
        return rows;
    }

    /** The visible data rows: what is imported by default. */
    public List<LayoutRow> dataRows() {
        List<LayoutRow> visible = visibleRows;
        if (visible == null) { // racy but harmless: an unmodifiable list, the same each time
            visible = rows.stream().filter(r -> !r.hidden()).toList();
            visibleRows = visible;
        }
        return visible;
    }

    /** Hidden rows inside the data block: skipped by default, reported to the user. */
    public List<LayoutRow> hiddenDataRows() {
        return rows.stream().filter(LayoutRow::hidden).toList();
    }

    /** The distinct areas named in value-column headers, in column order. */
    public List<String> areas() {
        return valueColumns().stream().map(LayoutColumn::area).filter(Objects::nonNull).distinct().toList();
    }

    /** The distinct years named in value-column headers, in column order. */
    public List<Integer> years() {
        return valueColumns().stream().map(LayoutColumn::year).filter(Objects::nonNull).distinct().toList();
    }

    /** One column group per commune under a merged header, as in a district summary. */
    public boolean isMultiArea() {
        return areas().size() > 1;
    }

    /** Value columns for more than one period (TH 2023 | KH 2024 | ƯTH 2024). */
    public boolean isMultiPeriod() {
        return years().size() > 1;
    }

    /** The cell at a data row and a column. */
    public CellData cell(LayoutRow row, LayoutColumn column) {
        return sheet.cell(row.index(), column.index());
    }
}
