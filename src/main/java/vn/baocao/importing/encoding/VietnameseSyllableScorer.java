package vn.baocao.importing.encoding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores how Vietnamese a text looks: the share of its letter tokens that are valid Vietnamese syllables
 * (at most one tone mark, an optional onset, a nucleus from the list of vowel clusters, an optional final
 * consonant). Used to decide between a text as it is and its legacy-decoded candidates.
 */
public final class VietnameseSyllableScorer {
    private static final String ONSET = "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)";
    private static final String NUCLEUS = "(?:"
            + "iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|uêu|"
            + "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|ya|yê|"
            + "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)";
    private static final String CODA = "(?:ch|ng|nh|c|m|n|p|t)";
    private static final Pattern SYLLABLE = Pattern.compile(ONSET + "?" + NUCLEUS + CODA + "?");
    private static final Pattern TONE_MARKS = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseSyllableScorer() {
    }

    /** Share (0..1) of letter tokens that are Vietnamese syllables; 0 when the text has no letters. */
    public static double score(String text) {
        int tokens = 0;
        int valid = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            tokens++;
            if (isSyllable(text.substring(start, i))) {
                valid++;
            }
        }
        return tokens == 0 ? 0 : (double) valid / tokens;
    }

    public static boolean isSyllable(String token) {
        String decomposed = Normalizer.normalize(token.toLowerCase(VIETNAMESE), Normalizer.Form.NFD);
        String withoutTones = TONE_MARKS.matcher(decomposed).replaceAll("");
        if (decomposed.length() - withoutTones.length() > 1) {
            return false;
        }
        String shape = Normalizer.normalize(withoutTones, Normalizer.Form.NFC);
        return SYLLABLE.matcher(shape).matches();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
