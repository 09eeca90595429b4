package vn.baocao.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Text with emphasis and footnotes. In document files it is written as a string with a small inline
 * markup (see docs/document-format.md): {@code **bold**}, {@code *italic*}, {@code [^footnote text]},
 * and a backslash to escape {@code \ * [ ]}. In memory it is a normalised list of {@link Inline}s:
 * no empty runs and no two neighbouring runs with the same style.
 */
public final class RichText {
    private final List<Inline> parts;

    private RichText(List<Inline> parts) {
        this.parts = List.copyOf(parts);
    }

    public static RichText of(List<Inline> parts) {
        return new RichText(normalise(parts));
    }

    public static RichText plain(String text) {
        return of(List.of(TextRun.plain(text)));
    }

    public static RichText bold(String text) {
        return of(List.of(new TextRun(text, true, false)));
    }

    @JsonCreator
    public static RichText parse(String markup) {
        return of(InlineMarkup.parse(markup == null ? "" : markup));
    }

    @JsonValue
    public String toMarkup() {
        return InlineMarkup.format(parts);
    }

    public List<Inline> parts() {
        return parts;
    }

    /** The text as read on the page, without footnote markers. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Inline part : parts) {
            if (part instanceof TextRun run) {
                sb.append(run.text());
            }
        }
        return sb.toString();
    }

    public List<FootnoteRef> footnotes() {
        List<FootnoteRef> out = new ArrayList<>();
        for (Inline part : parts) {
            if (part instanceof FootnoteRef ref) {
                out.add(ref);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    private static List<Inline> normalise(List<Inline> parts) {
        List<Inline> out = new ArrayList<>();
        for (Inline part : parts) {
            if (part instanceof TextRun run) {
                if (run.text().isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof TextRun last && last.sameStyle(run)) {
                    out.set(out.size() - 1, new TextRun(last.text() + run.text(), run.bold(), run.italic()));
                    continue;
                }
            }
            out.add(part);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RichText other && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return toMarkup();
    }
}
