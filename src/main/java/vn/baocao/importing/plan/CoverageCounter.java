package vn.baocao.importing.plan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.baocao.domain.NumberParseResult;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.layout.SheetLayout;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.SheetTable;

/**
 * Makes the {@link Coverage} of a sheet: walks every numeric cell and finds its outcome, from the entries, from the
 * reasons the planner recorded, or from where the cell sits (title, header, column-number row, footer).
 */
final class CoverageCounter {
    /** Never expected: a numeric cell of a data row and value column the planner neither used nor skipped. */
    static final String UNACCOUNTED = "chưa được xét (lỗi của chương trình)";

    private CoverageCounter() {
    }

    static Coverage count(SheetTable sheet, String sheetRef, List<SheetLayout> tables, List<PreviewEntry> entries,
            Map<String, String> skipped) {
        Map<String, PreviewEntry> byCell = new HashMap<>(2 * entries.size());
        for (PreviewEntry e : entries) {
            byCell.put(e.cell(), e);
        }
        int numeric = 0;
        int imported = 0;
        int asked = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        List<Coverage.SkippedCell> skippedCells = new java.util.ArrayList<>();
        for (CellData cell : sheet.nonBlankCells()) {
            if (cell.isCoveredByMerge() || !isNumeric(cell)) {
                continue;
            }
            numeric++;
            String ref = sheetRef + "!" + cell.reference();
            PreviewEntry entry = byCell.get(ref);
            String reason;
            if (entry != null) {
                reason = reasonOf(entry);
                if (reason == null) {
                    if (entry.stopsCommit()) {
                        asked++;
                    } else {
                        imported++;
                    }
                    continue;
                }
            } else {
                reason = skipped.get(ref);
                if (reason == null) {
                    reason = byPlace(sheet, tables, cell);
                }
            }
            reasons.merge(reason, 1, Integer::sum);
            skippedCells.add(new Coverage.SkippedCell(ref, cell.text(), reason));
        }
        return new Coverage(numeric, imported, asked, numeric - imported - asked, new LinkedHashMap<>(reasons),
                skippedCells);
    }

    /** Null when the entry imports its value or asks about it; else why it is left. */
    private static String reasonOf(PreviewEntry e) {
        if (e.stopsCommit() || e.write()) {
            return null;
        }
        if (e.status() == EntryStatus.UNCHANGED) {
            return e.message().isEmpty() ? null : SkipReasons.DUPLICATE;
        }
        if (e.status() == EntryStatus.CONFLICT) {
            return SkipReasons.MANUAL_KEPT;
        }
        return SkipReasons.ERRONEOUS_ROW;
    }

    private static String byPlace(SheetTable sheet, List<SheetLayout> tables, CellData cell) {
        int row = cell.row();
        for (SheetLayout t : tables) {
            if (!t.headerFound() || row < t.titleFirstRow() || row >= t.tableEndRow()) {
                continue;
            }
            if (row < t.headerFirstRow()) {
                return SkipReasons.TITLE;
            }
            if (row <= t.headerLastRow()) {
                return SkipReasons.HEADER;
            }
            if (t.columnNumberRow().isPresent() && t.columnNumberRow().get() == row) {
                return SkipReasons.COLUMN_NUMBERS;
            }
            String nonData = t.nonDataRows().get(row);
            if (nonData != null) {
                return nonData.equals(SkipReasons.COLUMN_NUMBERS) ? nonData : SkipReasons.NOTE_ROW;
            }
            if (sheet.isRowHidden(row)) {
                return SkipReasons.HIDDEN_ROW;
            }
            if (sheet.isColumnHidden(cell.column())) {
                return SkipReasons.HIDDEN_COLUMN;
            }
            return UNACCOUNTED;
        }
        SheetLayout first = tables.isEmpty() ? null : tables.get(0);
        if (first != null && first.headerFound() && row < first.headerFirstRow()) {
            return SkipReasons.TITLE;
        }
        return SkipReasons.FOOTER;
    }

    /** A number, or text that reads as one (vi-VN "1.435,5", "125,87%"); dates and errors are not. */
    static boolean isNumeric(CellData cell) {
        if (cell.errorCode() != null) {
            return false;
        }
        if (cell.hasNumber()) {
            return !cell.dateFormatted();
        }
        String text = cell.text();
        if (text == null || text.isBlank() || !hasDigit(text)) {
            return false;
        }
        NumberParseResult r = VietnameseNumbers.parse(text);
        if (r.status() != NumberParseResult.Status.OK && r.status() != NumberParseResult.Status.AMBIGUOUS) {
            return false;
        }
        String unit = r.number().unit() == null ? "" : r.number().unit().strip();
        return unit.length() != 1 || unit.equals("%"); // "6A" is a class, not six of something
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
