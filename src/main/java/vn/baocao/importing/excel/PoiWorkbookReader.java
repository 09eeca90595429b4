package vn.baocao.importing.excel;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.MergedRegion;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SheetVisibility;
import vn.baocao.importing.table.SourceFormat;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.importing.text.ImportText;

/**
 * Opens .xls and .xlsx (also encrypted ones) with POI from a {@link File}, read-only, and copies every sheet into
 * the neutral table model. Every POI failure becomes a {@link WorkbookReadException} with a Vietnamese message;
 * the POI exception is kept as the cause.
 */
final class PoiWorkbookReader {
    private PoiWorkbookReader() {
    }

    static WorkbookData read(File file, String fileName, String password) throws WorkbookReadException {
        PoiLimits.apply();
        try (Workbook workbook = open(file, fileName, password)) {
            SourceFormat format = workbook instanceof HSSFWorkbook ? SourceFormat.XLS : SourceFormat.XLSX;
            PoiCellReader cellReader = new PoiCellReader(workbook);
            List<SheetTable> sheets = new ArrayList<>();
            int[] cellCount = {0};
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(readSheet(workbook, i, cellReader, fileName, cellCount));
            }
            return new WorkbookData(fileName, format, sheets);
        } catch (IOException e) {
            throw PoiFailures.classify(e, fileName, password);
        }
    }

    private static Workbook open(File file, String fileName, String password) throws WorkbookReadException {
        try {
            return WorkbookFactory.create(file, password, true);
        } catch (EncryptedDocumentException e) {
            if (password == null) {
                throw new PasswordRequiredException(fileName, e);
            }
            throw new WorkbookReadException(ReadProblem.WRONG_PASSWORD, fileName,
                    ReadMessages.wrongPassword(fileName), e);
        } catch (OldExcelFormatException e) {
            throw new WorkbookReadException(ReadProblem.OLD_EXCEL_FORMAT, fileName, ReadMessages.oldExcel(fileName), e);
        } catch (EmptyFileException e) {
            throw new WorkbookReadException(ReadProblem.EMPTY_FILE, fileName, ReadMessages.emptyFile(fileName), e);
        } catch (IOException | RuntimeException e) {
            throw PoiFailures.classify(e, fileName, password);
        }
    }

    private static SheetTable readSheet(Workbook workbook, int index, PoiCellReader cellReader, String fileName,
            int[] cellCount) throws WorkbookReadException {
        Sheet sheet = workbook.getSheetAt(index);
        SheetTable.Builder table = SheetTable.builder(sheet.getSheetName(), index)
                .visibility(switch (workbook.getSheetVisibility(index)) {
                    case HIDDEN -> SheetVisibility.HIDDEN;
                    case VERY_HIDDEN -> SheetVisibility.VERY_HIDDEN;
                    default -> SheetVisibility.VISIBLE;
                });
        int lastColumn = 0;
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            table.mergedRegion(new MergedRegion(range.getFirstRow(), range.getLastRow(),
                    range.getFirstColumn(), range.getLastColumn()));
            lastColumn = Math.max(lastColumn, range.getLastColumn());
        }
        for (Row row : sheet) {
            if (row.getZeroHeight()) {
                table.hiddenRow(row.getRowNum());
            }
            lastColumn = Math.max(lastColumn, row.getLastCellNum());
            for (Cell cell : row) {
                CellData data = readCell(cellReader, cell, fileName, sheet.getSheetName());
                if (data != null) {
                    table.cell(data);
                    if (++cellCount[0] > PoiLimits.MAX_CELLS) {
                        throw new WorkbookReadException(ReadProblem.TOO_LARGE, fileName,
                                ReadMessages.tooLarge(fileName, ImportText.get("poiWorkbookReader.honOCoDu", PoiLimits.MAX_CELLS)), null);
                    }
                }
            }
        }
        for (int c = 0; c <= lastColumn; c++) {
            if (sheet.isColumnHidden(c)) {
                table.hiddenColumn(c);
            }
        }
        return table.build();
    }

    private static CellData readCell(PoiCellReader reader, Cell cell, String fileName, String sheetName)
            throws WorkbookReadException {
        try {
            return reader.read(cell);
        } catch (RuntimeException e) {
            String reference = cell.getAddress().formatAsString();
            throw new WorkbookReadException(ReadProblem.CORRUPT, fileName,
                    ReadMessages.corruptAt(fileName, sheetName, reference), e);
        }
    }
}
