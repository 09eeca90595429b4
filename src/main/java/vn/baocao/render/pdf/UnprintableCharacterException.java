package vn.baocao.render.pdf;

import vn.baocao.render.text.RenderText;

/**
 * The text has a character the document font has no glyph for (a "✓" pasted from Word, a replacement character
 * from a broken encoding): a PDF/A file cannot show it. The message names the character and the text around it, so
 * that the clerk can find and replace it.
 */
public final class UnprintableCharacterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int CONTEXT_CHARS = 30;

    UnprintableCharacterException(String text, int index) {
        super(RenderText.get("unprintableCharacter.khongCoTrongPhong", Character.toString(text.codePointAt(index)),
                String.format("U+%04X", text.codePointAt(index)), around(text, index)));
    }

    /** Up to {@link #CONTEXT_CHARS} characters each side of the character, where the clerk can search for it. */
    private static String around(String text, int index) {
        int from = Math.max(0, index - CONTEXT_CHARS);
        int to = Math.min(text.length(), index + CONTEXT_CHARS);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
