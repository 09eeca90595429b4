package vn.baocao.importing.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Collects one rich string from SAX events inside {@code <si>} (shared strings) or {@code <is>} (inline string):
 * the direct {@code <t>}, the runs {@code <r><rPr><rFont val=".."/></rPr><t>..</t></r>}; phonetic runs
 * ({@code <rPh>}) are skipped, as POI's getString() does. Text is kept exactly as stored (XMLBeans keeps
 * whitespace of xsd:string whatever xml:space says). Element names are SpreadsheetML local names; the caller
 * passes only elements of that namespace.
 */
final class XlsxRichTextCollector {
    private String plainText;
    private final List<String> runTexts = new ArrayList<>();
    private final List<String> runFonts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean capturing;
    private boolean inRun;
    private boolean inRunProperties;
    private int phoneticDepth;
    private String runText;
    private boolean runHasProperties;
    private String runFont;

    void start(String name, Attributes attributes) throws SAXException {
        if (phoneticDepth > 0) {
            phoneticDepth++;
            return;
        }
        switch (name) {
            case "rPh" -> phoneticDepth = 1;
            case "r" -> {
                if (inRun) {
                    throw new SAXException("nested run");
                }
                inRun = true;
                runText = null;
                runHasProperties = false;
                runFont = null;
            }
            case "rPr" -> {
                if (inRun) {
                    inRunProperties = true;
                    runHasProperties = true;
                }
            }
            case "rFont" -> {
                if (inRunProperties && runFont == null) {
                    String value = attributes.getValue("val");
                    if (value == null || value.startsWith("#")) {
                        // POI resolves "#n" to font n of the styles and fails on a missing value: leave it to POI
                        throw new SAXException("run font " + value);
                    }
                    runFont = value;
                }
            }
            case "t" -> {
                if (!inRunProperties) {
                    if (inRun ? runText != null : plainText != null) {
                        throw new SAXException("second <t>");
                    }
                    capturing = true;
                    text.setLength(0);
                }
            }
            default -> {
                // phoneticPr and unknown elements carry no text
            }
        }
    }

    void characters(char[] ch, int start, int length) {
        if (capturing) {
            text.append(ch, start, length);
        }
    }

    void end(String name) throws SAXException {
        if (phoneticDepth > 0) {
            phoneticDepth--;
            return;
        }
        switch (name) {
            case "t" -> {
                if (capturing) {
                    capturing = false;
                    if (inRun) {
                        runText = text.toString();
                    } else {
                        plainText = text.toString();
                    }
                }
            }
            case "rPr" -> inRunProperties = false;
            case "r" -> {
                if (runText == null) {
                    throw new SAXException("run without <t>"); // POI would fail on it
                }
                runTexts.add(runText);
                runFonts.add(runHasProperties ? (runFont == null ? XSSFFont.DEFAULT_FONT_NAME : runFont) : null);
                inRun = false;
            }
            default -> {
                // nothing to close
            }
        }
    }

    /** The string as POI's XSSFRichTextString presents it. */
    XlsxRichText finish() {
        if (runTexts.isEmpty()) {
            return XlsxRichText.plain(plainText);
        }
        int[] starts = new int[runTexts.size()];
        StringBuilder whole = new StringBuilder();
        for (int i = 0; i < starts.length; i++) {
            starts[i] = whole.length();
            whole.append(runTexts.get(i));
        }
        return new XlsxRichText(XlsxRichText.decode(whole.toString()), starts, runFonts.toArray(new String[0]));
    }
}
