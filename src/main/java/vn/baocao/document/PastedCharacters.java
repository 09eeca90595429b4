package vn.baocao.document;

/**
 * Characters that come along when a clerk pastes from Word or a web page and that print nothing of their own. The
 * document font has no glyph for them, so the PDF could not be made (and Word files would show a "?"): they are
 * cleaned out when the text enters the model. A byte order mark (U+FEFF) is dropped; line and paragraph separators
 * (U+2028, U+2029, U+0085), the vertical tab (Word's manual line break as some programs copy it) and the other
 * control characters but the tab and the line ends (which both renderers already take) become a space; Word's
 * bullet in its Symbol font (U+F0B7) becomes "•".
 */
final class PastedCharacters {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char SYMBOL_FONT_BULLET = '\uF0B7';
    private static final char BULLET = '\u2022';

    private PastedCharacters() {
    }

    static String clean(String text) {
        if (text == null || !hasAny(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == SYMBOL_FONT_BULLET) {
                out.append(BULLET);
            } else if (isBreakOrControl(c)) {
                out.append(' ');
            } else if (c != BYTE_ORDER_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A quick look first: nearly every text has none of them and is kept as it is. */
    private static boolean hasAny(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == BYTE_ORDER_MARK || c == SYMBOL_FONT_BULLET || isBreakOrControl(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreakOrControl(char c) {
        return c == '\u2028' || c == '\u2029' || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
