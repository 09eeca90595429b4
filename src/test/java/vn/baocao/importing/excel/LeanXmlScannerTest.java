package vn.baocao.importing.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The lean scanner gives a handler exactly the events the JDK's SAX parser gives it, on the XML it reads; on
 * anything else it says so (and the reader then parses with SAX), it never guesses.
 */
class LeanXmlScannerTest {
    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    /** Records what reaches a SpreadsheetML handler: elements with their attributes asked by name, and text. */
    private static final class Recorder extends SpreadsheetMlHandler {
        private static final List<String> ASKED = List.of("r", "s", "t", "ref", "val", "hidden", "x:y", "xml:space");
        final List<String> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        void open(String name, Attributes attributes) {
            flush();
            StringBuilder e = new StringBuilder("<" + name);
            for (String a : ASKED) {
                if (attributes.getValue(a) != null) {
                    e.append(' ').append(a).append("=[").append(attributes.getValue(a)).append(']');
                }
            }
            // every attribute also by index and by namespace and local name, as a namespace-aware handler asks
            for (int i = 0; i < attributes.getLength(); i++) {
                String uri = attributes.getURI(i);
                String local = attributes.getLocalName(i);
                e.append(" {").append(uri).append('}').append(local).append('=')
                        .append(attributes.getValue(uri, local)).append('/').append(attributes.getType(uri, local))
                        .append('/').append(attributes.getIndex(uri, local));
            }
            events.add(e.append('>').toString());
        }

        @Override
        void close(String name) {
            flush();
            events.add("</" + name + ">");
        }

        @Override
        void text(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flush() {
            if (text.length() > 0) {
                events.add("text[" + text + "]");
                text.setLength(0);
            }
        }
    }

    private static List<String> sax(byte[] xml) throws Exception {
        Recorder r = new Recorder();
        r.parse(new ByteArrayInputStream(xml));
        r.flush();
        return r.events;
    }

    private static List<String> lean(byte[] xml) throws Exception {
        Recorder r = new Recorder();
        LeanXmlScanner.parse(xml, xml.length, r);
        r.flush();
        return r.events;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet " + NS + "><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" s=\"3\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>12.5</v></c></row>"
            + "<row r=\"2\" hidden=\"1\"/></sheetData></worksheet>",
        "<worksheet " + NS + "><c t='inlineStr'><is><t xml:space=\"preserve\"> a &amp; b &lt;c&gt; &quot;&apos;"
            + " &#65;&#x1F600;&#13;\r\nline\rend </t></is></c></worksheet>",
        "<worksheet " + NS + "><c r=\"A&#10;1\" s=\"a\tb\r\nc\rd\">Tiếng Việt: Hà Giang, Xín Mần — 95%</c></worksheet>",
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
            + "<x:row r=\"1\"/></x:sheetData></x:worksheet>",
        "<worksheet " + NS + " xmlns:mc=\"urn:mc\" xmlns:x=\"urn:x\"><mc:AlternateContent><c r=\"Z9\"/>"
            + "</mc:AlternateContent><c x:y=\"1\" r=\"A1\"/><!-- a comment --><ext xmlns=\"urn:other\"><c/></ext>"
            + "<c/></worksheet>",
        "\uFEFF<worksheet " + NS + "><v>1</v></worksheet>\n<!-- after -->\n",
        "<worksheet " + NS + "><v>a]]b > c</v><c   r = \"B2\"  /></worksheet>",
    })
    void sameEventsAsSax(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        List<String> expected = sax(bytes);
        assertThat(lean(bytes)).isEqualTo(expected).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void namesMetAgainAndNamesThatShareASlotComeOutRight() throws Exception {
        // more names than the scanner keeps, of equal lengths and near-equal bytes, each met several times
        StringBuilder xml = new StringBuilder("<worksheet " + NS + ">");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 300; i++) {
                String name = "e" + Integer.toString(i, 36) + (i % 2 == 0 ? "" : "x");
                xml.append('<').append(name).append(" a").append(i % 7).append("=\"").append(i).append("\">")
                        .append(i).append("</").append(name).append('>');
            }
        }
        byte[] bytes = xml.append("</worksheet>").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(lean(bytes)).isEqualTo(sax(bytes)).hasSizeGreaterThan(2_700);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE worksheet><worksheet " + NS + "/>",
        "<worksheet " + NS + "><v><![CDATA[1]]></v></worksheet>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet " + NS + "/>",
        "<?xml version=\"1.1\"?><worksheet " + NS + "/>",
        "<worksheet " + NS + "><?pi x?></worksheet>",
        "<worksheet " + NS + "><v>&nbsp;</v></worksheet>",
        "<worksheet " + NS + "><v>&#0;</v></worksheet>",
        "<worksheet " + NS + "><v>\u0001</v></worksheet>",
        "<worksheet " + NS + "><v>a]]>b</v></worksheet>",
        "<worksheet " + NS + "><v></c></worksheet>",
        "<worksheet " + NS + "><v>1</v>",
        "<worksheet " + NS + "><c r=\"1\" r=\"2\"/></worksheet>",
        "<worksheet " + NS + "><c r=1/></worksheet>",
        "<worksheet " + NS + "><c a=\"<\"/></worksheet>",
        "<worksheet " + NS + "><p:c/></worksheet>",
        "<worksheet " + NS + "><c p:r=\"1\"/></worksheet>",
        "<worksheet " + NS + "/><extra/>",
        "<worksheet " + NS + "/>text",
        "<worksheet " + NS + "><c r=\"1\"s=\"2\"/></worksheet>",
    })
    void refusesWhatItDoesNotRead(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> lean(bytes)).isInstanceOf(LeanXmlScanner.Unsupported.class);
    }

    @org.junit.jupiter.api.Test
    void refusesInvalidUtf8() {
        byte[] bytes = ("<worksheet " + NS + "><v>ab</v></worksheet>").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("ab");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        byte[] broken = bytes;
        assertThatThrownBy(() -> lean(broken)).isInstanceOf(LeanXmlScanner.Unsupported.class);
        assertThatThrownBy(() -> sax(broken)).isInstanceOf(Exception.class);
    }

    @org.junit.jupiter.api.Test
    void theHandlersOwnRefusalPassesThrough() {
        byte[] bytes = "<worksheet xmlns=\"urn:not-spreadsheetml\"/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> lean(bytes)).isInstanceOf(SAXException.class).hasMessageContaining("SpreadsheetML");
    }
}
