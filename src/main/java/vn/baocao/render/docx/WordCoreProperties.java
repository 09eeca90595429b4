package vn.baocao.render.docx;

import java.time.Instant;
import vn.baocao.render.walk.DocumentVisitor.Metadata;

/**
 * The core properties part (docProps/core.xml): when the file was made, and the document's author, subject and
 * title as Word shows them under File › Info. An empty property is left out.
 *
 * <p>Its text is escaped as the package parts always were: {@code & < >} as entities, the control characters
 * XML 1.1 would allow and the C1 controls as hexadecimal character references, a NUL or half a surrogate pair
 * (which no XML can hold) dropped or replaced by {@code ?}.
 */
final class WordCoreProperties {
    private WordCoreProperties() {
    }

    static String xml(Metadata metadata, Instant created) {
        StringBuilder x = new StringBuilder(1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<cp:coreProperties")
                .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:created>");
        element(x, "dc:creator", metadata.author());
        element(x, "dc:subject", metadata.subject());
        element(x, "dc:title", metadata.title());
        return x.append("</cp:coreProperties>").toString();
    }

    private static void element(StringBuilder x, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        x.append('<').append(name).append('>');
        escape(x, value);
        x.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder x, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '&') {
                x.append("&amp;");
            } else if (c == '<') {
                x.append("&lt;");
            } else if (c == '>') {
                x.append("&gt;");
            } else if (c == '\r') {
                x.append("&#xD;");
            } else if (c == 0) {
                continue;
            } else if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == 0x2028) {
                x.append("&#x").append(Integer.toHexString(c)).append(';');
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    x.append(c).append(s.charAt(++i));
                } else {
                    x.append('?');
                }
            } else {
                x.append(c);
            }
        }
    }
}
