package vn.baocao.document;

/**
 * A footnote anchored at this point of the text. Footnotes are numbered 1, 2, 3… in document order
 * by the renderers; the model keeps only their text.
 */
public record FootnoteRef(String text) implements Inline {
    public FootnoteRef {
        text = TextNormalizer.nfc(text == null ? "" : text);
    }
}
