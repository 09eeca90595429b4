package vn.baocao.importing.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.MergedRegion;
import vn.baocao.importing.table.SheetTable;

/**
 * Streams one worksheet part into a {@link SheetTable.Builder}: column definitions, rows (hidden ones marked),
 * cells, merged regions, then the hidden columns over the same range PoiWorkbookReader checks
 * (0..max(last cell number of any row, last merged column)).
 * <p>
 * Row and cell positions follow XSSFRow/XSSFCell (a row without {@code r} follows the previous one; a cell's
 * column comes from its {@code r}, its row from the row). Rows or cells out of order, shared formulas and other
 * things this reader does not reproduce exactly throw a SAXException, and the file goes to the usermodel.
 */
final class XlsxSheetHandler extends SpreadsheetMlHandler {
    /** An array formula: every cell of its range is a formula cell showing the master's formula. */
    private record ArrayFormula(CellRangeAddress range, String formula) {
    }

    private final SheetTable.Builder table;
    private final XlsxCellConverter converter;
    private final CellBudget budget;
    private final XlsxColumns columns = new XlsxColumns();
    private final List<ArrayFormula> arrayFormulas = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private int depth;
    private boolean inSheetData;
    private boolean sheetDataSeen;
    private boolean inMergeCells;
    private int lastRow = -1;
    private int lastColumn;

    private int row = -1;
    private int rowLastCell = -1;

    private boolean inCell;
    private int column;
    private String type;
    private int styleId;
    private String value;
    /** The cell's {@code <v>} text is still in {@link #text}: a String is made only when a cell needs one. */
    private boolean valueInText;
    private boolean capturing;
    private boolean formulaSet;
    private String formulaType;
    private String formulaRef;
    private String formulaText;
    private XlsxRichTextCollector inline;
    private XlsxRichText inlineText;

    /** Counts cells over the whole workbook against {@link PoiLimits#MAX_CELLS}. */
    interface CellBudget {
        void spend() throws SAXException;
    }

    XlsxSheetHandler(SheetTable.Builder table, XlsxCellConverter converter, CellBudget budget) {
        this.table = table;
        this.converter = converter;
        this.budget = budget;
    }

    /** Marks the hidden columns once the whole part is read. */
    void finish() throws SAXException {
        columns.seal();
        for (int c = 0; c <= lastColumn; c++) {
            if (columns.isHidden(c)) {
                table.hiddenColumn(c);
            }
        }
    }

    @Override
    void open(String name, Attributes attributes) throws SAXException {
        depth++;
        if (inCell) {
            openInCell(name, attributes);
            return;
        }
        switch (name) {
            case "col" -> {
                if (depth == 3) {
                    if (sheetDataSeen) {
                        throw new SAXException("<cols> after <sheetData>");
                    }
                    columns.add(unsigned(attributes.getValue("min"), 0), unsigned(attributes.getValue("max"), 0),
                            bool(attributes.getValue("hidden"), false), unsigned(attributes.getValue("style"), 0));
                }
            }
            case "sheetData" -> {
                if (depth == 2) {
                    columns.seal();
                    inSheetData = true;
                    sheetDataSeen = true;
                }
            }
            case "row" -> {
                if (inSheetData && depth == 3) {
                    openRow(attributes);
                }
            }
            case "c" -> {
                if (inSheetData && depth == 4) {
                    openCell(attributes);
                }
            }
            case "mergeCells" -> inMergeCells = depth == 2;
            case "mergeCell" -> {
                if (inMergeCells && depth == 3) {
                    merge(attributes.getValue("ref"));
                }
            }
            default -> {
                // other worksheet parts (views, formats, print settings) do not change the table
            }
        }
    }

    private void openRow(Attributes attributes) throws SAXException {
        String r = attributes.getValue("r");
        int next = r == null ? lastRow + 1 : (int) Math.min(unsigned(r, 0) - 1, Integer.MAX_VALUE);
        if (next < 0 || next <= lastRow) {
            throw new SAXException("row out of order: " + r);
        }
        row = next;
        lastRow = next;
        rowLastCell = -1;
        if (bool(attributes.getValue("hidden"), false)) {
            table.hiddenRow(row);
        }
    }

    private void openCell(Attributes attributes) throws SAXException {
        String r = attributes.getValue("r");
        int col = r == null ? rowLastCell + 1 : columnOf(r);
        if (col <= rowLastCell) {
            throw new SAXException("cell out of order: " + r);
        }
        column = col;
        rowLastCell = col;
        type = attributes.getValue("t");
        long s = unsigned(attributes.getValue("s"), -1);
        if (s > Integer.MAX_VALUE) {
            throw new SAXException("style index " + s);
        }
        styleId = (int) s;
        value = null;
        valueInText = false;
        formulaSet = false;
        formulaType = null;
        formulaRef = null;
        formulaText = null;
        inline = null;
        inlineText = null;
        inCell = true;
    }

    /** Column of an A1 reference, as CellReference reads "B7" (the row part is ignored, as POI does). */
    private static int columnOf(String reference) throws SAXException {
        int i = 0;
        int col = 0;
        while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
            col = col * 26 + (reference.charAt(i) - 'A' + 1);
            if (col > 16384) {
                throw new SAXException("column out of range: " + reference);
            }
            i++;
        }
        if (i == 0 || i == reference.length()) {
            throw new SAXException("odd cell reference: " + reference);
        }
        for (int j = i; j < reference.length(); j++) {
            if (reference.charAt(j) < '0' || reference.charAt(j) > '9') {
                throw new SAXException("odd cell reference: " + reference);
            }
        }
        return col - 1;
    }

    private void openInCell(String name, Attributes attributes) throws SAXException {
        if (inline != null) {
            inline.start(name, attributes);
            return;
        }
        if (depth != 5) {
            return;
        }
        switch (name) {
            case "v" -> startText();
            case "f" -> {
                formulaSet = true;
                formulaType = attributes.getValue("t");
                formulaRef = attributes.getValue("ref");
                startText();
            }
            case "is" -> inline = new XlsxRichTextCollector();
            default -> {
                // extLst and the like
            }
        }
    }

    private void startText() {
        if (valueInText) {
            value = text.toString(); // an element after <v> reuses the buffer
            valueInText = false;
        }
        capturing = true;
        text.setLength(0);
    }

    @Override
    void text(char[] ch, int start, int length) {
        if (inline != null) {
            inline.characters(ch, start, length);
        } else if (capturing) {
            text.append(ch, start, length);
        }
    }

    @Override
    void close(String name) throws SAXException {
        try {
            if (inCell) {
                closeInCell(name);
            } else if (depth == 3 && inSheetData && name.equals("row")) {
                lastColumn = Math.max(lastColumn, rowLastCell < 0 ? -1 : rowLastCell + 1);
            } else if (depth == 2 && name.equals("sheetData")) {
                inSheetData = false;
            } else if (depth == 2 && name.equals("mergeCells")) {
                inMergeCells = false;
            }
        } finally {
            depth--;
        }
    }

    private void closeInCell(String name) throws SAXException {
        if (depth == 4 && name.equals("c")) {
            inCell = false;
            closeCell();
        } else if (inline != null) {
            closeInInline(name);
        } else if (depth == 5 && capturing) {
            capturing = false;
            if (name.equals("v")) {
                valueInText = true;
            } else if (name.equals("f")) {
                formulaText = text.toString();
            }
        }
    }

    /**
     * Adds the finished cell. A plain number cell, nearly every cell of a large sheet, takes the converter's fast
     * path; every other cell the general one. Kept apart from the element dispatch so that each compiled method
     * stays small: the JIT compiles small hot methods sooner and cheaper.
     */
    private void closeCell() throws SAXException {
        CellData cell = isPlainNumber() ? converter.plainNumber(row, column, styleId, columns, text) : null;
        if (cell == null) {
            cell = convertCell();
        }
        if (cell != null) {
            table.cell(cell);
            budget.spend();
        }
    }

    /** A number cell (no type, or "n") with a value and neither formula nor inline string, nor in an array. */
    private boolean isPlainNumber() {
        return valueInText && !formulaSet && inlineText == null && arrayFormulas.isEmpty()
                && (type == null || type.equals("n"));
    }

    private CellData convertCell() throws SAXException {
        if (valueInText) {
            value = text.toString();
            valueInText = false;
        }
        return converter.convert(row, column, type, styleId, columns, value, formula(), inlineText);
    }

    private void closeInInline(String name) throws SAXException {
        if (depth == 5 && name.equals("is")) {
            inlineText = inline.finish();
            inline = null;
        } else {
            inline.end(name);
        }
    }

    /** The formula POI shows for the current cell, or {@code null} when it is not a formula cell. */
    private String formula() throws SAXException {
        if (formulaSet && formulaType != null) {
            switch (formulaType) {
                case "normal" -> {
                    // as below
                }
                case "dataTable" -> {
                    if (arrayMaster() != null) {
                        throw new SAXException("data table inside an array formula");
                    }
                    return null; // POI treats a data-table cell as a plain value
                }
                case "array" -> {
                    return registerArray();
                }
                default -> throw new SAXException("formula type " + formulaType); // shared: POI rewrites it
            }
        }
        ArrayFormula master = arrayMaster();
        if (master != null && (!formulaSet || formulaText.isEmpty())) {
            return master.formula();
        }
        return formulaSet ? formulaText : null;
    }

    private String registerArray() throws SAXException {
        if (formulaRef == null || formulaText.isEmpty() || arrayMaster() != null) {
            throw new SAXException("unusual array formula");
        }
        CellRangeAddress range;
        try {
            range = CellRangeAddress.valueOf(formulaRef);
        } catch (RuntimeException e) {
            throw new SAXException("array formula range " + formulaRef);
        }
        if (range.getFirstRow() != row || range.getFirstColumn() != column) {
            throw new SAXException("array formula not at the top left of its range");
        }
        arrayFormulas.add(new ArrayFormula(range, formulaText));
        return formulaText;
    }

    private ArrayFormula arrayMaster() {
        for (ArrayFormula array : arrayFormulas) {
            if (array.range().isInRange(row, column)) {
                return array;
            }
        }
        return null;
    }

    private void merge(String ref) throws SAXException {
        MergedRegion region;
        try {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            region = new MergedRegion(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
                    range.getLastColumn());
        } catch (RuntimeException e) {
            throw new SAXException("merged range " + ref);
        }
        table.mergedRegion(region);
        lastColumn = Math.max(lastColumn, region.lastColumn());
    }
}
