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
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").trim();
    }
}
