package vn.baocao.importing.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellReferences;
import vn.baocao.importing.table.SheetTable;

/**
 * Finds the structure of an indicator sheet: {@code SheetLayoutAnalyzer.analyze(sheet)}. The result is a proposal;
 * the preview lets the user move the header and data boundaries.
 */
public final class SheetLayoutAnalyzer {
    /** Data ends at the first run of this many blank rows. */
    public static final int BLANK_ROWS_ENDING_DATA = 3;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");
    private static final Pattern AREA_PREFIX = Pattern.compile(
            "^(uy ban nhan dan |ubnd )?(xa|phuong|thi tran|huyen|thi xa|thanh pho|tinh|thon|toan huyen|toan xa|toan tinh)\\b.*");
    private static final Pattern AUTHORITY = Pattern.compile("(?iu)^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\\s+");

    private SheetLayoutAnalyzer() {
    }

    public static SheetLayout analyze(SheetTable sheet) {
        return analyze(sheet, 0);
    }

    /**
     * Every table of the sheet, top to bottom: a table ends at its footer, at three blank rows, or where a further
     * header ("STT | Chỉ tiêu …") starts the next one. Always at least one (perhaps without a header).
     */
    public static List<SheetLayout> analyzeAll(SheetTable sheet) {
        List<SheetLayout> tables = new ArrayList<>();
        List<SheetLayout> side = analyzeSideBySide(sheet, 0);
        tables.addAll(side);
        SheetLayout layout = side.get(0);
        int end = side.stream().mapToInt(SheetLayout::tableEndRow).max().orElse(sheet.rowCount());
        while (layout.headerFound() && end < sheet.rowCount()) {
            List<SheetLayout> next = analyzeSideBySide(sheet, end);
            if (!next.get(0).headerFound() || next.get(0).headerFirstRow() <= layout.headerFirstRow()) {
                break;
            }
            tables.addAll(next);
            layout = next.get(0);
            end = next.stream().mapToInt(SheetLayout::tableEndRow).max().orElse(sheet.rowCount());
        }
        return tables;
    }

    private static SheetLayout analyze(SheetTable sheet, int fromRow) {
        return analyzeSideBySide(sheet, fromRow).get(0);
    }

    /** The table whose header starts at or below {@code fromRow}: one, or one per part of a side-by-side band. */
    private static List<SheetLayout> analyzeSideBySide(SheetTable sheet, int fromRow) {
        HeaderBand band = HeaderBandDetector.detect(sheet, fromRow);
        TitleInfo title = TitleBlockReader.read(sheet, fromRow, band.firstRow() < 0 ? fromRow : band.firstRow());
        List<SheetLayout> parts = new ArrayList<>();
        for (List<LayoutColumn> columns : SideBySideTables.split(sheet, band, columns(sheet, band))) {
            RowScan scan = rows(sheet, band, columns);
            parts.add(new SheetLayout(sheet, title, fromRow, band.firstRow(), band.lastRow(), band.columnNumberRow(),
                    columns, scan.rows, scan.end, scan.nonData));
        }
        return parts;
    }

    private static List<LayoutColumn> columns(SheetTable sheet, HeaderBand band) {
        List<LayoutColumn> columns = new ArrayList<>();
        // a summary repeats the same few header paths over hundreds of columns: each is classified once
        java.util.Map<List<String>, ColumnRole> roles = new java.util.HashMap<>();
        java.util.function.Function<String, ColumnRole> labels = ColumnRoleClassifier.memo();
        // and each label is read for an area and a year once (the same labels over every commune's group)
        java.util.Map<String, java.util.Optional<String>> areas = new java.util.HashMap<>();
        java.util.Map<String, java.util.Optional<Integer>> years = new java.util.HashMap<>();
        for (int c = 0; c < sheet.columnCount(); c++) {
            List<String> path = headerPath(sheet, band, c);
            if (path.isEmpty() && !hasData(sheet, band.dataStartRow(), c)) {
                continue;
            }
            String number = band.columnNumberRow() == null ? ""
                    : TextFolding.collapseSpaces(sheet.cell(band.columnNumberRow(), c).text());
            ColumnRole role = path.isEmpty() ? ColumnRole.VALUE
                    : roles.computeIfAbsent(path, p -> ColumnRoleClassifier.classifyPath(p, labels));
            if (role == ColumnRole.VALUE && path.size() == 1 && ColumnRoleClassifier.isBareYear(path.get(0))
                    && ownHeader(sheet, band, c)) {
                role = ColumnRole.ACTUAL; // "Năm 2015" heading its own column in a summary: the year's figure
            }
            if (role.isValue() && ColumnRoleClassifier.isFormulaLabel(number)) {
                role = ColumnRole.COMPARISON; // "4=3/2": computed from other columns
            }
            columns.add(new LayoutColumn(c, CellReferences.columnLetters(c), role, path, area(path, areas), year(path, years),
                    sheet.isColumnHidden(c), null, number));
        }
        return SideBySideBlocks.name(columns);
    }

    /** Whether the column's top header cell is its own, not a group label spread over several columns. */
    private static boolean ownHeader(SheetTable sheet, HeaderBand band, int column) {
        for (int r = band.firstRow(); r <= band.lastRow(); r++) {
            var region = sheet.regionAt(r, column);
            if (region != null && region.width() > 1) {
                return false;
            }
        }
        return true;
    }

    /** Labels of the band rows for a column: merged cells lend their value, line breaks become spaces. */
    private static List<String> headerPath(SheetTable sheet, HeaderBand band, int column) {
        List<String> path = new ArrayList<>();
        if (band.firstRow() < 0) {
            return path;
        }
        for (int r = band.firstRow(); r <= band.lastRow(); r++) {
            String label = TextFolding.collapseSpaces(sheet.displayedCell(r, column).text());
            if (!label.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(label))) {
                path.add(label);
            }
        }
        return path;
    }

    private static boolean hasData(SheetTable sheet, int fromRow, int column) {
        for (int r = fromRow; r < sheet.rowCount(); r++) {
            if (!sheet.cell(r, column).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The area the first label naming one names, else null; {@code known}: each label's answer so far. */
    private static String area(List<String> path, java.util.Map<String, java.util.Optional<String>> known) {
        for (String label : path) {
            String area = known.computeIfAbsent(label, l -> java.util.Optional.ofNullable(
                    AREA_PREFIX.matcher(TextFolding.fold(l)).matches() ? AUTHORITY.matcher(l).replaceFirst("").trim()
                            : null)).orElse(null);
            if (area != null) {
                return area;
            }
        }
        return null;
    }

    /** The year the last label naming one names, else null; {@code known}: each label's answer so far. */
    private static Integer year(List<String> path, java.util.Map<String, java.util.Optional<Integer>> known) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Integer year = known.computeIfAbsent(path.get(i), l -> {
                Matcher m = YEAR.matcher(l);
                return m.find() ? java.util.Optional.of(Integer.valueOf(m.group(1))) : java.util.Optional.empty();
            }).orElse(null);
            if (year != null) {
                return year;
            }
        }
        return null;
    }

    private record RowScan(List<LayoutRow> rows, int end, Map<Integer, String> nonData) {
    }

    private static RowScan rows(SheetTable sheet, HeaderBand band, List<LayoutColumn> columns) {
        int sttColumn = columnIndex(columns, ColumnRole.STT);
        int nameColumn = columnIndex(columns, ColumnRole.NAME);
        int unitColumn = columnIndex(columns, ColumnRole.UNIT);
        if (nameColumn < 0) {
            nameColumn = guessNameColumn(sheet, band.dataStartRow(), sttColumn);
        }
        RowHierarchyBuilder hierarchy = new RowHierarchyBuilder();
        List<LayoutRow> rows = new ArrayList<>();
        Map<Integer, String> nonData = new LinkedHashMap<>();
        int blankRun = 0;
        int end = sheet.rowCount();
        for (int r = band.dataStartRow(); r < sheet.rowCount(); r++) {
            if (sheet.isRowBlank(r)) {
                if (++blankRun >= BLANK_ROWS_ENDING_DATA) {
                    end = r + 1;
                    break;
                }
                continue;
            }
            blankRun = 0;
            if (band.firstRow() >= 0 && r > band.dataStartRow() && mayStartHeader(sheet, r, sttColumn, nameColumn)
                    && HeaderBandDetector.isStrongAnchor(sheet, r)) {
                end = titleStart(sheet, r, band.dataStartRow()); // the next table: its header and its title lines
                final int cut = end;
                rows.removeIf(x -> x.index() >= cut);
                nonData.keySet().removeIf(x -> x >= cut);
                break;
            }
            if (band.firstRow() >= 0 && RowKinds.isFooter(sheet, r, sttColumn)) {
                end = r;
                break;
            }
            if (HeaderBandDetector.isColumnNumberRow(sheet, r)) {
                nonData.put(r, RowKinds.COLUMN_NUMBERS);
                continue;
            }
            String rawName = nameColumn < 0 ? "" : sheet.cell(r, nameColumn).text();
            if (RowKinds.isNote(rawName)) {
                nonData.put(r, RowKinds.NOTE);
                continue;
            }
            String sttText = sttColumn < 0 ? "" : sheet.cell(r, sttColumn).text().trim();
            SttToken token = SttToken.parse(sttText);
            String name = TextFolding.collapseSpaces(rawName);
            SttToken.NamePrefix prefix = SttToken.splitName(rawName);
            if (prefix != null) {
                token = prefix.token();
                name = TextFolding.collapseSpaces(prefix.rest());
                if (sttText.isEmpty()) {
                    sttText = prefix.token().text();
                }
            }
            int indent = token == null ? leadingSpaces(rawName) : 0;
            RowHierarchyBuilder.Placement placement = hierarchy.place(token, indent, name);
            String unit = unitColumn < 0 ? "" : TextFolding.collapseSpaces(sheet.cell(r, unitColumn).text());
            rows.add(new LayoutRow(r, sttText, name, rawName, unit, placement.level(), placement.path(),
                    sheet.isRowHidden(r)));
        }
        return new RowScan(rows, end, nonData);
    }

    /** A further table's header has a label ("STT", "Chỉ tiêu") where this table has its STT or name. */
    private static boolean mayStartHeader(SheetTable sheet, int row, int sttColumn, int nameColumn) {
        for (int c : new int[] {sttColumn, nameColumn, 0}) {
            if (c >= 0) {
                CellData cell = sheet.cell(row, c);
                if (!cell.hasNumber() && ColumnRoleClassifier.classifyLabel(cell.text()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first of the title lines (text only, no numbers) right above a further table's header row. */
    private static int titleStart(SheetTable sheet, int headerRow, int floor) {
        int start = headerRow;
        for (int r = headerRow - 1; r > floor; r--) {
            if (sheet.isRowBlank(r)) {
                start = r;
                continue;
            }
            boolean numbers = false;
            for (int c = 0; c < sheet.columnCount(); c++) {
                numbers |= sheet.cell(r, c).hasNumber();
            }
            if (numbers || r < headerRow - 3) {
                break;
            }
            start = r;
        }
        return start;
    }

    private static int columnIndex(List<LayoutColumn> columns, ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).mapToInt(LayoutColumn::index).findFirst().orElse(-1);
    }

    /** Without a "Chỉ tiêu" header: the column with the most text cells that are not numbering tokens. */
    private static int guessNameColumn(SheetTable sheet, int fromRow, int sttColumn) {
        int best = -1;
        int bestCount = 0;
        for (int c = 0; c < sheet.columnCount(); c++) {
            if (c == sttColumn) {
                continue;
            }
            int count = 0;
            for (int r = fromRow; r < sheet.rowCount(); r++) {
                CellData cell = sheet.cell(r, c);
                if (!cell.hasNumber() && cell.text().trim().length() > 3 && SttToken.parse(cell.text()) == null) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    private static int leadingSpaces(String text) {
        int n = 0;
        while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\u00A0')) {
            n++;
        }
        return n;
    }
}
