package vn.baocao.importing.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.files.OutputKind;
import vn.baocao.files.SafeFileWriter;
import vn.baocao.importing.text.ImportText;

/**
 * Writes a data-entry workbook (.xlsx) for chosen areas, one period and chosen indicators: Vietnamese title rows,
 * a header band (STT | Chỉ tiêu | Đơn vị tính | per area: Kế hoạch, Thực hiện), the indicator codes in hidden
 * column A and the area|period|slot codes in a hidden row, so that a filled copy re-imports with no questions.
 * The sheet is protected with only the value cells unlocked.
 *
 * <p>Number formats: Excel stores format codes locale-neutrally ("#,##0" means "group thousands") and each PC
 * displays them with its own separators, so on the clerks' Vietnamese Windows "#,##0.00" shows 8.599,38. A format
 * with a literal "." would show dots on any PC but cannot place decimals or the minus sign correctly, so the
 * standard codes are used: {@code #,##0} for whole-number indicators, {@code #,##0.00} (up to the indicator's
 * decimals) for the others.
 */
public final class TemplateExporter {
    /** Columns per area: plan, then actual. */
    static final List<String> SLOTS = List.of("KH", "TH");
    private static final int FIRST_VALUE_COLUMN = 4;

    private TemplateExporter() {
    }

    /** What to export. */
    public record Request(List<Area> areas, Period period, List<Indicator> indicators, Issuer planIssuer,
                          String agency) {
        public Request {
            areas = List.copyOf(areas);
            indicators = List.copyOf(indicators);
            planIssuer = planIssuer == null ? Issuer.NQ_HDND : planIssuer;
        }
    }

    /**
     * Writes the workbook through {@link SafeFileWriter} (temporary file, then one move); a failure to write is a
     * {@link vn.baocao.files.FileWriteException} whose message is the Vietnamese sentence naming the file.
     */
    public static void export(Request request, Path out) throws IOException {
        try (XSSFWorkbook wb = build(request)) {
            SafeFileWriter.write(out, OutputKind.ENTRY_TEMPLATE, wb::write);
        }
    }

    static XSSFWorkbook build(Request request) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        XSSFSheet sheet = wb.createSheet(ImportText.get("templateExporter.nhapSoLieu"));
        int lastColumn = FIRST_VALUE_COLUMN + request.areas().size() * SLOTS.size() - 1;

        title(sheet, 0, ImportText.get("templateExporter.bieuNhapSoLieu", (request.agency() == null ? "" : request.agency().toUpperCase(java.util.Locale.forLanguageTag("vi"))
                + " - ")), styles.title, lastColumn);
        title(sheet, 1, ImportText.get("templateExporter.kyBaoCao", request.period().label()), styles.subtitle, lastColumn);
        title(sheet, 2, ImportText.get("templateExporter.chiNhapSoVao"), styles.note, lastColumn);

        XSSFRow codes = sheet.createRow(3);
        codes.setZeroHeight(true);
        codes.createCell(0).setCellValue(TemplateCodes.MARKER);

        XSSFRow areaRow = sheet.createRow(4);
        XSSFRow slotRow = sheet.createRow(5);
        String[] fixed = {"Mã", "STT", "Chỉ tiêu", "Đơn vị tính"};
        for (int c = 0; c < fixed.length; c++) {
            header(areaRow, c, fixed[c], styles.header);
            header(slotRow, c, "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(4, 5, c, c));
        }
        int col = FIRST_VALUE_COLUMN;
        for (Area area : request.areas()) {
            header(areaRow, col, area.level().label().substring(0, 1).toUpperCase() + area.level().label().substring(1)
                    + " " + area.name(), styles.header);
            header(areaRow, col + 1, "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(4, 4, col, col + SLOTS.size() - 1));
            for (String slot : SLOTS) {
                String label = slot.equals("KH") ? ImportText.get("templateExporter.keHoach", request.period().label())
                        : ImportText.get("templateExporter.thucHien", request.period().label());
                header(slotRow, col, label, styles.header);
                String slotCode = slot.equals("KH") ? "KH:" + request.planIssuer().name() : "TH";
                codes.createCell(col).setCellValue(area.code() + "|" + request.period().code() + "|" + slotCode);
                sheet.setColumnWidth(col, 16 * 256);
                col++;
            }
        }
        int r = 6;
        int stt = 1;
        for (Indicator indicator : request.indicators()) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(indicator.code());
            XSSFCell number = row.createCell(1);
            number.setCellValue(stt++);
            number.setCellStyle(styles.fixedCenter);
            XSSFCell name = row.createCell(2);
            name.setCellValue(indicator.name());
            name.setCellStyle(styles.fixed);
            XSSFCell unit = row.createCell(3);
            unit.setCellValue(indicator.unit());
            unit.setCellStyle(styles.fixedCenter);
            CellStyle valueStyle = indicator.decimals() == 0 && !indicator.isRate() ? styles.whole : styles.decimal;
            for (int c = FIRST_VALUE_COLUMN; c <= lastColumn; c++) {
                row.createCell(c).setCellStyle(valueStyle);
            }
        }
        sheet.setColumnHidden(0, true);
        sheet.setColumnWidth(1, 6 * 256);
        sheet.setColumnWidth(2, 50 * 256);
        sheet.setColumnWidth(3, 12 * 256);
        sheet.createFreezePane(FIRST_VALUE_COLUMN, 6);
        sheet.protectSheet("");
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        return wb;
    }

    private static void title(XSSFSheet sheet, int r, String text, CellStyle style, int lastColumn) {
        XSSFCell cell = sheet.createRow(r).createCell(1);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, Math.max(lastColumn, 3)));
    }

    private static void header(XSSFRow row, int c, String text, CellStyle style) {
        XSSFCell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles; only value cells are unlocked. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle note;
        final CellStyle header;
        final CellStyle fixed;
        final CellStyle fixedCenter;
        final CellStyle whole;
        final CellStyle decimal;

        Styles(XSSFWorkbook wb) {
            Font bold = font(wb, true, false, 13);
            title = style(wb, bold, HorizontalAlignment.CENTER, false);
            subtitle = style(wb, font(wb, true, false, 12), HorizontalAlignment.CENTER, false);
            note = style(wb, font(wb, false, true, 11), HorizontalAlignment.CENTER, false);
            header = style(wb, font(wb, true, false, 11), HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            fixed = style(wb, font(wb, false, false, 11), HorizontalAlignment.LEFT, true);
            fixed.setWrapText(true);
            fixed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            fixed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            fixedCenter = style(wb, font(wb, false, false, 11), HorizontalAlignment.CENTER, true);
            fixedCenter.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            fixedCenter.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            whole = style(wb, font(wb, false, false, 11), HorizontalAlignment.RIGHT, true);
            whole.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            whole.setLocked(false);
            decimal = style(wb, font(wb, false, false, 11), HorizontalAlignment.RIGHT, true);
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            decimal.setLocked(false);
        }

        private static Font font(XSSFWorkbook wb, boolean bold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName("Times New Roman");
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }
    }
}
