package vn.baocao.importing.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbering token of an indicator row (in the STT column, or written at the start of the name:
 * "1.1.2.Lúa hè thu", "I.Diện tích", "-Diện tích", "+ Trồng trọt") and its class. Rows whose tokens have the
 * same class are siblings; the hierarchy is built from the order in which the classes appear.
 */
public record SttToken(String text, TokenClass tokenClass) {
    /** Kinds of numbering, with a depth for multi-level numbers ("1.1" is ARABIC depth 2). */
    public enum Kind { UPPER_LETTER, ROMAN, ARABIC, LOWER_LETTER, DASH, PLUS, STAR }

    /** The class two tokens must share to be siblings. */
    public record TokenClass(Kind kind, int depth) {
        // written out, as Period's and FigureKey's: a record's generated equals links through method handles the
        // first time it runs, which a cold import paid for here (about 15-20 ms, profiled)
        @Override
        public boolean equals(Object o) {
            return o instanceof TokenClass t && t.kind == kind && t.depth == depth;
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + depth;
        }
    }

    private static final Pattern ROMAN = Pattern.compile("^(?=[IVXLC])(X{0,3})(IX|IV|V?I{0,3})?(?<=[IVXLC])\\.?$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\)?$");
    private static final Pattern LOWER = Pattern.compile("^[a-zđ][.)]?$");
    private static final Pattern UPPER = Pattern.compile("^[A-ZĐ][.)]?$");
    private static final Pattern NAME_PREFIX = Pattern.compile(
            "^\\s*((?:\\d{1,3}\\.)+\\d{0,3}|\\d{1,3}[.)]|[IVXLC]+[.)]|[a-zđ][.)]|[A-ZĐ][.)]|[-–+*•])\\s*(?=[^\\s\\d.,%)])");

    /** Classifies an STT cell text; {@code null} when it is empty or not a numbering token. */
    public static SttToken parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (ROMAN.matcher(t).matches()) {
            return new SttToken(t, new TokenClass(Kind.ROMAN, 1));
        }
        Matcher arabic = ARABIC.matcher(t);
        if (arabic.matches()) {
            return new SttToken(t, new TokenClass(Kind.ARABIC, arabic.group(1).split("\\.").length));
        }
        if (LOWER.matcher(t).matches()) {
            return new SttToken(t, new TokenClass(Kind.LOWER_LETTER, 1));
        }
        if (UPPER.matcher(t).matches()) {
            return new SttToken(t, new TokenClass(Kind.UPPER_LETTER, 1));
        }
        return switch (t) {
            case "-", "–" -> new SttToken(t, new TokenClass(Kind.DASH, 1));
            case "+" -> new SttToken(t, new TokenClass(Kind.PLUS, 1));
            case "*", "•" -> new SttToken(t, new TokenClass(Kind.STAR, 1));
            default -> null;
        };
    }

    /** A numbering prefix written inside a name, and the name without it. */
    public record NamePrefix(SttToken token, String rest) {
    }

    /** Splits "1.1.2.Lúa hè thu" into token "1.1.2." and "Lúa hè thu"; {@code null} when there is no prefix. */
    public static NamePrefix splitName(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = NAME_PREFIX.matcher(name);
        if (!m.find()) {
            return null;
        }
        SttToken token = parse(m.group(1));
        if (token == null) {
            return null;
        }
        return new NamePrefix(token, name.substring(m.end()).trim());
    }
}
