package vn.baocao.importing.layout;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds header and name text for matching: lower case, no diacritics (đ → d), one space between words. */
public final class TextFolding {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(VIETNAMESE).replace('đ', 'd');
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return collapseSpaces(stripped);
    }

    /** Collapses line breaks, NBSP and repeated spaces into one space, and trims. Keeps case and diacritics. */
    public static String collapseSpaces(String text) {
        return text == null ? "" : oneSpaceForEachRun(text).trim();
    }

    /**
     * Every run of {@link #isSpace} characters as one plain space. Written out instead of a regex: most labels and
     * names have nothing to replace and come back as they are, without a matcher (thousands of header cells a sheet).
     */
    static String oneSpaceForEachRun(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean space = isSpace(ch);
            boolean runGoesOn = space && i > 0 && isSpace(text.charAt(i - 1));
            if (out == null && (runGoesOn || (space && ch != ' '))) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !runGoesOn) {
                out.append(space ? ' ' : ch);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A space for folding: the regex class {@code \s} (space, tab, line breaks, form feed), NBSP, narrow NBSP. */
    private static boolean isSpace(char ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r') || ch == '\u00A0' || ch == '\u202F';
    }
}
