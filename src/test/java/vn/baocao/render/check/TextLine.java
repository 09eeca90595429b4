package vn.baocao.render.check;

import java.util.List;

/** Glyphs sharing a baseline (within one column when columns are split). */
public record TextLine(int page, List<Glyph> glyphs) {
    public String text() {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && g.x() - (prev.x() + prev.width()) > prev.size() * 0.15f && !g.text().isBlank()
                    && !prev.text().isBlank()) {
                sb.append(' ');
            }
            sb.append(g.text());
            prev = g;
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    public String compact() {
        return text().replaceAll("\\s+", "");
    }

    public float left() {
        return glyphs.get(0).x();
    }

    public float right() {
        Glyph last = glyphs.get(glyphs.size() - 1);
        return last.x() + last.width();
    }

    public float centre() {
        return (left() + right()) / 2;
    }

    public float y() {
        return glyphs.get(0).y();
    }

    /** The size of most glyphs. */
    public float size() {
        return glyphs.stream().filter(g -> !g.text().isBlank()).map(Glyph::size).findFirst().orElse(0f);
    }

    public boolean allBold() {
        return glyphs.stream().filter(g -> !g.text().isBlank()).allMatch(Glyph::bold);
    }

    public boolean allItalic() {
        return glyphs.stream().filter(g -> !g.text().isBlank()).allMatch(Glyph::italic);
    }

    public boolean noneBold() {
        return glyphs.stream().filter(g -> !g.text().isBlank()).noneMatch(Glyph::bold);
    }
}
