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
