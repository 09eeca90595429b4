package vn.baocao.document.compose;

/** Puts plain text into the inline markup of a document (see docs/document-format.md). */
final class Markup {
    private Markup() {
    }

    /** Escapes the characters the markup gives a meaning to: {@code \ * [ ]}. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '*' || c == '[' || c == ']') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The plain text of a line that has no markup but escaped values: {@code \[} → {@code [}. */
    static String unescape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "\\*[]".indexOf(text.charAt(i + 1)) >= 0) {
                c = text.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String bold(String text) {
        return "**" + escape(text) + "**";
    }

    /** A sentence ending in "." with a footnote before the full stop: "… 129 lao động[^Trong đó: …].". */
    static String withFootnote(String sentence, String footnote) {
        String s = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        return escape(s) + (footnote == null || footnote.isBlank() ? "" : "[^" + escape(footnote) + "]") + ".";
    }
}
