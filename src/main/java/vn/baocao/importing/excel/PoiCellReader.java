package vn.baocao.importing.excel;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import vn.baocao.importing.encoding.ConvertedText;
import vn.baocao.importing.encoding.TextRun;
import vn.baocao.importing.encoding.VietnameseTextConverter;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellKind;

/**
 * Turns one POI cell into a {@link CellData}: text converted per rich-text run, numbers kept as doubles with the
 * text a Vietnamese Excel displays, formulas with their cached result (never re-evaluated here), error codes.
 */
final class PoiCellReader {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy");
    private static final java.util.regex.Pattern QUOTED_OR_BRACKETED =
            java.util.regex.Pattern.compile("\"[^\"]*\"|\\[[^]]*]");

    private final Workbook workbook;
    private final DataFormatter formatter;

    PoiCellReader(Workbook workbook) {
        this.workbook = workbook;
        this.formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        // POI 6 makes this the default; set it now so that an upgrade changes nothing.
        this.formatter.setUseCachedValuesForFormulaCells(true);
    }

    /** The cell's data, or {@code null} for a blank cell. */
    CellData read(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.BLANK || type == CellType._NONE) {
            return null;
        }
        CellData.Builder builder = CellData.builder(cell.getRowIndex(), cell.getColumnIndex());
        String cellFont = fontName(workbook.getFontAt(cell.getCellStyle().getFontIndex()));
        builder.fontNames(cellFont == null ? List.of() : List.of(cellFont));
        if (type == CellType.FORMULA) {
            builder.kind(CellKind.FORMULA).formula(formulaText(cell));
            if (neverCalculated(cell)) {
                return builder.resultKind(CellKind.BLANK).build();
            }
            readValue(cell, cell.getCachedFormulaResultType(), builder, cellFont);
        } else {
            readValue(cell, type, builder, cellFont);
            builder.kind(kindOf(type));
        }
        return builder.build();
    }

    /**
     * An .xlsx formula cell without a stored result ({@code <v>}): POI reports 0, which nobody saw. A BIFF8 formula
     * record always holds its result.
     */
    private static boolean neverCalculated(Cell cell) {
        return cell instanceof XSSFCell x && x.getCachedFormulaResultType() == CellType.NUMERIC
                && !x.getCTCell().isSetV();
    }

    private void readValue(Cell cell, CellType type, CellData.Builder builder, String cellFont) {
        builder.resultKind(kindOf(type));
        switch (type) {
            case NUMERIC -> readNumber(cell, builder);
            case STRING -> readText(cell, builder, cellFont);
            case BOOLEAN -> builder.booleanValue(cell.getBooleanCellValue());
            case ERROR -> builder.error(errorCode(cell.getErrorCellValue()));
            default -> builder.resultKind(CellKind.BLANK);
        }
    }

    private void readNumber(Cell cell, CellData.Builder builder) {
        double value = cell.getNumericCellValue();
        String format = cell.getCellStyle().getDataFormatString();
        if (DateUtil.isCellDateFormatted(cell)) {
            builder.number(value, formatDate(cell.getLocalDateTimeCellValue(), value, format), format, true);
        } else {
            builder.number(value, formatter.formatCellValue(cell), format, false);
        }
    }

    /**
     * Dates are formatted here, not by DataFormatter: Excel shows built-in format 14 in the PC's short-date
     * format (dd/MM/yyyy on a Vietnamese PC) whereas POI always renders it m/d/yy.
     */
    static String formatDate(LocalDateTime dateTime, double value, String format) {
        if (dateTime == null) {
            return "";
        }
        if (value < 1 && value >= 0) {
            return TIME.format(dateTime);
        }
        DateTimeFormatter withoutDay = withoutDay(format);
        if (withoutDay != null) {
            return withoutDay.format(dateTime);
        }
        return dateTime.toLocalTime().toSecondOfDay() == 0 ? DATE.format(dateTime) : DATE_TIME.format(dateTime);
    }

    /**
     * A date format without the day ("mm/yyyy", "mmm-yy", "yyyy"): the month or the year, as the sheet shows it
     * (before, a header 01/2026 read 01/01/2026, a day); null for any other format.
     */
    private static DateTimeFormatter withoutDay(String format) {
        if (format == null) {
            return null;
        }
        String f = QUOTED_OR_BRACKETED.matcher(format.toLowerCase(Locale.ROOT)).replaceAll("");
        if (f.contains("d") || f.contains("h") || f.contains("s") || !f.contains("y")) {
            return null;
        }
        return f.contains("m") ? MONTH_YEAR : YEAR;
    }

    private void readText(Cell cell, CellData.Builder builder, String cellFont) {
        text(builder, runs(cell.getRichStringCellValue(), cellFont), cellFont);
    }

    /** Converts the runs and records the text with the cell font followed by the runs' fonts. */
    static void text(CellData.Builder builder, List<TextRun> runs, String cellFont) {
        text(builder, VietnameseTextConverter.convertRuns(runs), fontNames(runs, cellFont));
    }

    /** Records a converted text and its fonts (the streaming reader keeps them per string and cell font). */
    static void text(CellData.Builder builder, ConvertedText converted, List<String> fontNames) {
        builder.text(converted.text(), converted.original(), converted.encoding()).fontNames(fontNames);
    }

    /** The cell font followed by the runs' fonts, each once (a loop: a stream here was slow to start, profiled). */
    static List<String> fontNames(List<TextRun> runs, String cellFont) {
        Set<String> fonts = new LinkedHashSet<>();
        if (cellFont != null) {
            fonts.add(cellFont);
        }
        for (TextRun run : runs) {
            if (run.fontName() != null) {
                fonts.add(run.fontName());
            }
        }
        return new ArrayList<>(fonts);
    }

    /** Splits a rich string into runs; text before the first run, and runs without a font, use the cell font. */
    private List<TextRun> runs(RichTextString rich, String cellFont) {
        return RichTextRuns.split(rich.getString(), rich.numFormattingRuns(), rich::getIndexOfFormattingRun,
                i -> runFont(rich, i), cellFont);
    }

    private String runFont(RichTextString rich, int run) {
        if (rich instanceof XSSFRichTextString xssf) {
            XSSFFont font = xssf.getFontOfFormattingRun(run);
            return font == null ? null : fontName(font);
        }
        if (rich instanceof HSSFRichTextString hssf) {
            short index = hssf.getFontOfFormattingRun(run);
            if (index == HSSFRichTextString.NO_FONT || index < 0 || index >= workbook.getNumberOfFonts()) {
                return null;
            }
            return fontName(workbook.getFontAt(index));
        }
        return null;
    }

    static String fontName(Font font) {
        if (font == null) {
            return null;
        }
        String name = font.getFontName();
        return name == null || name.isBlank() ? null : name;
    }

    private static String formulaText(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return null; // a formula POI cannot print (e.g. an unsupported token): the cached value still counts
        }
    }

    static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    private static CellKind kindOf(CellType type) {
        return switch (type) {
            case NUMERIC -> CellKind.NUMBER;
            case STRING -> CellKind.TEXT;
            case BOOLEAN -> CellKind.BOOLEAN;
            case ERROR -> CellKind.ERROR;
            case FORMULA -> CellKind.FORMULA;
            default -> CellKind.BLANK;
        };
    }
}
