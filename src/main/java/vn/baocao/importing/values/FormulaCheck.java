package vn.baocao.importing.values;

import java.io.File;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.excel.PoiLimits;
import vn.baocao.importing.table.CellReferences;
import vn.baocao.importing.text.ImportText;

/**
 * Re-computes formula cells with POI's FormulaEvaluator on a second, read-only copy of the workbook and compares
 * the result with the cached value the importer uses. A difference is a warning, never a replacement: the cached
 * value is what the colleague saw. Files POI cannot evaluate give "không kiểm tra được".
 */
public final class FormulaCheck {
    /** Outcome for one cell. */
    public record Result(boolean agrees, String note) {
    }

    private FormulaCheck() {
    }

    /**
     * Checks the given cells ("row:column", zero-based) of one sheet against their cached values (already read,
     * as decimals, percent cells as percent). Returns only cells that disagree or could not be checked.
     */
    public static Map<Long, Result> check(File file, String password, int sheetIndex, Map<Long, BigDecimal> cached,
            Map<Long, String> formats) {
        Map<Long, Result> results = new HashMap<>();
        if (cached.isEmpty()) {
            return results;
        }
        PoiLimits.apply();
        try (Workbook workbook = WorkbookFactory.create(file, password, true)) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
            Sheet sheet = workbook.getSheetAt(sheetIndex);
            for (Map.Entry<Long, BigDecimal> e : cached.entrySet()) {
                int row = (int) (e.getKey() >> 20);
                int column = (int) (e.getKey() & 0xFFFFF);
                Row r = sheet.getRow(row);
                Cell cell = r == null ? null : r.getCell(column);
                if (cell == null || cell.getCellType() != CellType.FORMULA) {
                    continue;
                }
                Result result = checkCell(evaluator, cell, e.getValue(), formats.get(e.getKey()));
                if (!result.agrees()) {
                    results.put(e.getKey(), result);
                }
            }
        } catch (Exception | LinkageError e) {
            for (Long key : cached.keySet()) {
                results.put(key, new Result(false, ImportText.get("formulaCheck.congThucKhongKiem")));
            }
        }
        return results;
    }

    public static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    private static Result checkCell(FormulaEvaluator evaluator, Cell cell, BigDecimal cachedValue, String format) {
        String where = CellReferences.of(cell.getRowIndex(), cell.getColumnIndex());
        try {
            org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
            if (v == null) {
                return new Result(false, ImportText.get("formulaCheck.congThucOKhong", where));
            }
            if (v.getCellType() == CellType.ERROR) {
                return new Result(false, ImportText.get("formulaCheck.tinhLaiCongThuc", cell.getCellFormula(), VietnameseNumbers.formatTrimmed(cachedValue, 6, vn.baocao.domain.RoundingPolicy.HALF_UP)));
            }
            if (v.getCellType() != CellType.NUMERIC) {
                return new Result(false, ImportText.get("formulaCheck.tinhLaiCongThuc2", cell.getCellFormula()));
            }
            BigDecimal recomputed = CellValueReader.fromDouble(v.getNumberValue(), format);
            String stored = VietnameseNumbers.formatTrimmed(cachedValue, 6, vn.baocao.domain.RoundingPolicy.HALF_UP);
            String again = VietnameseNumbers.formatTrimmed(recomputed, 6, vn.baocao.domain.RoundingPolicy.HALF_UP);
            if (sameNumber(recomputed, cachedValue) || stored.equals(again)) {
                return new Result(true, ""); // a difference in the last binary digits is not one the clerk can see
            }
            return new Result(false, ImportText.get("formulaCheck.giaTriLuuTrong", stored, cell.getCellFormula(), again));
        } catch (RuntimeException e) { // NotImplementedException among them: a function POI lacks
            return new Result(false, ImportText.get("formulaCheck.congThucKhongKiem2", safeFormula(cell)));
        }
    }

    /** Equal, or equal to 12 significant digits (floating-point noise of a recomputation). */
    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) == 0) {
            return true;
        }
        BigDecimal scale = a.abs().max(b.abs());
        return a.subtract(b).abs().compareTo(scale.multiply(new BigDecimal("1e-12"))) <= 0;
    }

    private static String safeFormula(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return "?";
        }
    }

}
