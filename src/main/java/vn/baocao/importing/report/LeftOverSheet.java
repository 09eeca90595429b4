package vn.baocao.importing.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.baocao.importing.plan.Coverage;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.text.ImportText;

/**
 * The third sheet of the problem workbook, {@value #NAME}: the account of every number of the sheet (how many were
 * imported, wait for an answer, are left out) and each number left out with its reason, so that what a commit of
 * the clean part leaves behind is listed, not dropped.
 */
final class LeftOverSheet {
    static final String NAME = ImportText.get("leftOverSheet.soKhongNhap");

    private LeftOverSheet() {
    }

    static void add(XSSFWorkbook wb, ImportPreview preview) {
        Coverage cov = preview.coverage();
        XSSFSheet sheet = wb.createSheet(NAME);
        XSSFCellStyle bold = wb.createCellStyle();
        XSSFFont font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        cell(sheet.createRow(0), 0, ImportText.get("leftOverSheet.trongTrangCoO", cov.numeric(), cov.imported(), cov.asked(), cov.skipped()), bold);
        XSSFRow head = sheet.createRow(2);
        cell(head, 0, ImportText.get("leftOverSheet.o"), bold);
        cell(head, 1, ImportText.get("leftOverSheet.giaTri"), bold);
        cell(head, 2, ImportText.get("leftOverSheet.viSaoKhongNhap"), bold);
        int r = 3;
        for (Coverage.SkippedCell s : cov.skippedCells()) {
            XSSFRow row = sheet.createRow(r++);
            cell(row, 0, s.cell(), null);
            cell(row, 1, s.text(), null);
            cell(row, 2, s.reason(), null);
        }
        sheet.createFreezePane(0, 3);
        if (r > 3) {
            sheet.setAutoFilter(new CellRangeAddress(2, r - 1, 0, 2));
        }
    }

    private static void cell(XSSFRow row, int c, String value, XSSFCellStyle style) {
        var cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
