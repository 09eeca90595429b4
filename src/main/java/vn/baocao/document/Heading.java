package vn.baocao.document;

import vn.baocao.document.text.DocumentText;

/**
 * A heading of the body on its own line, e.g. level ROMAN, label "I.", text "KẾT QUẢ THỰC HIỆN".
 * The label is printed as given followed by a space; an empty label prints the text alone.
 */
public record Heading(HeadingLevel level, String label, RichText text) implements Block {
    public Heading {
        if (level == null) {
            throw new IllegalArgumentException(DocumentText.get("heading.thieuCapDeMuc"));
        }
        label = TextNormalizer.nfc(label == null ? "" : label);
        text = text == null ? RichText.plain("") : text;
    }

    public static Heading of(HeadingLevel level, String label, String text) {
        return new Heading(level, label, RichText.plain(text));
    }

    /** The label and the text as printed. */
    public String printedText() {
        return label.isEmpty() ? text.plainText() : label + " " + text.plainText();
    }
}
