package vn.baocao.importing.layout;

import java.util.ArrayList;
import java.util.List;
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
        HeaderBand band = HeaderBandDetector.detect(sheet);
        TitleInfo title = TitleBlockReader.read(sheet, band.firstRow() < 0 ? 0 : band.firstRow());
        List<LayoutColumn> columns = columns(sheet, band);
        List<LayoutRow> rows = rows(sheet, band, columns);
        return new SheetLayout(sheet, title, band.firstRow(), band.lastRow(), band.columnNumberRow(), columns, rows);
    }

    private static List<LayoutColumn> columns(SheetTable sheet, HeaderBand band) {
        List<LayoutColumn> columns = new ArrayList<>();
        for (int c = 0; c < sheet.columnCount(); c++) {
            List<String> path = headerPath(sheet, band, c);
            if (path.isEmpty() && !hasData(sheet, band.dataStartRow(), c)) {
                continue;
            }
            ColumnRole role = path.isEmpty() ? ColumnRole.VALUE : ColumnRoleClassifier.classifyPath(path);
            columns.add(new LayoutColumn(c, CellReferences.columnLetters(c), role, path, area(path), year(path),
                    sheet.isColumnHidden(c)));
        }
        return columns;
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

    private static String area(List<String> path) {
        for (String label : path) {
            if (AREA_PREFIX.matcher(TextFolding.fold(label)).matches()) {
                return AUTHORITY.matcher(label).replaceFirst("").trim();
            }
        }
        return null;
    }

    private static Integer year(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Matcher m = YEAR.matcher(path.get(i));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static List<LayoutRow> rows(SheetTable sheet, HeaderBand band, List<LayoutColumn> columns) {
        int sttColumn = columnIndex(columns, ColumnRole.STT);
        int nameColumn = columnIndex(columns, ColumnRole.NAME);
        int unitColumn = columnIndex(columns, ColumnRole.UNIT);
        if (nameColumn < 0) {
            nameColumn = guessNameColumn(sheet, band.dataStartRow(), sttColumn);
        }
        RowHierarchyBuilder hierarchy = new RowHierarchyBuilder();
        List<LayoutRow> rows = new ArrayList<>();
        int blankRun = 0;
        for (int r = band.dataStartRow(); r < sheet.rowCount(); r++) {
            if (sheet.isRowBlank(r)) {
                if (++blankRun >= BLANK_ROWS_ENDING_DATA) {
                    break;
                }
                continue;
            }
            blankRun = 0;
            String rawName = nameColumn < 0 ? "" : sheet.cell(r, nameColumn).text();
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
        return rows;
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
