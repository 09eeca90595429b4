package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line breaks of {@link LineBreakCharacters} are iText's default ones, for every character and what follows. */
class LineBreakCharactersTest {
    private static final String NEXT = "aZđ\u1ec7\u0301 -\u20105%.,;:!?)]}\u201d\u2019\u00bb\u3001\u3002\u30fc\uff09\u2026\n";

    @Test
    void breaksWhereItextsDefaultBreaks() {
        DefaultSplitCharacters itext = new DefaultSplitCharacters();
        LineBreakCharacters ours = new LineBreakCharacters();
        int compared = 0;
        int breaks = 0;
        for (int c = 0; c <= 0xffff; c++) {
            List<GlyphLine> lines = new ArrayList<>();
            lines.add(line(c));
            for (int i = 0; i < NEXT.length(); i++) {
                lines.add(line(c, NEXT.charAt(i)));
                lines.add(line('x', c, NEXT.charAt(i)));
            }
            lines.add(line(c, '7'));
            for (GlyphLine line : lines) {
                int pos = line.get(0).getUnicode() == c ? 0 : 1;
                boolean expected = itext.isSplitCharacter(line, pos);
                assertThat(ours.isSplitCharacter(line, pos)).as("U+%04X in %s", c, line).isEqualTo(expected);
                compared++;
                breaks += expected ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(3_000_000);
        assertThat(breaks).as("some of the cases break").isGreaterThan(100_000);
    }

    /** After a space the answer is remembered per next character: the same as iText's for each, asked twice. */
    @Test
    void aSpaceBreaksBeforeWhatItextsDefaultBreaksBefore() {
        DefaultSplitCharacters itext = new DefaultSplitCharacters();
        LineBreakCharacters ours = new LineBreakCharacters();
        int kept = 0;
        for (int round = 0; round < 2; round++) {
            for (int next = 0; next <= 0xffff; next++) {
                for (GlyphLine line : List.of(line(' ', next), line(' ', next, 'a'))) {
                    boolean expected = itext.isSplitCharacter(line, 0);
                    assertThat(ours.isSplitCharacter(line, 0)).as("space before U+%04X", next).isEqualTo(expected);
                    kept += expected ? 0 : 1;
                }
            }
            assertThat(ours.isSplitCharacter(line('a', ' '), 1)).isEqualTo(itext.isSplitCharacter(line('a', ' '), 1));
        }
        assertThat(kept).as("a space before some characters does not break").isGreaterThan(0);
    }

    @Test
    void aGlyphWithoutUnicodeNeverBreaks() {
        GlyphLine line = new GlyphLine(List.of(new Glyph(1, 500, -1), new Glyph(2, 500, 'a')));
        assertThat(new LineBreakCharacters().isSplitCharacter(line, 0))
                .isEqualTo(new DefaultSplitCharacters().isSplitCharacter(line, 0)).isFalse();
    }

    private static GlyphLine line(int... unicodes) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int u : unicodes) {
            glyphs.add(new Glyph(u, 500, u));
        }
        return new GlyphLine(glyphs);
    }
}
