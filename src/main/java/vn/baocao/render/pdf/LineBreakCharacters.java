package vn.baocao.render.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.io.util.TextUtil;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where a line may break: exactly iText's {@link DefaultSplitCharacters}, answered without its set look-ups for the
 * characters after which it never breaks (issue 17: those look-ups, a boxed {@code Integer} in three hash sets for
 * every glyph of every line tried, were 7 % of a warm PDF).
 *
 * <p>{@code DefaultSplitCharacters} (iText 9.7.1, pinned in pom.xml) answers true only for a new line or for a
 * character in {@link #mayBreakAfter}'s list, and only after its set checks; for any other character every one of its
 * branches answers false. So those characters are answered here and the rest is asked of it: the same breaks.
 */
final class LineBreakCharacters implements ISplitCharacters {
    private static final DefaultSplitCharacters DEFAULT = new DefaultSplitCharacters();
    private static final byte UNKNOWN = 0;
    private static final byte BREAKS = 1;
    private static final byte KEEPS = 2;

    /**
     * After a space that is not the line's last glyph, iText's answer depends only on the next character: remembered
     * per character as it is first met (iText's own answer), so each space costs one array read. Shared by all
     * PDFs: a value, once written, never changes, and two threads meeting a character first write the same one.
     */
    private static final byte[] AFTER_SPACE = new byte[0x10000];

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        Glyph glyph = text.get(glyphPos);
        if (!glyph.hasValidUnicode()) {
            return false;
        }
        int c = glyph.getUnicode();
        if (!TextUtil.isNewLine(c) && !mayBreakAfter(c)) {
            return false;
        }
        if (c == ' ' && glyphPos < text.size() - 1) {
            int next = text.get(glyphPos + 1).getUnicode();
            if (next >= 0 && next < AFTER_SPACE.length) {
                if (AFTER_SPACE[next] == UNKNOWN) {
                    AFTER_SPACE[next] = DEFAULT.isSplitCharacter(text, glyphPos) ? BREAKS : KEEPS;
                }
                return AFTER_SPACE[next] == BREAKS;
            }
        }
        return DEFAULT.isSplitCharacter(text, glyphPos);
    }

    /** The characters after which iText's default may break a line (spaces, hyphens, CJK and full-width forms). */
    static boolean mayBreakAfter(int c) {
        return c <= ' ' || c == '-' || c == '\u2010'
                || c >= '\u2002' && c <= '\u200b'
                || c >= '\u2e80' && c < '\ud7a0'
                || c >= '\uf900' && c < '\ufb00'
                || c >= '\ufe30' && c < '\ufe50'
                || c >= '\uff61' && c < '\uffa0';
    }
}
