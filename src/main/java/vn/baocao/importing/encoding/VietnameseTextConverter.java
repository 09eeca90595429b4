package vn.baocao.importing.encoding;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Converts cell text (whole cells or rich-text runs) from TCVN3, VNI, VIQR or decomposed Unicode to Unicode NFC,
 * following spec/vn-legacy-encodings.md section 7:
 * <ol>
 *   <li>text that already holds a code point in U+0100..U+1EF9 is Unicode: it is only normalised to NFC, so a
 *       properly typed cell is never re-decoded, whatever its font;</li>
 *   <li>a legacy font name decides ({@code .Vn*} TCVN3, {@code .Vn*H} TCVN3 in capitals, {@code VNI*} VNI), provided
 *       the decoded text does not score worse as Vietnamese than the original;</li>
 *   <li>without a font hint both decodings are scored, and the better one is taken only if it beats the original
 *       by at least {@value #MIN_SCORE_GAIN}; VIQR is tried only when its marks are evident.</li>
 * </ol>
 */
public final class VietnameseTextConverter {
    static final double MIN_SCORE_GAIN = 0.2;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final char FIRST_VIETNAMESE_UNICODE = '\u0100';
    private static final char LAST_VIETNAMESE_UNICODE = '\u1EF9';

    private VietnameseTextConverter() {
    }

    /** Converts one piece of text drawn in {@code fontName} (which may be {@code null}). */
    public static ConvertedText convert(String text, String fontName) {
        if (text.isEmpty()) {
            return new ConvertedText(text, text, SourceEncoding.UNICODE);
        }
        if (containsVietnameseUnicode(text)) {
            return normalizedOnly(text);
        }
        return switch (LegacyFont.of(fontName)) {
            case TCVN3 -> decodedIfNotWorse(text, decodeTcvn3(text, false), SourceEncoding.TCVN3);
            case TCVN3_CAPS -> decodedIfNotWorse(text, decodeTcvn3(text, true), SourceEncoding.TCVN3);
            case VNI -> decodedIfNotWorse(text, VniDecoder.decode(text), SourceEncoding.VNI);
            case NONE -> byContent(text);
        };
    }

    /** Converts a cell made of rich-text runs, deciding run by run, and joins the results. */
    public static ConvertedText convertRuns(List<TextRun> runs) {
        StringBuilder text = new StringBuilder();
        StringBuilder original = new StringBuilder();
        Set<SourceEncoding> found = EnumSet.noneOf(SourceEncoding.class);
        for (TextRun run : runs) {
            ConvertedText converted = convert(run.text(), run.fontName());
            text.append(converted.text());
            original.append(converted.original());
            found.add(converted.encoding());
        }
        String joined = Normalizer.normalize(text, Normalizer.Form.NFC);
        return new ConvertedText(joined, original.toString(), combine(found));
    }

    static boolean containsVietnameseUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_VIETNAMESE_UNICODE && c <= LAST_VIETNAMESE_UNICODE) {
                return true;
            }
        }
        return false;
    }

    private static ConvertedText normalizedOnly(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return new ConvertedText(text, text, SourceEncoding.UNICODE);
        }
        return new ConvertedText(Normalizer.normalize(text, Normalizer.Form.NFC), text, SourceEncoding.UNICODE_DECOMPOSED);
    }

    private static ConvertedText decodedIfNotWorse(String text, String decoded, SourceEncoding encoding) {
        if (decoded.equals(text)
                || VietnameseSyllableScorer.score(decoded) < VietnameseSyllableScorer.score(text)) {
            return new ConvertedText(text, text, SourceEncoding.UNICODE);
        }
        return new ConvertedText(Normalizer.normalize(decoded, Normalizer.Form.NFC), text, encoding);
    }

    private static ConvertedText byContent(String text) {
        if (!containsLatin1Letters(text)) {
            return viqrIfEvident(text);
        }
        double originalScore = VietnameseSyllableScorer.score(text);
        String tcvn3 = decodeTcvn3(text, false);
        String vni = VniDecoder.decode(text);
        double tcvn3Score = VietnameseSyllableScorer.score(tcvn3);
        double vniScore = VietnameseSyllableScorer.score(vni);
        if (tcvn3Score >= vniScore && tcvn3Score - originalScore >= MIN_SCORE_GAIN) {
            return new ConvertedText(Normalizer.normalize(tcvn3, Normalizer.Form.NFC), text, SourceEncoding.TCVN3);
        }
        if (vniScore > tcvn3Score && vniScore - originalScore >= MIN_SCORE_GAIN) {
            return new ConvertedText(Normalizer.normalize(vni, Normalizer.Form.NFC), text, SourceEncoding.VNI);
        }
        return new ConvertedText(text, text, SourceEncoding.UNICODE);
    }

    /** VIQR only when at least two letters carry marks and one of them is a mark that prose never uses. */
    private static ConvertedText viqrIfEvident(String text) {
        if (ViqrDecoder.countUnambiguousMarks(text) >= 1 && ViqrDecoder.countMarkedLetters(text) >= 2) {
            String decoded = ViqrDecoder.decode(text);
            if (VietnameseSyllableScorer.score(decoded) >= VietnameseSyllableScorer.score(text)) {
                return new ConvertedText(Normalizer.normalize(decoded, Normalizer.Form.NFC), text, SourceEncoding.VIQR);
            }
        }
        return normalizedOnly(text);
    }

    private static boolean containsLatin1Letters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00A1' && c <= '\u00FF') {
                return true;
            }
        }
        return false;
    }

    /**
     * TCVN3 decoding; in a non-caps font, a word whose ASCII letters (at least two) are all capitals was typed with
     * Caps Lock, so its toned letters (which TCVN3 codes only in lower case) are raised too: "TÇNG" gives "TẦNG".
     */
    private static String decodeTcvn3(String text, boolean capsFont) {
        String decoded = Tcvn3Decoder.decode(text, capsFont);
        if (capsFont) {
            return decoded;
        }
        StringBuilder sb = new StringBuilder(decoded.length());
        int i = 0;
        while (i < decoded.length()) {
            if (!Character.isLetter(decoded.charAt(i))) {
                sb.append(decoded.charAt(i++));
                continue;
            }
            int start = i;
            while (i < decoded.length() && Character.isLetter(decoded.charAt(i))) {
                i++;
            }
            String word = decoded.substring(start, i);
            sb.append(typedWithCapsLock(text.substring(start, i)) ? word.toUpperCase(VIETNAMESE) : word);
        }
        return sb.toString();
    }

    private static boolean typedWithCapsLock(String originalWord) {
        int asciiLetters = 0;
        for (int i = 0; i < originalWord.length(); i++) {
            char c = originalWord.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                asciiLetters++;
            }
        }
        return asciiLetters >= 2;
    }

    private static SourceEncoding combine(Set<SourceEncoding> found) {
        Set<SourceEncoding> legacy = EnumSet.noneOf(SourceEncoding.class);
        for (SourceEncoding encoding : found) {
            if (encoding.isLegacy()) {
                legacy.add(encoding);
            }
        }
        if (legacy.size() > 1) {
            return SourceEncoding.MIXED;
        }
        if (legacy.size() == 1) {
            return legacy.iterator().next();
        }
        return found.contains(SourceEncoding.UNICODE_DECOMPOSED) ? SourceEncoding.UNICODE_DECOMPOSED : SourceEncoding.UNICODE;
    }
}
