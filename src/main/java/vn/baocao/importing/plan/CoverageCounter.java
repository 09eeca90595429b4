package vn.baocao.importing.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.baocao.domain.NumberParseResult;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.layout.SheetLayout;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellReferences;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.text.ImportText;

/**
 * Makes the {@link Coverage} of a sheet: walks every numeric cell and finds its outcome, from the entries, from the
 * reasons the planner recorded, or from where the cell sits (title, header, column-number row, footer).
 */
final class CoverageCounter {
    /** Never expected: a numeric cell of a data row and value column the planner neither used nor skipped. */
    static final String UNACCOUNTED = ImportText.get("coverageCounter.chuaDuocXetLoi");

    private CoverageCounter() {
    }

    /**
     * @param cells   the planned cells, in the order of {@code entries} (entry i is made from cell i)
     * @param skipped cell reference → why the planner left the numeric cell out
     */
    static Coverage count(SheetTable sheet, String sheetRef, List<SheetLayout> tables, List<PendingCell> cells,
            List<PreviewEntry> entries, Map<String, String> skipped, Map<String, Coverage.CheckedCell> checked,
            java.util.Set<String> waiting) {
        int width = Math.max(1, sheet.columnCount());
        BitSet planned = new BitSet();
        int[] counts = new int[3]; // imported, asked, skipped
        Map<String, Integer> reasons = new TreeMap<>();
        List<CellData> skippedAt = new ArrayList<>();
        List<String> skippedWhy = new ArrayList<>();
        List<CellData> checkedAt = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            // a method per entry: compiled after a few hundred, not interpreted until the loop is replaced
            countPlanned(cells.get(i).cell(), entries.get(i), width, planned, counts, skippedAt, skippedWhy);
        }
        NumericTexts numericTexts = new NumericTexts();
        sheet.forEachNonBlank(cell -> {
            if (cell.isCoveredByMerge() || planned.get(cell.row() * width + cell.column())
                    || !numericTexts.isNumeric(cell)) {
                return;
            }
            String ref = CellReferences.qualified(sheetRef, cell.row(), cell.column());
            if (checked.containsKey(ref)) {
                checkedAt.add(cell);
                return;
            }
            if (waiting.contains(ref)) {
                counts[1]++; // a comparison of a figure that waits for an answer
                return;
            }
            String reason = skipped.get(ref);
            skippedAt.add(cell);
            skippedWhy.add(reason != null ? reason : byPlace(sheet, tables, cell));
        });
        Integer[] order = new Integer[skippedAt.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(key(skippedAt.get(a)), key(skippedAt.get(b))));
        List<Coverage.SkippedCell> skippedCells = new ArrayList<>(order.length);
        for (int i : order) {
            CellData cell = skippedAt.get(i);
            String reason = skippedWhy.get(i);
            reasons.merge(reason, 1, Integer::sum);
            skippedCells.add(new Coverage.SkippedCell(CellReferences.qualified(sheetRef, cell.row(), cell.column()), cell.text(), reason));
        }
        checkedAt.sort((a, b) -> Long.compare(key(a), key(b)));
        List<Coverage.CheckedCell> checkedCells = new ArrayList<>(checkedAt.size());
        for (CellData cell : checkedAt) {
            checkedCells.add(checked.get(CellReferences.qualified(sheetRef, cell.row(), cell.column())));
        }
        int imported = counts[0] + checkedCells.size();
        int asked = counts[1];
        return new Coverage(imported + asked + skippedCells.size(), imported, asked, skippedCells.size(),
                new LinkedHashMap<>(reasons), skippedCells, checkedCells.size(), checkedCells);
    }

    private static void countPlanned(CellData cell, PreviewEntry e, int width, BitSet planned, int[] counts,
            List<CellData> skippedAt, List<String> skippedWhy) {
        if (!isNumeric(cell)) {
            return; // "TRUE", a date: an entry, but not a number
        }
        planned.set(cell.row() * width + cell.column());
        String reason = reasonOf(e);
        if (reason == null) {
            counts[e.stopsCommit() ? 1 : 0]++;
        } else {
            skippedAt.add(cell);
            skippedWhy.add(reason);
        }
    }

    private static long key(CellData c) {
        return ((long) c.row() << 20) | c.column();
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

    /**
     * {@link #isNumeric} of the cells left over, each distinct text read once: a summary repeats the same few header
     * labels ("TH T01/2020") over every commune's columns, and each read runs the vi-VN number parser.
     */
    static final class NumericTexts {
        private final Map<String, Boolean> texts = new java.util.HashMap<>();

        boolean isNumeric(CellData cell) {
            if (cell.errorCode() != null || cell.hasNumber()) {
                return CoverageCounter.isNumeric(cell);
            }
            Boolean known = texts.get(cell.text());
            if (known == null) {
                known = CoverageCounter.isNumeric(cell);
                texts.put(cell.text(), known);
            }
            return known;
        }
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
