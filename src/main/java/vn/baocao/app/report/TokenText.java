package vn.baocao.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyledSegment;
import org.reactfx.util.Either;
import vn.baocao.document.FootnoteRef;
import vn.baocao.document.Inline;
import vn.baocao.document.RichText;
import vn.baocao.document.TextRun;

/**
 * Turns the document markup of one block ("Năm {{nam}} có **{{LD01.thuc_hien}}** lao động[^…]") into the editor's
 * segments (text runs and tokens, each with its style) and back. A field keeps the style of the run it stands in.
 */
final class TokenText {
    private static final Pattern FIELD = Pattern.compile("\\{\\{([^{}#]+)\\}\\}");
    /** A footnote typed in the text ("[^Trong đó: …]") becomes a footnote mark, as in the document markup. */
    private static final Pattern NOTE = Pattern.compile("\\[\\^([^\\]]+)\\]");
    /**
     * Marks a "[^" that the stored text holds as letters (escaped in the markup), so that editing its paragraph does
     * not turn it into a footnote: an invisible word joiner between "[" and "^", which only a typed "[^" lacks. It is
     * taken out again when the text is written back, escaped.
     */
    static final String LITERAL_MARK = "\u2060";

    private TokenText() {
    }

    static List<StyledSegment<Either<String, Token>, RunStyle>> segments(String markup) {
        List<StyledSegment<Either<String, Token>, RunStyle>> out = new ArrayList<>();
        for (Inline part : RichText.parse(markup == null ? "" : markup).parts()) {
            if (part instanceof FootnoteRef ref) {
                out.add(new StyledSegment<>(Either.right(Token.note(ref.text())), RunStyle.PLAIN));
            } else if (part instanceof TextRun run && !run.text().isEmpty()) {
                RunStyle style = new RunStyle(run.bold(), run.italic());
                String text = run.text().replace("[^", "[" + LITERAL_MARK + "^");
                Matcher m = FIELD.matcher(text);
                int at = 0;
                while (m.find()) {
                    if (m.start() > at) {
                        out.add(new StyledSegment<>(Either.left(text.substring(at, m.start())), style));
                    }
                    out.add(new StyledSegment<>(Either.right(Token.field(m.group(1))), style));
                    at = m.end();
                }
                if (at < text.length()) {
                    out.add(new StyledSegment<>(Either.left(text.substring(at)), style));
                }
            }
        }
        return out;
    }

    /** The markup of the segments; line breaks (from a paste) become spaces, as a block is one paragraph. */
    static String markup(List<StyledSegment<Either<String, Token>, RunStyle>> segments) {
        List<Inline> parts = new ArrayList<>();
        for (StyledSegment<Either<String, Token>, RunStyle> s : segments) {
            RunStyle style = s.getStyle() == null ? RunStyle.PLAIN : s.getStyle();
            Either<String, Token> seg = s.getSegment();
            if (seg.isLeft()) {
                String text = seg.getLeft().replaceAll("\\R", " ");
                Matcher m = NOTE.matcher(text);
                int at = 0;
                while (m.find()) {
                    parts.add(new TextRun(literal(text.substring(at, m.start())), style.bold(), style.italic()));
                    parts.add(new FootnoteRef(m.group(1)));
                    at = m.end();
                }
                if (at < text.length()) {
                    parts.add(new TextRun(literal(text.substring(at)), style.bold(), style.italic()));
                }
            } else if (seg.getRight().kind() == Token.Kind.FIELD) {
                parts.add(new TextRun("{{" + seg.getRight().text() + "}}", style.bold(), style.italic()));
            } else if (seg.getRight().kind() == Token.Kind.NOTE) {
                parts.add(new FootnoteRef(seg.getRight().text()));
            }
        }
        return RichText.of(parts).toMarkup();
    }

    /** The letters of a text run, without the marks of a stored "[^" (the markup writer escapes its brackets). */
    private static String literal(String text) {
        return text.replace(LITERAL_MARK, "");
    }

    /** Whether a typed text holds a whole field ("{{LD01.ke_hoach}}") or footnote that should become a token. */
    static boolean holdsField(String plain) {
        return FIELD.matcher(plain).find() || NOTE.matcher(plain).find();
    }
}
