package vn.baocao.importing.layout;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds header and name text for matching: lower case, no diacritics (đ → d), one space between words. */
public final class TextFolding {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(VIETNAMESE).replace('đ', 'd');
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped).replaceAll(" ").trim();
    }

    /** Collapses line breaks, NBSP and repeated spaces into one space, and trims. Keeps case and diacritics. */
    public static String collapseSpaces(String text) {
        if (text == null) {
            return "";
        }
        // most labels and names are already so: no matcher for them (thousands of header cells per sheet)
        return alreadyCollapsed(text) ? text : SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** Whether {@link #collapseSpaces} would give the text back unchanged. */
    static boolean alreadyCollapsed(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ') {
            return false; // trim() would cut it
        }
        boolean afterSpace = false;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r' || ch == '\u00A0'
                    || ch == '\u202F') {
                return false; // a space of SPACES other than one plain space
            } else {
                afterSpace = false;
            }
        }
        return true;
    }
}
