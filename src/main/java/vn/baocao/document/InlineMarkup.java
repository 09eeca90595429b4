package vn.baocao.document;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.document.text.DocumentText;

/**
 * Reads and writes the inline markup of {@link RichText}: {@code **} toggles bold, {@code *} toggles
 * italic, {@code [^…]} is a footnote, and {@code \} escapes the next character.
 */
final class InlineMarkup {
    private InlineMarkup() {
    }

    static List<Inline> parse(String markup) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if (c == '\\' && i + 1 < markup.length()) {
                text.append(markup.charAt(i + 1));
                i += 2;
            } else if (c == '*') {
                out.add(new TextRun(text.toString(), bold, italic));
                text.setLength(0);
                if (i + 1 < markup.length() && markup.charAt(i + 1) == '*') {
                    bold = !bold;
                    i += 2;
                } else {
                    italic = !italic;
                    i += 1;
                }
            } else if (c == '[' && i + 1 < markup.length() && markup.charAt(i + 1) == '^') {
                out.add(new TextRun(text.toString(), bold, italic));
                text.setLength(0);
                StringBuilder note = new StringBuilder();
                i += 2;
                while (i < markup.length() && markup.charAt(i) != ']') {
                    if (markup.charAt(i) == '\\' && i + 1 < markup.length()) {
                        i++;
                    }
                    note.append(markup.charAt(i));
                    i++;
                }
                if (i >= markup.length()) {
                    throw new IllegalArgumentException(DocumentText.get("inlineMarkup.chuThichChuaDong", markup));
                }
                i++; // the closing bracket
                out.add(new FootnoteRef(note.toString()));
            } else {
                text.append(c);
                i++;
            }
        }
        out.add(new TextRun(text.toString(), bold, italic));
        return out;
    }

    static String format(List<Inline> parts) {
        StringBuilder sb = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        for (Inline part : parts) {
            if (part instanceof TextRun run) {
                if (run.bold() != bold) {
                    sb.append("**");
                    bold = run.bold();
                }
                if (run.italic() != italic) {
                    sb.append('*');
                    italic = run.italic();
                }
                escape(run.text(), "\\*[", sb);
            } else if (part instanceof FootnoteRef ref) {
                sb.append("[^");
                escape(ref.text(), "\\]", sb);
                sb.append(']');
            }
        }
        if (bold) {
            sb.append("**");
        }
        if (italic) {
            sb.append('*');
        }
        return sb.toString();
    }

    private static void escape(String text, String specials, StringBuilder sb) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (specials.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
    }
}
