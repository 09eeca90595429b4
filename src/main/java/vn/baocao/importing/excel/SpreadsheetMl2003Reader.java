package vn.baocao.importing.excel;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.baocao.importing.encoding.ConvertedText;
import vn.baocao.importing.encoding.TextRun;
import vn.baocao.importing.encoding.VietnameseTextConverter;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellKind;
import vn.baocao.importing.table.MergedRegion;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SheetVisibility;
import vn.baocao.importing.table.SourceFormat;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.importing.text.ImportText;

/**
 * Reads "XML Spreadsheet 2003" (SpreadsheetML 2003, often named .xls) with the JDK's DOM parser, hardened against
 * external entities. Supports sheets (and hidden ones), sparse ss:Index positions, MergeAcross/MergeDown, hidden
 * rows and columns, cell types String/Number/Boolean/DateTime/Error, formulas, and fonts from styles and
 * {@code html:Font} runs for legacy-encoding conversion.
 */
final class SpreadsheetMl2003Reader {
    private static final String SS = "urn:schemas-microsoft-com:office:spreadsheet";
    private static final String X = "urn:schemas-microsoft-com:office:excel";
    private static final String HTML = "http://www.w3.org/TR/REC-html40";

    private final String fileName;
    private final Map<String, String> styleFonts = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
    private int cellCount;

    private SpreadsheetMl2003Reader(String fileName) {
        this.fileName = fileName;
    }

    static WorkbookData read(File file, String fileName) throws IOException, WorkbookReadException {
        Document document;
        try {
            document = newBuilder().parse(file);
        } catch (SAXException e) {
            throw new WorkbookReadException(ReadProblem.CORRUPT, fileName, ReadMessages.corrupt(fileName), e);
        }
        return new SpreadsheetMl2003Reader(fileName).read(document);
    }

    private static DocumentBuilder newBuilder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private WorkbookData read(Document document) throws WorkbookReadException {
        for (Element style : children(document.getDocumentElement(), "Styles", "Style")) {
            for (Element font : children(style, "Font")) {
                String name = font.getAttributeNS(SS, "FontName");
                if (!name.isEmpty()) {
                    styleFonts.put(style.getAttributeNS(SS, "ID"), name);
                }
            }
        }
        List<SheetTable> sheets = new ArrayList<>();
        for (Element worksheet : children(document.getDocumentElement(), "Worksheet")) {
            sheets.add(readSheet(worksheet, sheets.size()));
        }
        if (sheets.isEmpty()) {
            throw new WorkbookReadException(ReadProblem.NOT_A_SPREADSHEET, fileName,
                    ReadMessages.notASpreadsheet(fileName, ImportText.get("spreadsheetMl2003Reader.tepXmlKhongCo")), null);
        }
        return new WorkbookData(fileName, SourceFormat.XML_SPREADSHEET_2003, sheets);
    }

    private SheetTable readSheet(Element worksheet, int index) throws WorkbookReadException {
        String name = worksheet.getAttributeNS(SS, "Name");
        SheetTable.Builder sheet = SheetTable.builder(name.isEmpty() ? "Sheet" + (index + 1) : name, index);
        for (Element options : childrenNs(worksheet, X, "WorksheetOptions")) {
            for (Element visible : childrenNs(options, X, "Visible")) {
                String value = visible.getTextContent().trim();
                sheet.visibility("SheetVeryHidden".equals(value) ? SheetVisibility.VERY_HIDDEN : SheetVisibility.HIDDEN);
            }
        }
        for (Element table : children(worksheet, "Table")) {
            readTable(table, sheet);
        }
        return sheet.build();
    }

    private void readTable(Element table, SheetTable.Builder sheet) throws WorkbookReadException {
        int column = -1;
        for (Element col : children(table, "Column")) {
            column = indexOr(col, column + 1);
            int span = intAttribute(col, "Span", 0);
            if ("1".equals(col.getAttributeNS(SS, "Hidden"))) {
                for (int c = column; c <= column + span; c++) {
                    sheet.hiddenColumn(c);
                }
            }
            column += span;
        }
        int row = -1;
        for (Element rowElement : children(table, "Row")) {
            row = indexOr(rowElement, row + 1);
            if ("1".equals(rowElement.getAttributeNS(SS, "Hidden"))) {
                sheet.hiddenRow(row);
            }
            int cellColumn = -1;
            for (Element cell : children(rowElement, "Cell")) {
                cellColumn = indexOr(cell, cellColumn + 1);
                int across = intAttribute(cell, "MergeAcross", 0);
                int down = intAttribute(cell, "MergeDown", 0);
                if (across > 0 || down > 0) {
                    sheet.mergedRegion(new MergedRegion(row, row + down, cellColumn, cellColumn + across));
                }
                CellData data = readCell(cell, row, cellColumn);
                if (data != null) {
                    sheet.cell(data);
                    if (++cellCount > PoiLimits.MAX_CELLS) {
                        throw new WorkbookReadException(ReadProblem.TOO_LARGE, fileName,
                                ReadMessages.tooLarge(fileName, ImportText.get("spreadsheetMl2003Reader.honO", PoiLimits.MAX_CELLS)), null);
                    }
                }
                cellColumn += across;
            }
        }
    }

    private CellData readCell(Element cell, int row, int column) {
        List<Element> data = children(cell, "Data");
        if (data.isEmpty()) {
            return null;
        }
        Element value = data.get(0);
        String type = value.getAttributeNS(SS, "Type");
        String formula = cell.getAttributeNS(SS, "Formula");
        String cellFont = styleFonts.get(cell.getAttributeNS(SS, "StyleID"));
        CellData.Builder builder = CellData.builder(row, column);
        CellKind kind = switch (type) {
            case "Number" -> CellKind.NUMBER;
            case "Boolean" -> CellKind.BOOLEAN;
            case "Error" -> CellKind.ERROR;
            default -> CellKind.TEXT;
        };
        builder.kind(formula.isEmpty() ? kind : CellKind.FORMULA).resultKind(kind);
        if (!formula.isEmpty()) {
            builder.formula(formula.startsWith("=") ? formula.substring(1) : formula);
        }
        String raw = value.getTextContent();
        switch (kind) {
            case NUMBER -> {
                try {
                    double number = Double.parseDouble(raw.trim());
                    builder.number(number, formatter.formatRawCellContents(number, 0, "General"), "General", false);
                } catch (NumberFormatException e) {
                    builder.kind(CellKind.TEXT).resultKind(CellKind.TEXT).text(raw);
                }
            }
            case BOOLEAN -> builder.booleanValue("1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()));
            case ERROR -> builder.error(raw.trim());
            default -> {
                List<TextRun> runs = runs(value, cellFont);
                ConvertedText converted = VietnameseTextConverter.convertRuns(runs);
                builder.text(converted.text(), converted.original(), converted.encoding());
                builder.fontNames(runs.stream().map(TextRun::fontName).filter(f -> f != null).distinct().toList());
            }
        }
        return builder.build();
    }

    /** Text runs of a Data element: plain text in the cell font, {@code html:Font} children in their face. */
    private static List<TextRun> runs(Element data, String cellFont) {
        List<TextRun> runs = new ArrayList<>();
        collectRuns(data, cellFont, runs);
        return runs;
    }

    private static void collectRuns(Node node, String font, List<TextRun> runs) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                runs.add(new TextRun(child.getNodeValue(), font));
            } else if (child instanceof Element element) {
                String face = HTML.equals(element.getNamespaceURI()) ? element.getAttribute("html:Face") : "";
                if (face.isEmpty()) {
                    face = element.getAttributeNS(HTML, "Face");
                }
                collectRuns(element, face.isEmpty() ? font : face, runs);
            }
        }
    }

    private static int indexOr(Element element, int fallback) {
        int index = intAttribute(element, "Index", 0);
        return index > 0 ? index - 1 : fallback;
    }

    private static int intAttribute(Element element, String name, int fallback) {
        String value = element.getAttributeNS(SS, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<Element> children(Element parent, String... path) {
        List<Element> current = List.of(parent);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                next.addAll(childrenNs(element, SS, name));
            }
            current = next;
        }
        return current;
    }

    private static List<Element> childrenNs(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && localName.equals(element.getLocalName())
                    && namespace.equals(element.getNamespaceURI())) {
                result.add(element);
            }
        }
        return result;
    }
}
