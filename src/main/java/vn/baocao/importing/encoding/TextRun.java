package vn.baocao.importing.encoding;

import java.util.Objects;

/** One rich-text run of a cell: its text and the name of its font ({@code null} when unknown). */
public record TextRun(String text, String fontName) {
    public TextRun {
        Objects.requireNonNull(text, "text");
    }
}
