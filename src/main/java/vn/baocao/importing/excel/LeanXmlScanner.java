package vn.baocao.importing.excel;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Feeds one worksheet part, held as UTF-8 bytes, to a {@link SpreadsheetMlHandler} with the same events the JDK's
 * SAX parser gives it, for the plain XML Excel and LibreOffice write: elements, attributes, text, the five predefined
 * entities and character references, comments, namespaces declared with {@code xmlns}. The SAX parser spent most of
 * the read on a sheet of 96 000 values (its name scanning and symbol tables, profiled); this costs a fraction.
 * <p>
 * Anything else — a DOCTYPE, CDATA, a processing instruction other than the XML declaration, another encoding, an
 * undeclared prefix, a character XML forbids, invalid UTF-8, a malformed or mismatched tag — throws
 * {@link Unsupported}, and the caller parses the part again with the SAX parser, whose result (or error) stands.
 * The only leniency left is in what Excel never writes (a "--" inside a comment).
 */
final class LeanXmlScanner {
    /** The part is outside the subset read here; the caller parses it with SAX instead. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
            "version\\s*=\\s*([\"'])1\\.0\\1(?:\\s+encoding\\s*=\\s*([\"'])([A-Za-z0-9._-]+)\\2)?"
            + "(?:\\s+standalone\\s*=\\s*([\"'])(?:yes|no)\\4)?");
    private final byte[] xml;
    private final int end;
    private final SpreadsheetMlHandler handler;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private char[] chars = new char[256];
    private int length;
    private int pos;
    /** Open elements: their qualified names, and how many namespace bindings each pushed. */
    private final List<String> open = new ArrayList<>();
    private int[] bindingsPushed = new int[16];
    /** Namespace bindings in scope, innermost last: prefix ("" for the default) and URI. */
    private final List<String[]> bindings = new ArrayList<>();
    /** The prefix {@link #uri} was last asked about (null: none since the bindings changed) and its answer. */
    private String lastPrefix;
    private String lastUri;
    private final LeanAttributes attributes = new LeanAttributes();
    /** Names met so far, by a hash of their bytes; a collision only makes a new String. */
    private static final int NAME_SLOTS = 64;
    /** Every one-character ASCII string, for the one-character attribute values of nearly every cell. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    private final String[] names = new String[NAME_SLOTS];

    private LeanXmlScanner(byte[] xml, int length, SpreadsheetMlHandler handler) {
        this.xml = xml;
        this.end = length;
        this.handler = handler;
    }

    /** Parses {@code xml[0, length)} into the handler, or throws {@link Unsupported} (or the handler's error). */
    static void parse(byte[] xml, int length, SpreadsheetMlHandler handler) throws Unsupported, SAXException {
        new LeanXmlScanner(xml, length, handler).document();
    }

    private void document() throws Unsupported, SAXException {
        if (end >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
        if (startsWith("<?xml")) {
            declaration();
        }
        boolean rootDone = false;
        while (pos < end) {
            byte b = xml[pos];
            if (b == '<') {
                if (startsWith("<!--")) {
                    comment();
                } else if (rootDone) {
                    throw new Unsupported("markup after the root element");
                } else {
                    if (pos + 1 < end && (xml[pos + 1] == '!' || xml[pos + 1] == '?' || xml[pos + 1] == '/')) {
                        throw new Unsupported("DOCTYPE, processing instruction or stray end tag");
                    }
                    element();
                    rootDone = true;
                }
            } else if (isSpace(b)) {
                pos++;
            } else {
                throw new Unsupported("text outside the root element");
            }
        }
        if (!rootDone) {
            throw new Unsupported("no root element");
        }
    }

    /** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}: only UTF-8 (or none) is read here. */
    private void declaration() throws Unsupported {
        int close = indexOf("?>", pos);
        if (close < 0) {
            throw new Unsupported("unterminated XML declaration");
        }
        String text = new String(xml, pos + 5, close - pos - 5, StandardCharsets.ISO_8859_1).strip();
        java.util.regex.Matcher m = DECLARATION.matcher(text);
        if (!m.matches() || m.group(3) != null && !m.group(3).equalsIgnoreCase("UTF-8")) {
            throw new Unsupported("XML declaration other than version 1.0 in UTF-8");
        }
        pos = close + 2;
    }

    private void comment() throws Unsupported {
        int close = indexOf("-->", pos + 4);
        if (close < 0) {
            throw new Unsupported("unterminated comment");
        }
        pos = close + 3;
    }

    /** The root element and everything inside it, iteratively (no recursion on deep documents). */
    private void element() throws Unsupported, SAXException {
        do {
            if (xml[pos] != '<') {
                text();
                continue;
            }
            if (startsWith("</")) {
                endTag();
            } else if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<!") || startsWith("<?")) {
                throw new Unsupported("CDATA, DOCTYPE or processing instruction");
            } else {
                startTag();
            }
        } while (!open.isEmpty() && pos < end);
        if (!open.isEmpty()) {
            throw new Unsupported("unclosed element " + open.get(open.size() - 1));
        }
    }

    private void startTag() throws Unsupported, SAXException {
        pos++;
        String qName = name();
        attributes.clear();
        int pushed = 0;
        boolean empty = false;
        while (true) {
            boolean spaced = skipSpaces();
            if (pos >= end) {
                throw new Unsupported("unterminated tag");
            }
            byte b = xml[pos];
            if (b == '>') {
                pos++;
                break;
            }
            if (b == '/') {
                if (pos + 1 >= end || xml[pos + 1] != '>') {
                    throw new Unsupported("bad empty tag");
                }
                pos += 2;
                empty = true;
                break;
            }
            if (!spaced) {
                throw new Unsupported("attribute without a space before it");
            }
            String attribute = name();
            skipSpaces();
            if (pos >= end || xml[pos] != '=') {
                throw new Unsupported("attribute without a value");
            }
            pos++;
            skipSpaces();
            String value = attributeValue();
            if (attribute.equals("xmlns")) {
                bindings.add(new String[] {"", value});
                lastPrefix = null;
                pushed++;
            } else if (attribute.startsWith("xmlns:")) {
                if (value.isEmpty()) {
                    throw new Unsupported("prefix bound to no namespace");
                }
                bindings.add(new String[] {attribute.substring(6), value});
                lastPrefix = null;
                pushed++;
            } else {
                attributes.add(attribute, value);
            }
        }
        attributes.checkUnique();
        attributes.checkPrefixes(this);
        int colon = qName.indexOf(':');
        String prefix = colon < 0 ? "" : qName.substring(0, colon);
        String localName = colon < 0 ? qName : qName.substring(colon + 1);
        String uri = uri(prefix);
        if (uri == null) {
            if (!prefix.isEmpty()) {
                throw new Unsupported("undeclared prefix " + prefix);
            }
            uri = "";
        }
        handler.startElement(uri, localName, qName, attributes);
        if (empty) {
            handler.endElement(uri, localName, qName);
            popBindings(pushed);
        } else {
            if (open.size() == bindingsPushed.length) {
                bindingsPushed = Arrays.copyOf(bindingsPushed, open.size() * 2);
            }
            bindingsPushed[open.size()] = pushed;
            open.add(qName);
        }
    }

    private void endTag() throws Unsupported, SAXException {
        pos += 2;
        String qName = name();
        skipSpaces();
        if (pos >= end || xml[pos] != '>') {
            throw new Unsupported("bad end tag");
        }
        pos++;
        if (open.isEmpty() || !open.get(open.size() - 1).equals(qName)) {
            throw new Unsupported("mismatched end tag " + qName);
        }
        int colon = qName.indexOf(':');
        String uri = uri(colon < 0 ? "" : qName.substring(0, colon));
        handler.endElement(uri == null ? "" : uri, colon < 0 ? qName : qName.substring(colon + 1), qName);
        open.remove(open.size() - 1);
        popBindings(bindingsPushed[open.size()]);
    }

    private void popBindings(int count) {
        for (int i = 0; i < count; i++) {
            bindings.remove(bindings.size() - 1);
            lastPrefix = null;
        }
    }

    /**
     * The namespace bound to a prefix, or null; the "xml" prefix is always bound. The last answer is kept until the
     * bindings change: a sheet declares them on its root and asks for the same prefix at every tag.
     */
    String uri(String prefix) {
        if (!prefix.equals(lastPrefix)) {
            lastUri = boundUri(prefix);
            lastPrefix = prefix;
        }
        return lastUri;
    }

    private String boundUri(String prefix) {
        for (int i = bindings.size() - 1; i >= 0; i--) {
            if (bindings.get(i)[0].equals(prefix)) {
                String uri = bindings.get(i)[1];
                return uri.isEmpty() ? null : uri;
            }
        }
        return prefix.equals("xml") ? "http://www.w3.org/XML/1998/namespace" : null;
    }

    /** Character data up to the next tag, decoded, line ends normalised, given to the handler in one call. */
    private void text() throws Unsupported, SAXException {
        length = 0;
        int start = pos;
        while (pos < end && xml[pos] != '<') {
            byte b = xml[pos];
            if (b == '&') {
                flushBytes(start, pos, false);
                reference();
                start = pos;
            } else if (b == '\r') {
                flushBytes(start, pos, false);
                append('\n');
                pos++;
                if (pos < end && xml[pos] == '\n') {
                    pos++;
                }
                start = pos;
            } else {
                if (b == '>' && pos - 2 >= start && xml[pos - 1] == ']' && xml[pos - 2] == ']') {
                    throw new Unsupported("']]>' in text");
                }
                pos++;
            }
        }
        flushBytes(start, pos, false);
        if (length > 0) {
            handler.characters(chars, 0, length);
        }
    }

    /** A quoted attribute value: references decoded, tabs and line ends as spaces (XML's normalisation). */
    private String attributeValue() throws Unsupported {
        if (pos >= end || (xml[pos] != '"' && xml[pos] != '\'')) {
            throw new Unsupported("unquoted attribute value");
        }
        byte quote = xml[pos++];
        length = 0;
        int start = pos;
        while (true) {
            if (pos >= end) {
                throw new Unsupported("unterminated attribute value");
            }
            byte b = xml[pos];
            if (b == quote) {
                break;
            }
            if (b == '<') {
                throw new Unsupported("'<' in an attribute value");
            }
            if (b == '&') {
                flushBytes(start, pos, true);
                reference();
                start = pos;
            } else if (b == '\r' && pos + 1 < end && xml[pos + 1] == '\n') {
                flushBytes(start, pos, true);
                pos++; // CR LF is one line end, then one space
                start = pos;
            } else {
                pos++;
            }
        }
        flushBytes(start, pos, true);
        pos++;
        if (length == 1 && chars[0] < ONE_CHAR.length) {
            return ONE_CHAR[chars[0]]; // t="n", s="1": one ASCII character, made once
        }
        return new String(chars, 0, length);
    }

    /** {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &apos;}, {@code &#N;}, {@code &#xN;}. */
    private void reference() throws Unsupported {
        int semicolon = -1;
        for (int i = pos + 1; i < end && i < pos + 12; i++) {
            if (xml[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < 0) {
            throw new Unsupported("bad reference");
        }
        String name = new String(xml, pos + 1, semicolon - pos - 1, StandardCharsets.ISO_8859_1);
        pos = semicolon + 1;
        switch (name) {
            case "amp" -> append('&');
            case "lt" -> append('<');
            case "gt" -> append('>');
            case "quot" -> append('"');
            case "apos" -> append('\'');
            default -> {
                if (!name.startsWith("#") || name.length() < 2) {
                    throw new Unsupported("entity " + name);
                }
                int code;
                try {
                    code = name.charAt(1) == 'x' ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                } catch (NumberFormatException e) {
                    throw new Unsupported("character reference " + name);
                }
                if (!isXmlChar(code) || name.charAt(1) == '+' || name.startsWith("#x+") || name.startsWith("#x-")) {
                    throw new Unsupported("character reference " + name);
                }
                for (char c : Character.toChars(code)) {
                    append(c);
                }
            }
        }
    }

    /** Appends {@code xml[from, to)} decoded; in an attribute value tabs and line feeds become spaces. */
    private void flushBytes(int from, int to, boolean attribute) throws Unsupported {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            byte b = xml[i];
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            ensure(to - from);
            for (int i = from; i < to; i++) {
                byte b = xml[i];
                if (b < 0x20) {
                    if (b != '\t' && b != '\n' && b != '\r') {
                        throw new Unsupported("control character");
                    }
                    chars[length++] = attribute ? ' ' : b == '\r' ? '\n' : (char) b;
                } else {
                    chars[length++] = (char) b;
                }
            }
            return;
        }
        CharBuffer decoded;
        try {
            decoded = utf8.decode(ByteBuffer.wrap(xml, from, to - from));
        } catch (CharacterCodingException e) {
            throw new Unsupported("invalid UTF-8");
        }
        ensure(decoded.remaining());
        while (decoded.hasRemaining()) {
            char c = decoded.get();
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    throw new Unsupported("control character");
                }
                c = attribute ? ' ' : c == '\r' ? '\n' : c;
            } else if (c == 0xFFFE || c == 0xFFFF) {
                throw new Unsupported("non-character");
            }
            chars[length++] = c;
        }
    }

    private void append(char c) {
        ensure(1);
        chars[length++] = c;
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    /** An element or attribute name: ASCII name characters (and any non-ASCII ones), first not a digit, '-' or '.'. */
    private String name() throws Unsupported {
        int start = pos;
        while (pos < end) {
            byte b = xml[pos];
            boolean ok = b < 0 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':'
                    || pos > start && (b >= '0' && b <= '9' || b == '-' || b == '.');
            if (!ok) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            throw new Unsupported("bad name");
        }
        int colons = 0;
        for (int i = start; i < pos; i++) {
            if (xml[i] < 0) {
                throw new Unsupported("non-ASCII name"); // valid perhaps, but not worth checking here
            }
            colons += xml[i] == ':' ? 1 : 0;
        }
        if (colons > 1 || xml[start] == ':' || xml[pos - 1] == ':') {
            throw new Unsupported("bad qualified name");
        }
        return knownName(start, pos - start);
    }

    /**
     * The name at {@code xml[start, start + length)} (ASCII), the same String as the last time it was met: a sheet
     * repeats a handful of names ("c", "v", "r", "s") hundreds of thousands of times, and a String made once also
     * keeps its hash for the handler's switch. It is interned, so that the handler's {@code name.equals("c")} and
     * its switch end at the identity check.
     */
    private String knownName(int start, int length) {
        int hash = length;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + xml[i];
        }
        int slot = hash & (NAME_SLOTS - 1);
        String known = names[slot];
        if (known != null && known.length() == length) {
            boolean same = true;
            for (int i = 0; i < length && same; i++) {
                same = known.charAt(i) == xml[start + i];
            }
            if (same) {
                return known;
            }
        }
        String name = new String(xml, start, length, StandardCharsets.ISO_8859_1).intern();
        names[slot] = name;
        return name;
    }

    private boolean skipSpaces() {
        int start = pos;
        while (pos < end && isSpace(xml[pos])) {
            pos++;
        }
        return pos > start;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private boolean startsWith(String s) {
        if (pos + s.length() > end) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (xml[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String s, int from) {
        outer:
        for (int i = from; i + s.length() <= end; i++) {
            for (int j = 0; j < s.length(); j++) {
                if (xml[i + j] != s.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The attributes of the current start tag, by index, qualified name, or namespace and local name, as SAX gives them. */
    private static final class LeanAttributes implements Attributes {
        private String[] names = new String[8];
        private String[] values = new String[8];
        /** Each attribute's namespace, "" for an unprefixed one (SAX's answer), set by {@link #checkPrefixes}. */
        private String[] uris = new String[8];
        private int count;

        void clear() {
            count = 0;
        }

        void add(String name, String value) {
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
                values = Arrays.copyOf(values, count * 2);
                uris = Arrays.copyOf(uris, count * 2);
            }
            names[count] = name;
            values[count++] = value;
        }

        void checkUnique() throws Unsupported {
            for (int i = 1; i < count; i++) {
                for (int j = 0; j < i; j++) {
                    if (names[i].equals(names[j])) {
                        throw new Unsupported("duplicate attribute " + names[i]);
                    }
                }
            }
        }

        /** Resolves each prefixed name to its namespace, refusing an undeclared prefix as SAX would. */
        void checkPrefixes(LeanXmlScanner scanner) throws Unsupported {
            for (int i = 0; i < count; i++) {
                int colon = names[i].indexOf(':');
                String prefix = colon < 0 ? null : names[i].substring(0, colon);
                String uri = prefix == null || prefix.equals("xmlns") ? "" : scanner.uri(prefix);
                if (uri == null) {
                    throw new Unsupported("undeclared attribute prefix " + names[i]);
                }
                uris[i] = uri;
            }
        }

        @Override
        public int getLength() {
            return count;
        }

        @Override
        public String getURI(int index) {
            return index >= 0 && index < count ? uris[index] : null;
        }

        @Override
        public String getLocalName(int index) {
            return index >= 0 && index < count ? names[index].substring(names[index].indexOf(':') + 1) : null;
        }

        @Override
        public String getQName(int index) {
            return index >= 0 && index < count ? names[index] : null;
        }

        @Override
        public String getType(int index) {
            return index >= 0 && index < count ? "CDATA" : null;
        }

        @Override
        public String getValue(int index) {
            return index >= 0 && index < count ? values[index] : null;
        }

        @Override
        public int getIndex(String uri, String localName) {
            for (int i = 0; i < count; i++) {
                if (uris[i].equals(uri) && getLocalName(i).equals(localName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getIndex(String qName) {
            for (int i = 0; i < count; i++) {
                if (names[i].equals(qName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String getType(String uri, String localName) {
            return getIndex(uri, localName) < 0 ? null : "CDATA";
        }

        @Override
        public String getType(String qName) {
            return getIndex(qName) < 0 ? null : "CDATA";
        }

        @Override
        public String getValue(String uri, String localName) {
            int i = getIndex(uri, localName);
            return i < 0 ? null : values[i];
        }

        @Override
        public String getValue(String qName) {
            int i = getIndex(qName);
            return i < 0 ? null : values[i];
        }
    }
}
