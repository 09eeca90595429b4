package vn.baocao.render.layout;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The advance widths of a TrueType font, read from its own tables ({@code head}, {@code hhea}, {@code hmtx} and a
 * Unicode {@code cmap} of format 4 or 12). Measuring a line this way needs none of the JDK's font machinery, whose
 * start (font manager, fontconfig, a temporary copy of the font file) cost a cold render ~0,1 s (issue 17).
 * A font it cannot read gives {@link Optional#empty()}, and {@link TextMeasure} then measures with AWT as before.
 */
final class TrueTypeAdvances {
    private final int unitsPerEm;
    private final int[] advances; // by glyph id; glyphs past numberOfHMetrics repeat the last advance
    private final ByteBuffer cmap;
    private final int subtable;
    private final int format;

    private TrueTypeAdvances(int unitsPerEm, int[] advances, ByteBuffer cmap, int subtable, int format) {
        this.unitsPerEm = unitsPerEm;
        this.advances = advances;
        this.cmap = cmap;
        this.subtable = subtable;
        this.format = format;
    }

    /** Reads the font, or empty when it is not a TrueType font this class understands. */
    static Optional<TrueTypeAdvances> read(byte[] font) {
        try {
            ByteBuffer b = ByteBuffer.wrap(font);
            int tag = b.getInt(0);
            if (tag != 0x00010000 && tag != 0x74727565) { // 1.0 or 'true'; not a collection or CFF
                return Optional.empty();
            }
            int tables = b.getShort(4) & 0xFFFF;
            int head = -1;
            int hhea = -1;
            int hmtx = -1;
            int cmapAt = -1;
            for (int i = 0; i < tables; i++) {
                int entry = 12 + 16 * i;
                int offset = b.getInt(entry + 8);
                switch (b.getInt(entry)) {
                    case 0x68656164 -> head = offset; // head
                    case 0x68686561 -> hhea = offset; // hhea
                    case 0x686D7478 -> hmtx = offset; // hmtx
                    case 0x636D6170 -> cmapAt = offset; // cmap
                    default -> { }
                }
            }
            if (head < 0 || hhea < 0 || hmtx < 0 || cmapAt < 0) {
                return Optional.empty();
            }
            int unitsPerEm = b.getShort(head + 18) & 0xFFFF;
            int metrics = b.getShort(hhea + 34) & 0xFFFF;
            int[] advances = new int[metrics];
            for (int g = 0; g < metrics; g++) {
                advances[g] = b.getShort(hmtx + 4 * g) & 0xFFFF;
            }
            // a Unicode subtable: Windows full repertoire (3,10, format 12), else Windows BMP (3,1, format 4)
            int best = -1;
            int bestFormat = 0;
            int count = b.getShort(cmapAt + 2) & 0xFFFF;
            for (int i = 0; i < count; i++) {
                int rec = cmapAt + 4 + 8 * i;
                int platform = b.getShort(rec) & 0xFFFF;
                int encoding = b.getShort(rec + 2) & 0xFFFF;
                int at = cmapAt + b.getInt(rec + 4);
                int fmt = b.getShort(at) & 0xFFFF;
                if (platform == 3 && encoding == 10 && fmt == 12) {
                    best = at;
                    bestFormat = 12;
                } else if (platform == 3 && encoding == 1 && fmt == 4 && bestFormat != 12) {
                    best = at;
                    bestFormat = 4;
                }
            }
            if (best < 0 || unitsPerEm == 0 || metrics == 0) {
                return Optional.empty();
            }
            return Optional.of(new TrueTypeAdvances(unitsPerEm, advances, b, best, bestFormat));
        } catch (IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    int unitsPerEm() {
        return unitsPerEm;
    }

    /**
     * Whether every character of {@code text} is one whose width AWT takes from the font's advance alone: Latin
     * (Vietnamese included), Latin Extended Additional, common punctuation, currency and letterlike symbols.
     * Control characters, combining marks, right-to-left and complex scripts, invisible formatting characters and
     * surrogate pairs are left to AWT, which lays them out ({@code TextMeasureTest} compares every character).
     */
    static boolean simple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0x2FF) || (c >= 0x1E00 && c <= 0x1EFF)
                    || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || (c >= 0x20A0 && c <= 0x20CF)
                    || (c >= 0x2100 && c <= 0x214F);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The advance width of a {@link #simple} text, summed in single precision as AWT sums it. */
    double widthPt(String text, double sizePt) {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += (float) (advance(text.charAt(i)) * sizePt / unitsPerEm);
        }
        return width;
    }

    /** The advance of the glyph that shows {@code codePoint} (the missing glyph's when the font has none). */
    int advance(int codePoint) {
        int glyph = glyph(codePoint);
        return advances[Math.min(glyph, advances.length - 1)];
    }

    private int glyph(int c) {
        return format == 12 ? glyph12(c) : c > 0xFFFF ? 0 : glyph4(c);
    }

    private int glyph4(int c) {
        ByteBuffer b = cmap;
        int at = subtable;
        int segments = (b.getShort(at + 6) & 0xFFFF) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int end = b.getShort(ends + 2 * s) & 0xFFFF;
            if (c > end) {
                continue;
            }
            int start = b.getShort(starts + 2 * s) & 0xFFFF;
            if (c < start) {
                return 0;
            }
            int delta = b.getShort(deltas + 2 * s);
            int rangeAt = rangeOffsets + 2 * s;
            int range = b.getShort(rangeAt) & 0xFFFF;
            if (range == 0) {
                return (c + delta) & 0xFFFF;
            }
            int g = b.getShort(rangeAt + range + 2 * (c - start)) & 0xFFFF;
            return g == 0 ? 0 : (g + delta) & 0xFFFF;
        }
        return 0;
    }

    private int glyph12(int c) {
        ByteBuffer b = cmap;
        long groups = b.getInt(subtable + 12) & 0xFFFFFFFFL;
        for (int i = 0; i < groups; i++) {
            int g = subtable + 16 + 12 * i;
            long start = b.getInt(g) & 0xFFFFFFFFL;
            long end = b.getInt(g + 4) & 0xFFFFFFFFL;
            if (c >= start && c <= end) {
                return (int) ((b.getInt(g + 8) & 0xFFFFFFFFL) + (c - start));
            }
        }
        return 0;
    }
}
