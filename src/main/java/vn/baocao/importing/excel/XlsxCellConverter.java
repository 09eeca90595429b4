package vn.baocao.importing.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.xml.sax.SAXException;
import vn.baocao.importing.encoding.ConvertedText;
import vn.baocao.importing.encoding.TextRun;
import vn.baocao.importing.encoding.VietnameseTextConverter;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellKind;

/**
 * Turns one {@code <c>} element into a {@link CellData}, step by step as {@code PoiCellReader} does with an
 * XSSFCell (same types, same cached-value rules, same number, date, text and error handling). A cell POI itself
 * could not read (bad number, unknown error code, missing style) is not reported here: it sends the file to the
 * usermodel path, which reports it with its reference.
 */
final class XlsxCellConverter {
    private final XlsxStyles styles;
    private final List<XlsxRichText> sharedStrings;
    private final DisplayedNumbers numbers;
    private final boolean date1904;
    /** Plain inline strings kept converted, at most this many (a sheet of distinct texts gains nothing). */
    private static final int MAX_PLAIN_TEXTS = 4096;
    /**
     * Each shared string's converted text and font names, for the cell font it was converted with: a sheet repeats
     * its strings (a unit, a month header on every commune), and converting one costs far more than a number cell.
     */
    private final CellText[] sharedTexts;
    /** The same for inline strings without runs (what SXSSF and many programs write), by their text. */
    private final Map<String, CellText> plainTexts = new HashMap<>();

    /** What {@link PoiCellReader#text} gives a string with a cell font: the same for every cell that shows it. */
    private record CellText(String cellFont, ConvertedText text, List<String> fontNames) {
        static CellText of(XlsxRichText rich, String cellFont) {
            List<TextRun> runs = rich.runs(cellFont);
            return new CellText(cellFont, VietnameseTextConverter.convertRuns(runs),
                    List.copyOf(PoiCellReader.fontNames(runs, cellFont)));
        }

        boolean isFor(String font) {
            return Objects.equals(cellFont, font);
        }
    }

    XlsxCellConverter(XlsxStyles styles, List<XlsxRichText> sharedStrings, DisplayedNumbers numbers,
            boolean date1904) {
        this.styles = styles;
        this.sharedStrings = sharedStrings;
        this.numbers = numbers;
        this.date1904 = date1904;
        this.sharedTexts = new CellText[sharedStrings.size()];
    }

    /**
     * @param type     the {@code t} attribute or {@code null}
     * @param styleId  the {@code s} attribute, or -1 when absent
     * @param value    the {@code <v>} text, or {@code null} when absent
     * @param formula  the formula text for a formula cell, else {@code null}
     * @param inline   the {@code <is>} string, or {@code null} when absent
     * @return the cell, or {@code null} for a blank cell
     */
    CellData convert(int row, int column, String type, int styleId, XlsxColumns columns, String value,
            String formula, XlsxRichText inline) throws SAXException {
        CellKind stored = storedKind(type);
        if (formula == null && stored == CellKind.NUMBER && value == null) {
            return null; // POI's BLANK: a numeric cell without a value
        }
        XlsxStyles.Style style = style(styleId, column, columns);
        CellData.Builder builder = CellData.builder(row, column);
        String cellFont = style.fontName;
        builder.fontNames(style.fontNames);
        if (formula != null && stored == CellKind.NUMBER && value == null) {
            return builder.kind(CellKind.FORMULA).formula(formula).resultKind(CellKind.BLANK).build(); // never calculated
        }
        if (formula != null) {
            builder.kind(CellKind.FORMULA).formula(formula);
        } else {
            builder.kind(stored);
        }
        builder.resultKind(stored);
        switch (stored) {
            case NUMBER -> readNumber(value, style, builder);
            case TEXT -> readText(type, value, inline, cellFont, builder);
            case BOOLEAN -> builder.booleanValue("1".equals(value));
            default -> builder.error(PoiCellReader.errorCode(errorCode(value)));
        }
        return builder.build();
    }

    /**
     * The fast path for the commonest cell, a number without formula: exactly what {@link #convert} gives for it
     * (type absent or "n"), read straight from the {@code <v>} buffer, without a String or a builder per cell.
     * Returns {@code null} when the value is not a plain decimal; the caller then takes {@link #convert}.
     */
    CellData plainNumber(int row, int column, int styleId, XlsxColumns columns, CharSequence value)
            throws SAXException {
        double number = PlainDecimals.parsePlain(value);
        if (Double.isNaN(number)) {
            return null;
        }
        XlsxStyles.Style style = style(styleId, column, columns);
        boolean date = isDate(number, style);
        return CellData.number(row, column, number, displayed(number, style, date), style.formatString, date,
                style.fontNames);
    }

    private static CellKind storedKind(String type) throws SAXException {
        if (type == null) {
            return CellKind.NUMBER;
        }
        return switch (type) {
            case "n" -> CellKind.NUMBER;
            case "s", "str", "inlineStr" -> CellKind.TEXT;
            case "b" -> CellKind.BOOLEAN;
            case "e" -> CellKind.ERROR;
            default -> throw new SAXException("cell type " + type);
        };
    }

    /** XSSFCell.getCellStyle(): the cell's own style if it exists, else its column's (or the default) style. */
    private XlsxStyles.Style style(int styleId, int column, XlsxColumns columns) throws SAXException {
        XlsxStyles.Style style = styleId >= 0 ? styles.at(styleId) : null;
        if (style == null) {
            style = styles.at(columns.style(column));
        }
        if (style == null || style.broken) {
            throw new SAXException("no usable style for a cell");
        }
        return style;
    }

    private void readNumber(String value, XlsxStyles.Style style, CellData.Builder builder) throws SAXException {
        double number;
        try {
            number = value == null || value.isEmpty() ? 0.0 : PlainDecimals.parse(value.trim());
        } catch (NumberFormatException e) {
            throw new SAXException("not a number: " + value);
        }
        boolean date = isDate(number, style);
        builder.number(number, displayed(number, style, date), style.formatString, date);
    }

    private static boolean isDate(double number, XlsxStyles.Style style) {
        return style.dateFormat && DateUtil.isValidExcelDate(number);
    }

    private String displayed(double number, XlsxStyles.Style style, boolean date) {
        return date ? displayedDate(number, style.formatString) : numbers.format(number, style);
    }

    /** Apart from {@link #displayed}, so that the hot number path stays small for the JIT. */
    private String displayedDate(double number, String format) {
        return PoiCellReader.formatDate(DateUtil.getLocalDateTime(number, date1904), number, format);
    }

    private void readText(String type, String value, XlsxRichText inline, String cellFont,
            CellData.Builder builder) {
        int index = "s".equals(type) ? sharedIndex(value) : -1;
        CellText cellText = index >= 0 ? sharedText(index, cellFont) : otherText(text(type, value, inline), cellFont);
        PoiCellReader.text(builder, cellText.text(), cellText.fontNames());
    }

    private CellText sharedText(int index, String cellFont) {
        CellText known = sharedTexts[index];
        if (known == null || !known.isFor(cellFont)) {
            known = CellText.of(sharedStrings.get(index), cellFont);
            sharedTexts[index] = known;
        }
        return known;
    }

    /** An inline or formula string: kept when it has no runs, by its text (a rich one is converted each time). */
    private CellText otherText(XlsxRichText rich, String cellFont) {
        if (rich.text() == null || rich.runStarts().length > 0) {
            return CellText.of(rich, cellFont);
        }
        CellText known = plainTexts.get(rich.text());
        if (known == null || !known.isFor(cellFont)) {
            known = CellText.of(rich, cellFont);
            if (plainTexts.size() < MAX_PLAIN_TEXTS || plainTexts.containsKey(rich.text())) {
                plainTexts.put(rich.text(), known);
            }
        }
        return known;
    }

    /** The index of a valid shared-string reference, else -1 (then {@link #text} gives POI's answer). */
    private int sharedIndex(String value) {
        if (value == null) {
            return -1;
        }
        try {
            int index = Integer.parseInt(value.trim());
            return index < sharedStrings.size() ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** XSSFCell.findStringValue(). */
    private XlsxRichText text(String type, String value, XlsxRichText inline) {
        if ("inlineStr".equals(type)) {
            if (inline != null) {
                return inline;
            }
            return value == null ? XlsxRichText.EMPTY : XlsxRichText.plain(value);
        }
        if ("str".equals(type)) {
            return value == null ? XlsxRichText.EMPTY : XlsxRichText.plain(value);
        }
        if (value == null) {
            return XlsxRichText.EMPTY;
        }
        try {
            return sharedStrings.get(Integer.parseInt(value.trim()));
        } catch (RuntimeException e) {
            return XlsxRichText.EMPTY; // POI logs a bad index and shows ""
        }
    }

    private static byte errorCode(String value) throws SAXException {
        if (value == null) {
            return 0;
        }
        try {
            return FormulaError.forString(value).getCode();
        } catch (IllegalArgumentException e) {
            throw new SAXException("unknown error code " + value);
        }
    }
}
