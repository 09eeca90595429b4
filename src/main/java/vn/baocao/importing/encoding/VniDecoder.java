package vn.baocao.importing.encoding;

import java.util.HashMap;
import java.util.Map;

/**
 * VNI-Windows (fonts {@code VNI-Times}, {@code VNI-Helve} ...) to Unicode.
 *
 * <p>VNI writes a letter as a base letter plus a Latin-1 "mark" char, or as one char of its own (ơ ư đ ĩ ỉ ị ỵ).
 * Decoding is longest match first (two chars, then one), as UniKey does; sequential string replacement garbles
 * the horn vowels ("ñöôïc" must give "được"). Table transcribed from spec/vn-legacy-encodings.md section 5.3.
 * A mark of the "wrong" case after a base letter (text passed through Excel's UPPER/LOWER) is accepted, the
 * letter's case taken from the base.
 */
public final class VniDecoder {
    /** {VNI chars as POI returns them, Unicode letter}: all 134 non-ASCII Vietnamese letters. */
    private static final String[][] LETTERS = {
            {"A\u00D9", "\u00C1"}, // Á
            {"a\u00F9", "\u00E1"}, // á
            {"A\u00D8", "\u00C0"}, // À
            {"a\u00F8", "\u00E0"}, // à
            {"A\u00DB", "\u1EA2"}, // Ả
            {"a\u00FB", "\u1EA3"}, // ả
            {"A\u00D5", "\u00C3"}, // Ã
            {"a\u00F5", "\u00E3"}, // ã
            {"A\u00CF", "\u1EA0"}, // Ạ
            {"a\u00EF", "\u1EA1"}, // ạ
            {"A\u00C2", "\u00C2"}, // Â
            {"a\u00E2", "\u00E2"}, // â
            {"A\u00C1", "\u1EA4"}, // Ấ
            {"a\u00E1", "\u1EA5"}, // ấ
            {"A\u00C0", "\u1EA6"}, // Ầ
            {"a\u00E0", "\u1EA7"}, // ầ
            {"A\u00C5", "\u1EA8"}, // Ẩ
            {"a\u00E5", "\u1EA9"}, // ẩ
            {"A\u00C3", "\u1EAA"}, // Ẫ
            {"a\u00E3", "\u1EAB"}, // ẫ
            {"A\u00C4", "\u1EAC"}, // Ậ
            {"a\u00E4", "\u1EAD"}, // ậ
            {"A\u00CA", "\u0102"}, // Ă
            {"a\u00EA", "\u0103"}, // ă
            {"A\u00C9", "\u1EAE"}, // Ắ
            {"a\u00E9", "\u1EAF"}, // ắ
            {"A\u00C8", "\u1EB0"}, // Ằ
            {"a\u00E8", "\u1EB1"}, // ằ
            {"A\u00DA", "\u1EB2"}, // Ẳ
            {"a\u00FA", "\u1EB3"}, // ẳ
            {"A\u00DC", "\u1EB4"}, // Ẵ
            {"a\u00FC", "\u1EB5"}, // ẵ
            {"A\u00CB", "\u1EB6"}, // Ặ
            {"a\u00EB", "\u1EB7"}, // ặ
            {"\u00D1", "\u0110"}, // Đ
            {"\u00F1", "\u0111"}, // đ
            {"E\u00D9", "\u00C9"}, // É
            {"e\u00F9", "\u00E9"}, // é
            {"E\u00D8", "\u00C8"}, // È
            {"e\u00F8", "\u00E8"}, // è
            {"E\u00DB", "\u1EBA"}, // Ẻ
            {"e\u00FB", "\u1EBB"}, // ẻ
            {"E\u00D5", "\u1EBC"}, // Ẽ
            {"e\u00F5", "\u1EBD"}, // ẽ
            {"E\u00CF", "\u1EB8"}, // Ẹ
            {"e\u00EF", "\u1EB9"}, // ẹ
            {"E\u00C2", "\u00CA"}, // Ê
            {"e\u00E2", "\u00EA"}, // ê
            {"E\u00C1", "\u1EBE"}, // Ế
            {"e\u00E1", "\u1EBF"}, // ế
            {"E\u00C0", "\u1EC0"}, // Ề
            {"e\u00E0", "\u1EC1"}, // ề
            {"E\u00C5", "\u1EC2"}, // Ể
            {"e\u00E5", "\u1EC3"}, // ể
            {"E\u00C3", "\u1EC4"}, // Ễ
            {"e\u00E3", "\u1EC5"}, // ễ
            {"E\u00C4", "\u1EC6"}, // Ệ
            {"e\u00E4", "\u1EC7"}, // ệ
            {"\u00CD", "\u00CD"}, // Í
            {"\u00ED", "\u00ED"}, // í
            {"\u00CC", "\u00CC"}, // Ì
            {"\u00EC", "\u00EC"}, // ì
            {"\u00C6", "\u1EC8"}, // Ỉ
            {"\u00E6", "\u1EC9"}, // ỉ
            {"\u00D3", "\u0128"}, // Ĩ
            {"\u00F3", "\u0129"}, // ĩ
            {"\u00D2", "\u1ECA"}, // Ị
            {"\u00F2", "\u1ECB"}, // ị
            {"O\u00D9", "\u00D3"}, // Ó
            {"o\u00F9", "\u00F3"}, // ó
            {"O\u00D8", "\u00D2"}, // Ò
            {"o\u00F8", "\u00F2"}, // ò
            {"O\u00DB", "\u1ECE"}, // Ỏ
            {"o\u00FB", "\u1ECF"}, // ỏ
            {"O\u00D5", "\u00D5"}, // Õ
            {"o\u00F5", "\u00F5"}, // õ
            {"O\u00CF", "\u1ECC"}, // Ọ
            {"o\u00EF", "\u1ECD"}, // ọ
            {"O\u00C2", "\u00D4"}, // Ô
            {"o\u00E2", "\u00F4"}, // ô
            {"O\u00C1", "\u1ED0"}, // Ố
            {"o\u00E1", "\u1ED1"}, // ố
            {"O\u00C0", "\u1ED2"}, // Ồ
            {"o\u00E0", "\u1ED3"}, // ồ
            {"O\u00C5", "\u1ED4"}, // Ổ
            {"o\u00E5", "\u1ED5"}, // ổ
            {"O\u00C3", "\u1ED6"}, // Ỗ
            {"o\u00E3", "\u1ED7"}, // ỗ
            {"O\u00C4", "\u1ED8"}, // Ộ
            {"o\u00E4", "\u1ED9"}, // ộ
            {"\u00D4", "\u01A0"}, // Ơ
            {"\u00F4", "\u01A1"}, // ơ
            {"\u00D4\u00D9", "\u1EDA"}, // Ớ
            {"\u00F4\u00F9", "\u1EDB"}, // ớ
            {"\u00D4\u00D8", "\u1EDC"}, // Ờ
            {"\u00F4\u00F8", "\u1EDD"}, // ờ
            {"\u00D4\u00DB", "\u1EDE"}, // Ở
            {"\u00F4\u00FB", "\u1EDF"}, // ở
            {"\u00D4\u00D5", "\u1EE0"}, // Ỡ
            {"\u00F4\u00F5", "\u1EE1"}, // ỡ
            {"\u00D4\u00CF", "\u1EE2"}, // Ợ
            {"\u00F4\u00EF", "\u1EE3"}, // ợ
            {"U\u00D9", "\u00DA"}, // Ú
            {"u\u00F9", "\u00FA"}, // ú
            {"U\u00D8", "\u00D9"}, // Ù
            {"u\u00F8", "\u00F9"}, // ù
            {"U\u00DB", "\u1EE6"}, // Ủ
            {"u\u00FB", "\u1EE7"}, // ủ
            {"U\u00D5", "\u0168"}, // Ũ
            {"u\u00F5", "\u0169"}, // ũ
            {"U\u00CF", "\u1EE4"}, // Ụ
            {"u\u00EF", "\u1EE5"}, // ụ
            {"\u00D6", "\u01AF"}, // Ư
            {"\u00F6", "\u01B0"}, // ư
            {"\u00D6\u00D9", "\u1EE8"}, // Ứ
            {"\u00F6\u00F9", "\u1EE9"}, // ứ
            {"\u00D6\u00D8", "\u1EEA"}, // Ừ
            {"\u00F6\u00F8", "\u1EEB"}, // ừ
            {"\u00D6\u00DB", "\u1EEC"}, // Ử
            {"\u00F6\u00FB", "\u1EED"}, // ử
            {"\u00D6\u00D5", "\u1EEE"}, // Ữ
            {"\u00F6\u00F5", "\u1EEF"}, // ữ
            {"\u00D6\u00CF", "\u1EF0"}, // Ự
            {"\u00F6\u00EF", "\u1EF1"}, // ự
            {"Y\u00D9", "\u00DD"}, // Ý
            {"y\u00F9", "\u00FD"}, // ý
            {"Y\u00D8", "\u1EF2"}, // Ỳ
            {"y\u00F8", "\u1EF3"}, // ỳ
            {"Y\u00DB", "\u1EF6"}, // Ỷ
            {"y\u00FB", "\u1EF7"}, // ỷ
            {"Y\u00D5", "\u1EF8"}, // Ỹ
            {"y\u00F5", "\u1EF9"}, // ỹ
            {"\u00CE", "\u1EF4"}, // Ỵ
            {"\u00EE", "\u1EF5"}, // ỵ
    };
    private static final Map<String, Character> PAIRS = new HashMap<>();
    private static final Map<Character, Character> SINGLES = new HashMap<>();

    static {
        for (String[] letter : LETTERS) {
            if (letter[0].length() == 2) {
                PAIRS.put(letter[0], letter[1].charAt(0));
            } else {
                SINGLES.put(letter[0].charAt(0), letter[1].charAt(0));
            }
        }
    }

    private VniDecoder() {
    }

    public static String decode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i + 1 < text.length()) {
                Character pair = decodePair(c, text.charAt(i + 1));
                if (pair != null) {
                    sb.append(pair.charValue());
                    i += 2;
                    continue;
                }
            }
            Character single = SINGLES.get(c);
            sb.append(single != null ? single.charValue() : c);
            i++;
        }
        return sb.toString();
    }

    /** True when the char is a VNI mark byte or a single-char VNI letter that differs from its Unicode meaning. */
    public static boolean isLegacyChar(char c) {
        if (c < '\u00C0' || c > '\u00FC') {
            return false;
        }
        Character single = SINGLES.get(c);
        return single == null || single != c;
    }

    private static Character decodePair(char base, char mark) {
        Character exact = PAIRS.get(String.valueOf(new char[] {base, mark}));
        if (exact != null) {
            return exact;
        }
        char flippedMark = flipMarkCase(mark);
        if (flippedMark == mark) {
            return null;
        }
        Character flipped = PAIRS.get(String.valueOf(new char[] {base, flippedMark}));
        if (flipped == null) {
            return null;
        }
        return Character.isUpperCase(base) ? Character.toUpperCase(flipped) : Character.toLowerCase(flipped);
    }

    /** Upper-half marks U+00C0..U+00DC follow capitals, U+00E0..U+00FC follow small letters. */
    private static char flipMarkCase(char mark) {
        if (mark >= '\u00C0' && mark <= '\u00DC') {
            return (char) (mark + 0x20);
        }
        if (mark >= '\u00E0' && mark <= '\u00FC') {
            return (char) (mark - 0x20);
        }
        return mark;
    }
}
