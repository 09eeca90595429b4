package vn.baocao.document;

/** A run of text with its emphasis. */
public record TextRun(String text, boolean bold, boolean italic) implements Inline {
    public TextRun {
        text = TextNormalizer.nfc(text == null ? "" : text);
    }

    public static TextRun plain(String text) {
        return new TextRun(text, false, false);
    }

    boolean sameStyle(TextRun other) {
        return bold == other.bold && italic == other.italic;
    }
}
