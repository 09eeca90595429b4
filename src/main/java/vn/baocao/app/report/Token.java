package vn.baocao.app.report;

/**
 * An inline object of the clerk's text that is edited whole, never letter by letter: a data field
 * ({{LD01.thuc_hien}}, shown as the value it prints) or a footnote (shown as its mark, its text on hover).
 *
 * @param text the field's name without braces, or the footnote's text
 */
public record Token(Kind kind, String text) {
    public enum Kind { FIELD, NOTE, NONE }

    /** The empty object the editor's model needs between segments. */
    static final Token NONE = new Token(Kind.NONE, "");

    public static Token field(String name) {
        return new Token(Kind.FIELD, name.strip());
    }

    public static Token note(String text) {
        return new Token(Kind.NOTE, text);
    }

    boolean real() {
        return kind != Kind.NONE;
    }
}
