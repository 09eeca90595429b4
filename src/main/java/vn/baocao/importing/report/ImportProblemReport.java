package vn.baocao.importing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.baocao.files.FileWriteException;
import vn.baocao.files.OutputKind;
import vn.baocao.files.SafeFileWriter;
import vn.baocao.importing.plan.EntryStatus;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.plan.ImportQuestion;
import vn.baocao.importing.plan.PreviewEntry;
import vn.baocao.importing.text.ImportText;

/**
 * The problems of an import dry run as a workbook (.xlsx) the clerk can send back to the colleague who made the
 * sheet: which cells are wrong and why.
 *
 * <p>The workbook has three sheets:
 * <ul>
 * <li>{@value #SUMMARY_SHEET}: file, sheet, when the report was made, a one-line conclusion, the number of cells per
 * status with what each status means, the number of open questions, and the preview's warnings;</li>
 * <li>{@value #PROBLEMS_SHEET}: one row per ERROR and CONFLICT entry in sheet order (row, then column), then one row
 * per open question, with the columns {@link #HEADERS}. The header row is bold, frozen and filtered;</li>
 * <li>{@value LeftOverSheet#NAME}: the coverage counts and every number left out with its reason.</li>
 * </ul>
 * A preview without problems still gives a valid report whose conclusion says so.
 *
 * <p>How to use it (the import window, the command line): make the dry run, then write its report; nothing is
 * read from or written to the database.
 * <pre>{@code
 * ImportPreview preview = service.preview(workbook, request);
 * try {
 *     Path written = ImportProblemReport.write(preview, chosenFile);          // codes only for the areas
 *     // or, with area names and a fixed time:
 *     // ImportProblemReport.write(preview, chosenFile, new ImportProblemReport.Options(LocalDateTime.now(), names));
 *     showInfo("Đã ghi báo cáo lỗi vào tệp " + written);
 * } catch (FileWriteException e) {
 *     showError(e.getMessage());   // Vietnamese, names the file; nothing was changed
 * }
 * }</pre>
 * Writing is safe: the workbook goes to a temporary file in the target folder, which is then moved over the target
 * in one step. When the target cannot be written (folder missing, file read-only or open in Excel, no permission)
 * {@link FileWriteException} says so in Vietnamese, an existing file keeps its content, and no half-written or
 * temporary file is left. It may be called from a background thread; it does no UI work.
 */
public final class ImportProblemReport {
    public static final String SUMMARY_SHEET = ImportText.get("importProblemReport.tomTat");
    public static final String PROBLEMS_SHEET = ImportText.get("importProblemReport.loiVaXungDot");
    /** The columns of {@value #PROBLEMS_SHEET}. */
    public static final List<String> HEADERS = List.of(ImportText.get("importProblemReport.header.cell"), ImportText.get("importProblemReport.header.indicator"), ImportText.get("importProblemReport.header.area"), ImportText.get("importProblemReport.header.period"),
            ImportText.get("importProblemReport.header.fileValue"), ImportText.get("importProblemReport.header.storedValue"), ImportText.get("importProblemReport.header.status"), ImportText.get("importProblemReport.header.reason"));
    /** Status labels of {@value #PROBLEMS_SHEET}. */
    public static final String ERROR_LABEL = ImportText.get("importProblemReport.loi");
    public static final String CELLS_CONFLICT_LABEL = ImportText.get("importProblemReport.xungDotGiuaCac");
    public static final String MANUAL_CONFLICT_LABEL = ImportText.get("importProblemReport.xungDotVoiSo");
    public static final String QUESTION_LABEL = ImportText.get("importProblemReport.cauHoiChuaTra2");
    /** The line of {@value #PROBLEMS_SHEET} when there is nothing to report. */
    public static final String NOTHING_TO_REPORT = ImportText.get("importProblemReport.khongCoOLoi");

    private static final int[] WIDTHS = {18, 36, 22, 24, 18, 16, 22, 60};
    /** The height of one line of 12-point Times New Roman, in points. */
    private static final float LINE = 15.75f;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_DECIMALS = 6;
    private static final String FONT = "Times New Roman";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    private ImportProblemReport() {
    }

    /**
     * When the report is made and what the areas are called.
     *
     * @param madeAt    the date and time shown in {@value #SUMMARY_SHEET}
     * @param areaNames area code → name, for the "Địa bàn" column ("Nậm Dẩn (XINMAN.NAMDAN)"); codes without a
     *                  name are shown as they are
     */
    public record Options(LocalDateTime madeAt, Map<String, String> areaNames) {
        public Options {
            madeAt = madeAt == null ? LocalDateTime.now() : madeAt;
            areaNames = areaNames == null ? Map.of() : Map.copyOf(areaNames);
        }

        /** Now, with area codes only. */
        public static Options now() {
            return new Options(LocalDateTime.now(), Map.of());
        }
    }

    /** Writes the report of {@code preview} to {@code target} (.xlsx) and returns the absolute path written. */
    public static Path write(ImportPreview preview, Path target) throws FileWriteException {
        return write(preview, target, Options.now());
    }

    /** As {@link #write(ImportPreview, Path)}, with the time and area names given ({@code null}: now, codes only). */
    public static Path write(ImportPreview preview, Path target, Options options) throws FileWriteException {
        Path absolute = target.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new FileWriteException(absolute, ImportText.get("importProblemReport.khongGhiDuocTep", absolute), null);
        }
        Options chosen = options == null ? Options.now() : options;
        writeAtomically(absolute, out -> {
            try (XSSFWorkbook wb = build(preview, chosen)) {
                wb.write(out);
            }
        });
        return absolute;
    }

    /** The ERROR and CONFLICT entries of the preview in sheet order: row, then column. */
    public static List<PreviewEntry> problems(ImportPreview preview) {
        return preview.entries().stream()
                .filter(e -> e.status() == EntryStatus.ERROR || e.status() == EntryStatus.CONFLICT)
                .sorted(Comparator.comparingInt(PreviewEntry::row).thenComparingInt(ImportProblemReport::column))
                .toList();
    }

    /** The Vietnamese status label of a problem row. */
    public static String statusLabel(PreviewEntry e) {
        return switch (e.status()) {
            case ERROR -> ERROR_LABEL;
            case CONFLICT -> e.blocking() ? CELLS_CONFLICT_LABEL : MANUAL_CONFLICT_LABEL;
            default -> capitalised(e.status().label());
        };
    }

    /** What a status means, in one line for the clerk and the colleague. */
    static String meaning(EntryStatus status) {
        return switch (status) {
            case NEW -> ImportText.get("importProblemReport.chuaCoSoLieu");
            case CHANGED -> ImportText.get("importProblemReport.daCoSoKhac");
            case UNCHANGED -> ImportText.get("importProblemReport.soTrongTepGiong");
            case CONFLICT -> ImportText.get("importProblemReport.haiOTrongTep");
            case ERROR -> ImportText.get("importProblemReport.oKhongNhapDuoc");
        };
    }

    static final String QUESTIONS_MEANING = ImportText.get("importProblemReport.dieuChuongTrinhKhong");

    /** The one-line conclusion of the summary sheet. */
    static String conclusion(ImportPreview preview) {
        long errors = preview.count(EntryStatus.ERROR);
        long conflicts = preview.count(EntryStatus.CONFLICT);
        int questions = preview.questions().size();
        if (errors == 0 && conflicts == 0 && questions == 0) {
            return ImportText.get("importProblemReport.khongCoLoiHay");
        }
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(ImportText.get("importProblemReport.oLoi", errors));
        }
        if (conflicts > 0) {
            parts.add(ImportText.get("importProblemReport.oXungDot", conflicts));
        }
        if (questions > 0) {
            parts.add(ImportText.get("importProblemReport.cauHoiChuaTra", questions));
        }
        return ImportText.get("importProblemReport.coXemTungO", String.join(", ", parts), PROBLEMS_SHEET);
    }

    static XSSFWorkbook build(ImportPreview preview, Options options) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        summarySheet(wb.createSheet(SUMMARY_SHEET), preview, options, styles);
        problemsSheet(wb.createSheet(PROBLEMS_SHEET), preview, options, styles);
        LeftOverSheet.add(wb, preview);
        wb.setActiveSheet(0);
        return wb;
    }

    private static void summarySheet(XSSFSheet sheet, ImportPreview preview, Options options, Styles styles) {
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        text(sheet.createRow(0), 0, ImportText.get("importProblemReport.baoCaoLoiKhi"), styles.title);
        int r = 2;
        r = info(sheet, r, ImportText.get("importProblemReport.tep"), preview.fileName(), styles);
        r = info(sheet, r, ImportText.get("importProblemReport.trangTinh"), preview.sheet(), styles);
        r = info(sheet, r, ImportText.get("importProblemReport.lapLuc"), WHEN.format(options.madeAt()), styles);
        r = info(sheet, r, ImportText.get("importProblemReport.ketLuan"), conclusion(preview), styles);
        r++;
        XSSFRow head = sheet.createRow(r++);
        text(head, 0, ImportText.get("importProblemReport.trangThai"), styles.header);
        text(head, 1, ImportText.get("importProblemReport.soO"), styles.header);
        text(head, 2, ImportText.get("importProblemReport.yNghia"), styles.header);
        for (EntryStatus s : EntryStatus.values()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, capitalised(s.label()), styles.body);
            number(row, 1, preview.count(s), styles.count);
            text(row, 2, meaning(s), styles.wrapped);
            fitHeight(sheet, row);
        }
        XSSFRow q = sheet.createRow(r++);
        text(q, 0, QUESTION_LABEL, styles.body);
        number(q, 1, preview.questions().size(), styles.count);
        text(q, 2, QUESTIONS_MEANING, styles.wrapped);
        fitHeight(sheet, q);
        XSSFRow total = sheet.createRow(r++);
        text(total, 0, ImportText.get("importProblemReport.tongSoODa"), styles.bold);
        number(total, 1, preview.entries().size(), styles.count);
        r++;
        for (String warning : preview.warnings()) {
            r = info(sheet, r, ImportText.get("importProblemReport.luuY"), warning, styles);
        }
        text(sheet.createRow(r), 0, ImportText.get("importProblemReport.danhSachTungO", PROBLEMS_SHEET),
                styles.plain);
        setUpPrinting(sheet, false);
    }

    private static int info(XSSFSheet sheet, int r, String label, String value, Styles styles) {
        XSSFRow row = sheet.createRow(r);
        text(row, 0, label, styles.bold);
        text(row, 1, value, styles.wrapped);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
        int lines = lines(value, (sheet.getColumnWidth(1) + sheet.getColumnWidth(2)) / 256);
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE);
        }
        return r + 1;
    }

    private static void problemsSheet(XSSFSheet sheet, ImportPreview preview, Options options, Styles styles) {
        XSSFRow head = sheet.createRow(0);
        for (int c = 0; c < HEADERS.size(); c++) {
            text(head, c, HEADERS.get(c), styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 1;
        for (PreviewEntry e : problems(preview)) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, e.cell(), styles.body);
            text(row, 1, indicator(e), styles.wrapped);
            text(row, 2, area(e.areaCode(), options), styles.wrapped);
            text(row, 3, period(e), styles.wrapped);
            text(row, 4, e.textAsWritten() != null ? e.textAsWritten() : e.text(), styles.wrapped);
            if (e.oldValue() != null) {
                XSSFCell old = row.createCell(5);
                old.setCellValue(e.oldValue().doubleValue());
                old.setCellStyle(styles.number(decimals(e.oldValue())));
            } else {
                text(row, 5, "", styles.body);
            }
            text(row, 6, statusLabel(e), styles.body);
            text(row, 7, reason(e), styles.wrapped);
            fitHeight(sheet, row);
        }
        for (ImportQuestion q : preview.questions()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, q.cell(), styles.body);
            for (int c = 1; c <= 5; c++) {
                text(row, c, "", styles.body);
            }
            text(row, 6, QUESTION_LABEL, styles.body);
            text(row, 7, question(q), styles.wrapped);
            fitHeight(sheet, row);
        }
        if (r == 1) {
            text(sheet.createRow(r++), 0, NOTHING_TO_REPORT, styles.plain);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, HEADERS.size() - 1));
        setUpPrinting(sheet, true);
    }

    /**
     * Makes a row tall enough for its wrapped cells. Excel and LibreOffice do not grow rows written by POI, so the
     * lines are estimated from the text length and the column width (a character of 12-point Times New Roman is
     * a little narrower than one width unit on average; the estimate errs towards an extra line).
     */
    private static void fitHeight(XSSFSheet sheet, XSSFRow row) {
        int lines = 1;
        for (int c = 0; c < row.getLastCellNum(); c++) {
            XSSFCell cell = row.getCell(c);
            if (cell != null && cell.getCellStyle().getWrapText()
                    && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                lines = Math.max(lines, lines(cell.getStringCellValue(), sheet.getColumnWidth(c) / 256));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE);
        }
    }

    static int lines(String text, int widthInCharacters) {
        int perLine = Math.max(1, widthInCharacters * 11 / 10 - 2);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return Math.min(lines, 40);
    }

    private static void setUpPrinting(XSSFSheet sheet, boolean repeatHeader) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    private static String indicator(PreviewEntry e) {
        if (e.indicatorCode() == null) {
            return "";
        }
        return e.indicatorName() == null || e.indicatorName().isBlank() ? e.indicatorCode()
                : e.indicatorCode() + " – " + e.indicatorName();
    }

    private static String area(String code, Options options) {
        if (code == null) {
            return "";
        }
        String name = options.areaNames().get(code);
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }

    private static String period(PreviewEntry e) {
        String period = e.period() == null ? "" : e.period().label();
        String slot = e.slot() == null ? "" : e.slot().label();
        return period.isEmpty() || slot.isEmpty() ? period + slot : period + ", " + slot;
    }

    private static String reason(PreviewEntry e) {
        List<String> parts = new ArrayList<>();
        if (!e.message().isBlank()) {
            parts.add(capitalised(e.message().strip()));
        }
        e.notes().stream().filter(n -> !n.isBlank()).map(n -> capitalised(n.strip())).forEach(parts::add);
        return String.join("; ", parts);
    }

    private static String question(ImportQuestion q) {
        StringBuilder sb = new StringBuilder(q.text());
        if (q.suggested() != null) {
            String label = q.choices().stream().filter(c -> c.value().equals(q.suggested()))
                    .map(ImportQuestion.Choice::label).findFirst().orElse(q.suggested());
            sb.append(ImportText.get("importProblemReport.goiY")).append(label).append('.');
        }
        return sb.toString();
    }

    private static int column(PreviewEntry e) {
        String cell = e.cell();
        int bang = cell.lastIndexOf('!');
        try {
            return new CellReference(cell.substring(bang + 1)).getCol();
        } catch (RuntimeException notAReference) {
            return Integer.MAX_VALUE;
        }
    }

    private static int decimals(BigDecimal v) {
        return Math.min(MAX_DECIMALS, Math.max(0, v.stripTrailingZeros().scale()));
    }

    static String capitalised(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    private static void text(XSSFRow row, int c, String value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(c);
        String v = value == null ? "" : value;
        cell.setCellValue(v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT - 1) + "…" : v);
        cell.setCellStyle(style);
    }

    private static void number(XSSFRow row, int c, long value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * Cell styles. Excel stores number formats locale-neutrally: "#,##0.00" is shown as 8.599,38 on the clerks'
     * Vietnamese Windows, so the standard codes give vi-VN numbers there.
     */
    private static final class Styles {
        private final XSSFWorkbook wb;
        final XSSFCellStyle title;
        final XSSFCellStyle header;
        final XSSFCellStyle bold;
        final XSSFCellStyle plain;
        final XSSFCellStyle body;
        final XSSFCellStyle wrapped;
        final XSSFCellStyle count;
        private final Map<Integer, XSSFCellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            XSSFFont normal = wb.getFontAt(0); // the workbook's default font: every cell, even empty ones
            normal.setFontName(FONT);
            normal.setFontHeightInPoints((short) 12);
            XSSFFont boldFont = font(true, 12);
            title = wb.createCellStyle();
            title.setFont(font(true, 14));
            plain = wb.createCellStyle();
            plain.setFont(normal);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = bordered();
            wrapped = bordered();
            wrapped.setWrapText(true);
            count = bordered();
            count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        }

        XSSFCellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> {
                XSSFCellStyle s = bordered();
                s.setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                return s;
            });
        }

        private XSSFFont font(boolean isBold, int points) {
            XSSFFont f = wb.createFont();
            f.setFontName(FONT);
            f.setFontHeightInPoints((short) points);
            f.setBold(isBold);
            return f;
        }

        private XSSFCellStyle bordered() {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(wb.getFontAt(0));
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }

    /** Produces the bytes of the report. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target} through {@link SafeFileWriter}: on any failure the target is
     * untouched, no temporary file is left, and the Vietnamese message names the file.
     */
    static void writeAtomically(Path target, Content content) throws FileWriteException {
        SafeFileWriter.write(target, OutputKind.PROBLEM_REPORT, content::writeTo);
    }
}
