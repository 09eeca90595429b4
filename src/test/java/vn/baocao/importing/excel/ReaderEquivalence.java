package vn.baocao.importing.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.WorkbookData;

/** Reads one file with the usermodel and the streaming reader and compares everything they give. */
final class ReaderEquivalence {
    private ReaderEquivalence() {
    }

    /** Both readers give the same workbook; the streaming reader must not have fallen back. */
    static WorkbookData assertStreamsIdentically(File file) throws Exception {
        WorkbookData expected = PoiWorkbookReader.read(file, file.getName(), null);
        WorkbookData actual;
        try {
            actual = StreamingXlsxReader.read(file, file.getName());
        } catch (XlsxFallback e) {
            throw new AssertionError(file.getName() + " fell back to the usermodel: " + e.getMessage(), e);
        }
        assertSame(expected, actual);
        return actual;
    }

    /** The streaming reader declines the file, and WorkbookReader then gives the usermodel's result. */
    static String assertFallsBack(File file) throws Exception {
        String reason;
        try {
            StreamingXlsxReader.read(file, file.getName());
            throw new AssertionError(file.getName() + " was expected to fall back");
        } catch (XlsxFallback e) {
            reason = e.getMessage();
        }
        assertSame(PoiWorkbookReader.read(file, file.getName(), null), WorkbookReader.read(file));
        return reason;
    }

    static void assertSame(WorkbookData expected, WorkbookData actual) throws Exception {
        assertThat(actual.fileName()).isEqualTo(expected.fileName());
        assertThat(actual.format()).isEqualTo(expected.format());
        assertThat(actual.sheetNames()).isEqualTo(expected.sheetNames());
        for (int i = 0; i < expected.sheets().size(); i++) {
            assertSameSheet(expected.sheets().get(i), actual.sheets().get(i));
        }
    }

    private static void assertSameSheet(SheetTable expected, SheetTable actual) throws Exception {
        String sheet = "sheet " + expected.name();
        assertThat(actual.index()).as(sheet).isEqualTo(expected.index());
        assertThat(actual.visibility()).as(sheet).isEqualTo(expected.visibility());
        assertThat(actual.mergedRegions()).as(sheet + " merges").isEqualTo(expected.mergedRegions());
        assertThat(actual.hiddenRows()).as(sheet + " hidden rows").isEqualTo(expected.hiddenRows());
        assertThat(actual.hiddenColumns()).as(sheet + " hidden columns").isEqualTo(expected.hiddenColumns());
        assertThat(actual.rowCount()).as(sheet + " rows").isEqualTo(expected.rowCount());
        assertThat(actual.columnCount()).as(sheet + " columns").isEqualTo(expected.columnCount());
        Map<Long, CellData> expectedCells = storedCells(expected);
        Map<Long, CellData> actualCells = storedCells(actual);
        List<String> differences = new ArrayList<>();
        for (Map.Entry<Long, CellData> e : expectedCells.entrySet()) {
            CellData other = actualCells.get(e.getKey());
            if (!Objects.equals(e.getValue(), other)) {
                differences.add("usermodel " + e.getValue() + "\n   stream " + other);
            }
        }
        for (Map.Entry<Long, CellData> e : actualCells.entrySet()) {
            if (!expectedCells.containsKey(e.getKey())) {
                differences.add("only streamed: " + e.getValue());
            }
        }
        if (!differences.isEmpty()) {
            fail(sheet + ": " + differences.size() + " cells differ, first ones:\n"
                    + String.join("\n", differences.subList(0, Math.min(10, differences.size()))));
        }
    }

    /** Every stored cell, blank-looking ones included (SheetTable shows only non-blank ones). */
    private static Map<Long, CellData> storedCells(SheetTable table) {
        Map<Long, CellData> cells = new java.util.HashMap<>();
        table.forEachStored(cell -> cells.put(((long) cell.row() << 20) | cell.column(), cell));
        return cells;
    }
}
