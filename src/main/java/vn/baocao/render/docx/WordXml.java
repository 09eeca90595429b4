package vn.baocao.render.docx;

/**
 * A small writer of WordprocessingML markup into a string: elements, attributes and escaped text, written the way
 * the Word parts of BaoCao have always been written (issue 17 replaced POI's XWPF model, whose start cost ~0,4 s of
 * CPU in a cold render, by this writer; the parts stayed byte for byte the same, DocxWriterSamenessTest).
 *
 * <p>Escaping follows what a clerk's text needs and what Word reads: {@code &} and {@code <} always, {@code >} only
 * after {@code ]]} (where it would end a CDATA section), {@code "} in attributes, a carriage return as {@code &#13;},
 * and a character XML 1.0 forbids (a control character, U+FFFE/U+FFFF, half a surrogate pair) as {@code ?}, since
 * no XML reader would open the file with it.
 */
final class WordXml {
    private final StringBuilder out;

    WordXml(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** {@code <name a1="v1" ...>}; attributes come as name, value pairs. */
    WordXml open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** {@code <name a1="v1" .../>}. */
    WordXml empty(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    WordXml close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** Markup already made (a constant or another part's output). */
    WordXml raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * A {@code w:t} element holding {@code text}: marked to keep its spaces when it starts or ends with white space
     * (else Word would drop the space between a label and its text), and empty-element form for an empty text.
     */
    WordXml t(String text) {
        if (text.isEmpty()) {
            out.append("<w:t/>");
            return this;
        }
        boolean keepSpaces = Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1));
        out.append(keepSpaces ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        escape(text, false);
        out.append("</w:t>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(' ').append(pairs[i]).append("=\"");
            escape(pairs[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String s, boolean attribute) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append(i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else {
                        out.append(allowed(c) ? c : '?');
                    }
                }
            }
        }
    }

    /** Whether XML 1.0 allows the character on its own (surrogate pairs are handled by the caller). */
    static boolean allowed(char c) {
        return c >= 0x20 ? c < 0xD800 || (c >= 0xE000 && c <= 0xFFFD) : c == '\t' || c == '\n' || c == '\r';
    }
}
