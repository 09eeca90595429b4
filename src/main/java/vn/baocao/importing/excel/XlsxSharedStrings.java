package vn.baocao.importing.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/** Reads sharedStrings.xml into rich strings, in order; index i is what a {@code <c t="s"><v>i</v>} shows. */
final class XlsxSharedStrings extends SpreadsheetMlHandler {
    private final List<XlsxRichText> strings = new ArrayList<>();
    private XlsxRichTextCollector current;
    private int depth;

    private XlsxSharedStrings() {
    }

    static List<XlsxRichText> read(InputStream in) throws IOException, SAXException {
        XlsxSharedStrings handler = new XlsxSharedStrings();
        handler.parse(in);
        return handler.strings;
    }

    @Override
    void open(String name, Attributes attributes) throws SAXException {
        depth++;
        if (current != null) {
            current.start(name, attributes);
        } else if (depth == 2 && name.equals("si")) {
            current = new XlsxRichTextCollector();
        }
    }

    @Override
    void close(String name) throws SAXException {
        depth--;
        if (current == null) {
            return;
        }
        if (depth == 1 && name.equals("si")) {
            strings.add(current.finish());
            current = null;
        } else {
            current.end(name);
        }
    }

    @Override
    void text(char[] ch, int start, int length) {
        if (current != null) {
            current.characters(ch, start, length);
        }
    }
}
