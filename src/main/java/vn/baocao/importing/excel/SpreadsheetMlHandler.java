package vn.baocao.importing.excel;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Base of the SAX handlers of the streaming reader. It passes on only SpreadsheetML elements (by local name) and
 * skips the whole subtree of any other namespace (extensions, markup-compatibility blocks), which XMLBeans'
 * typed getters do not see either. The root element must be SpreadsheetML, or the part is not what POI expects.
 */
abstract class SpreadsheetMlHandler extends DefaultHandler {
    private static final String MAIN = XSSFRelation.NS_SPREADSHEETML;
    private int foreignDepth;
    private boolean rootSeen;
    /**
     * The namespace string last found to be SpreadsheetML's: a parser passes the same instance for every element,
     * so one identity check spares comparing the long URI at each of a sheet's hundreds of thousands of tags.
     */
    private String knownMain;

    /** Parses a part with POI's secure SAX parser (no DTDs, no external entities). */
    final void parse(InputStream in) throws IOException, SAXException {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(this);
            reader.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    abstract void open(String name, Attributes attributes) throws SAXException;

    abstract void close(String name) throws SAXException;

    abstract void text(char[] ch, int start, int length);

    @Override
    public final void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (!rootSeen) {
            rootSeen = true;
            if (!isMain(uri)) {
                throw new SAXException("root element not SpreadsheetML: " + uri);
            }
        }
        if (foreignDepth > 0 || !isMain(uri)) {
            foreignDepth++;
            return;
        }
        open(localName, attributes);
    }

    private boolean isMain(String uri) {
        if (uri != null && uri == knownMain) {
            return true;
        }
        if (MAIN.equals(uri)) {
            knownMain = uri;
            return true;
        }
        return false;
    }

    @Override
    public final void endElement(String uri, String localName, String qName) throws SAXException {
        if (foreignDepth > 0) {
            foreignDepth--;
            return;
        }
        close(localName);
    }

    @Override
    public final void characters(char[] ch, int start, int length) {
        if (foreignDepth == 0) {
            text(ch, start, length);
        }
    }

    /** xsd:boolean as XMLBeans reads it; anything else is left to POI. */
    static boolean bool(String value, boolean absent) throws SAXException {
        if (value == null) {
            return absent;
        }
        return switch (value.strip()) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new SAXException("not a boolean: " + value);
        };
    }

    /** xsd:unsignedInt; anything else is left to POI. */
    static long unsigned(String value, long absent) throws SAXException {
        if (value == null) {
            return absent;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 10) {
            throw new SAXException("not an unsigned int: " + value);
        }
        long result = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw new SAXException("not an unsigned int: " + value);
            }
            result = result * 10 + (c - '0');
        }
        if (result > 0xFFFFFFFFL) {
            throw new SAXException("not an unsigned int: " + value);
        }
        return result;
    }
}
