package vn.baocao.document;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A justified body paragraph with a first-line indent; optionally a "- " or "+ " item. */
public record Paragraph(
        RichText text,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) ListMarker marker) implements Block {
    public Paragraph {
        text = text == null ? RichText.plain("") : text;
        marker = marker == null ? ListMarker.NONE : marker;
    }

    public static Paragraph of(String markup) {
        return new Paragraph(RichText.parse(markup), ListMarker.NONE);
    }

    public static Paragraph dash(String markup) {
        return new Paragraph(RichText.parse(markup), ListMarker.DASH);
    }

    public static Paragraph plus(String markup) {
        return new Paragraph(RichText.parse(markup), ListMarker.PLUS);
    }

    public String printedText() {
        return marker.prefix() + text.plainText();
    }
}
