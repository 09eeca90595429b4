package vn.baocao.importing.encoding;

import java.util.HashMap;
import java.util.Map;

/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable") to Unicode: longest match (three chars, then two);
 * a backslash escapes a literal mark char. Table transcribed from spec/vn-legacy-encodings.md section 6.
 * Only call this when the text is evidently VIQR: {@code ' . ?} are also ordinary punctuation.
 */
public final class ViqrDecoder {
    private static final String[][] LETTERS = {
            {"A'", "\u00C1"}, // Á
            {"a'", "\u00E1"}, // á
            {"A`", "\u00C0"}, // À
            {"a`", "\u00E0"}, // à
            {"A?", "\u1EA2"}, // Ả
            {"a?", "\u1EA3"}, // ả
            {"A~", "\u00C3"}, // Ã
            {"a~", "\u00E3"}, // ã
            {"A.", "\u1EA0"}, // Ạ
            {"a.", "\u1EA1"}, // ạ
            {"A^", "\u00C2"}, // Â
            {"a^", "\u00E2"}, // â
            {"A^'", "\u1EA4"}, // Ấ
            {"a^'", "\u1EA5"}, // ấ
            {"A^`", "\u1EA6"}, // Ầ
            {"a^`", "\u1EA7"}, // ầ
            {"A^?", "\u1EA8"}, // Ẩ
            {"a^?", "\u1EA9"}, // ẩ
            {"A^~", "\u1EAA"}, // Ẫ
            {"a^~", "\u1EAB"}, // ẫ
            {"A^.", "\u1EAC"}, // Ậ
            {"a^.", "\u1EAD"}, // ậ
            {"A(", "\u0102"}, // Ă
            {"a(", "\u0103"}, // ă
            {"A('", "\u1EAE"}, // Ắ
            {"a('", "\u1EAF"}, // ắ
            {"A(`", "\u1EB0"}, // Ằ
            {"a(`", "\u1EB1"}, // ằ
            {"A(?", "\u1EB2"}, // Ẳ
            {"a(?", "\u1EB3"}, // ẳ
            {"A(~", "\u1EB4"}, // Ẵ
            {"a(~", "\u1EB5"}, // ẵ
            {"A(.", "\u1EB6"}, // Ặ
            {"a(.", "\u1EB7"}, // ặ
            {"DD", "\u0110"}, // Đ
            {"dd", "\u0111"}, // đ
            {"E'", "\u00C9"}, // É
            {"e'", "\u00E9"}, // é
            {"E`", "\u00C8"}, // È
            {"e`", "\u00E8"}, // è
            {"E?", "\u1EBA"}, // Ẻ
            {"e?", "\u1EBB"}, // ẻ
            {"E~", "\u1EBC"}, // Ẽ
            {"e~", "\u1EBD"}, // ẽ
            {"E.", "\u1EB8"}, // Ẹ
            {"e.", "\u1EB9"}, // ẹ
            {"E^", "\u00CA"}, // Ê
            {"e^", "\u00EA"}, // ê
            {"E^'", "\u1EBE"}, // Ế
            {"e^'", "\u1EBF"}, // ế
            {"E^`", "\u1EC0"}, // Ề
            {"e^`", "\u1EC1"}, // ề
            {"E^?", "\u1EC2"}, // Ể
            {"e^?", "\u1EC3"}, // ể
            {"E^~", "\u1EC4"}, // Ễ
            {"e^~", "\u1EC5"}, // ễ
            {"E^.", "\u1EC6"}, // Ệ
            {"e^.", "\u1EC7"}, // ệ
            {"I'", "\u00CD"}, // Í
            {"i'", "\u00ED"}, // í
            {"I`", "\u00CC"}, // Ì
            {"i`", "\u00EC"}, // ì
            {"I?", "\u1EC8"}, // Ỉ
            {"i?", "\u1EC9"}, // ỉ
            {"I~", "\u0128"}, // Ĩ
            {"i~", "\u0129"}, // ĩ
            {"I.", "\u1ECA"}, // Ị
            {"i.", "\u1ECB"}, // ị
            {"O'", "\u00D3"}, // Ó
            {"o'", "\u00F3"}, // ó
            {"O`", "\u00D2"}, // Ò
            {"o`", "\u00F2"}, // ò
            {"O?", "\u1ECE"}, // Ỏ
            {"o?", "\u1ECF"}, // ỏ
            {"O~", "\u00D5"}, // Õ
            {"o~", "\u00F5"}, // õ
            {"O.", "\u1ECC"}, // Ọ
            {"o.", "\u1ECD"}, // ọ
            {"O^", "\u00D4"}, // Ô
            {"o^", "\u00F4"}, // ô
            {"O^'", "\u1ED0"}, // Ố
            {"o^'", "\u1ED1"}, // ố
            {"O^`", "\u1ED2"}, // Ồ
            {"o^`", "\u1ED3"}, // ồ
            {"O^?", "\u1ED4"}, // Ổ
            {"o^?", "\u1ED5"}, // ổ
            {"O^~", "\u1ED6"}, // Ỗ
            {"o^~", "\u1ED7"}, // ỗ
            {"O^.", "\u1ED8"}, // Ộ
            {"o^.", "\u1ED9"}, // ộ
            {"O+", "\u01A0"}, // Ơ
            {"o+", "\u01A1"}, // ơ
            {"O+'", "\u1EDA"}, // Ớ
            {"o+'", "\u1EDB"}, // ớ
            {"O+`", "\u1EDC"}, // Ờ
            {"o+`", "\u1EDD"}, // ờ
            {"O+?", "\u1EDE"}, // Ở
            {"o+?", "\u1EDF"}, // ở
            {"O+~", "\u1EE0"}, // Ỡ
            {"o+~", "\u1EE1"}, // ỡ
            {"O+.", "\u1EE2"}, // Ợ
            {"o+.", "\u1EE3"}, // ợ
            {"U'", "\u00DA"}, // Ú
            {"u'", "\u00FA"}, // ú
            {"U`", "\u00D9"}, // Ù
            {"u`", "\u00F9"}, // ù
            {"U?", "\u1EE6"}, // Ủ
            {"u?", "\u1EE7"}, // ủ
            {"U~", "\u0168"}, // Ũ
            {"u~", "\u0169"}, // ũ
            {"U.", "\u1EE4"}, // Ụ
            {"u.", "\u1EE5"}, // ụ
            {"U+", "\u01AF"}, // Ư
            {"u+", "\u01B0"}, // ư
            {"U+'", "\u1EE8"}, // Ứ
            {"u+'", "\u1EE9"}, // ứ
            {"U+`", "\u1EEA"}, // Ừ
            {"u+`", "\u1EEB"}, // ừ
            {"U+?", "\u1EEC"}, // Ử
            {"u+?", "\u1EED"}, // ử
            {"U+~", "\u1EEE"}, // Ữ
            {"u+~", "\u1EEF"}, // ữ
            {"U+.", "\u1EF0"}, // Ự
            {"u+.", "\u1EF1"}, // ự
            {"Y'", "\u00DD"}, // Ý
            {"y'", "\u00FD"}, // ý
            {"Y`", "\u1EF2"}, // Ỳ
            {"y`", "\u1EF3"}, // ỳ
            {"Y?", "\u1EF6"}, // Ỷ
            {"y?", "\u1EF7"}, // ỷ
            {"Y~", "\u1EF8"}, // Ỹ
            {"y~", "\u1EF9"}, // ỹ
            {"Y.", "\u1EF4"}, // Ỵ
            {"y.", "\u1EF5"}, // ỵ
    };
    private static final Map<String, Character> SEQUENCES = new HashMap<>();

    static {
        for (String[] letter : LETTERS) {
            SEQUENCES.put(letter[0], letter[1].charAt(0));
        }
    }

    private ViqrDecoder() {
    }

    public static String decode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isMark(text.charAt(i + 1))) {
                sb.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            int matched = 0;
            for (int length = 3; length >= 2 && matched == 0; length--) {
                if (i + length <= text.length()) {
                    Character letter = SEQUENCES.get(text.substring(i, i + length));
                    if (letter != null) {
                        sb.append(letter.charValue());
                        matched = length;
                    }
                }
            }
            if (matched == 0) {
                sb.append(c);
                matched = 1;
            }
            i += matched;
        }
        return sb.toString();
    }

    /** Number of vowel+mark sequences whose mark is one that plain prose never puts right after a letter. */
    public static int countUnambiguousMarks(String text) {
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            char mark = text.charAt(i);
            if ((mark == '^' || mark == '(' || mark == '+' || mark == '`' || mark == '~')
                    && SEQUENCES.containsKey(text.substring(i - 1, i + 1))) {
                count++;
            }
        }
        return count;
    }

    /** Number of letter+mark sequences of any kind, including the ambiguous {@code ' . ?}. */
    public static int countMarkedLetters(String text) {
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            if (isMark(text.charAt(i)) && SEQUENCES.containsKey(text.substring(i - 1, i + 1))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isMark(char c) {
        return "('`?~.^+".indexOf(c) >= 0 || c == '\'';
    }
}
