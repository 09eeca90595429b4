package vn.baocao.importing.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import vn.baocao.importing.table.SheetVisibility;

/** Reads workbook.xml: the sheets in order (name, visibility, relationship id) and the 1904 date system. */
final class XlsxWorkbookPart extends SpreadsheetMlHandler {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    record SheetEntry(String name, SheetVisibility visibility, String relationshipId) {
    }

    private final List<SheetEntry> sheets = new ArrayList<>();
    private boolean date1904;
    private int depth;
    private boolean inSheets;
    private boolean propertiesSeen;

    private XlsxWorkbookPart() {
    }

    static XlsxWorkbookPart read(InputStream in) throws IOException, SAXException {
        XlsxWorkbookPart handler = new XlsxWorkbookPart();
        handler.parse(in);
        return handler;
    }

    List<SheetEntry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    void open(String name, Attributes attributes) throws SAXException {
        depth++;
        if (depth == 2 && name.equals("workbookPr") && !propertiesSeen) {
            propertiesSeen = true; // XMLBeans' getWorkbookPr() is the first one
            date1904 = bool(attributes.getValue("date1904"), false);
        } else if (depth == 2 && name.equals("sheets")) {
            inSheets = true;
        } else if (depth == 3 && inSheets && name.equals("sheet")) {
            String sheetName = attributes.getValue("name");
            String id = attributes.getValue(RELATIONSHIPS, "id");
            if (sheetName == null || id == null) {
                throw new SAXException("sheet without name or r:id");
            }
            sheets.add(new SheetEntry(sheetName, visibility(attributes.getValue("state")), id));
        }
    }

    private static SheetVisibility visibility(String state) throws SAXException {
        if (state == null) {
            return SheetVisibility.VISIBLE;
        }
        return switch (state) {
            case "visible" -> SheetVisibility.VISIBLE;
            case "hidden" -> SheetVisibility.HIDDEN;
            case "veryHidden" -> SheetVisibility.VERY_HIDDEN;
            default -> throw new SAXException("sheet state " + state);
        };
    }

    @Override
    void close(String name) {
        if (depth == 2 && name.equals("sheets")) {
            inSheets = false;
        }
        depth--;
    }

    @Override
    void text(char[] ch, int start, int length) {
        // workbook.xml carries nothing we need as text
    }
}
