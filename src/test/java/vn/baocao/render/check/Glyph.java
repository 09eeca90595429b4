package vn.baocao.render.check;

/** One glyph read back from a PDF: page, position (points from the top-left), size and font. */
public record Glyph(int page, String text, float x, float y, float width, float size, String font,
                    float pageWidth, float pageHeight) {
    public boolean bold() {
        return font.contains("Bold");
    }

    public boolean italic() {
        return font.contains("Italic") || font.contains("Oblique");
    }
}
