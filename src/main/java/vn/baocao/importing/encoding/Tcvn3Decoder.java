package vn.baocao.importing.encoding;

import java.util.Locale;

/**
 * TCVN3 (TCVN 5712:1993 VN3, "ABC", fonts {@code .VnTime}, {@code .VnArial} ...) to Unicode.
 *
 * <p>Legacy bytes reach Java as Latin-1 chars U+00A1..U+00FE; 74 of them map one-to-one to a Vietnamese letter
 * (table transcribed from spec/vn-legacy-encodings.md section 4.1). Toned capitals have no code of their own:
 * caps fonts ({@code .VnTimeH}) draw the lower-case codes as capitals, so callers ask for upper case for such runs.
 * Soft hyphen U+00AD is the letter "ư" and must never be stripped before decoding.
 */
public final class Tcvn3Decoder {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final char FIRST = '\u00A1';
    private static final char LAST = '\u00FE';

    /** {legacy char, Unicode letter} for the 74 VN3 positions; every other char passes through. */
    private static final int[][] PAIRS = {
            {0xA1, 0x0102}, // Ă
            {0xA2, 0x00C2}, // Â
            {0xA3, 0x00CA}, // Ê
            {0xA4, 0x00D4}, // Ô
            {0xA5, 0x01A0}, // Ơ
            {0xA6, 0x01AF}, // Ư
            {0xA7, 0x0110}, // Đ
            {0xA8, 0x0103}, // ă
            {0xA9, 0x00E2}, // â
            {0xAA, 0x00EA}, // ê
            {0xAB, 0x00F4}, // ô
            {0xAC, 0x01A1}, // ơ
            {0xAD, 0x01B0}, // ư
            {0xAE, 0x0111}, // đ
            {0xB5, 0x00E0}, // à
            {0xB6, 0x1EA3}, // ả
            {0xB7, 0x00E3}, // ã
            {0xB8, 0x00E1}, // á
            {0xB9, 0x1EA1}, // ạ
            {0xBB, 0x1EB1}, // ằ
            {0xBC, 0x1EB3}, // ẳ
            {0xBD, 0x1EB5}, // ẵ
            {0xBE, 0x1EAF}, // ắ
            {0xC6, 0x1EB7}, // ặ
            {0xC7, 0x1EA7}, // ầ
            {0xC8, 0x1EA9}, // ẩ
            {0xC9, 0x1EAB}, // ẫ
            {0xCA, 0x1EA5}, // ấ
            {0xCB, 0x1EAD}, // ậ
            {0xCC, 0x00E8}, // è
            {0xCE, 0x1EBB}, // ẻ
            {0xCF, 0x1EBD}, // ẽ
            {0xD0, 0x00E9}, // é
            {0xD1, 0x1EB9}, // ẹ
            {0xD2, 0x1EC1}, // ề
            {0xD3, 0x1EC3}, // ể
            {0xD4, 0x1EC5}, // ễ
            {0xD5, 0x1EBF}, // ế
            {0xD6, 0x1EC7}, // ệ
            {0xD7, 0x00EC}, // ì
            {0xD8, 0x1EC9}, // ỉ
            {0xDC, 0x0129}, // ĩ
            {0xDD, 0x00ED}, // í
            {0xDE, 0x1ECB}, // ị
            {0xDF, 0x00F2}, // ò
            {0xE1, 0x1ECF}, // ỏ
            {0xE2, 0x00F5}, // õ
            {0xE3, 0x00F3}, // ó
            {0xE4, 0x1ECD}, // ọ
            {0xE5, 0x1ED3}, // ồ
            {0xE6, 0x1ED5}, // ổ
            {0xE7, 0x1ED7}, // ỗ
            {0xE8, 0x1ED1}, // ố
            {0xE9, 0x1ED9}, // ộ
            {0xEA, 0x1EDD}, // ờ
            {0xEB, 0x1EDF}, // ở
            {0xEC, 0x1EE1}, // ỡ
            {0xED, 0x1EDB}, // ớ
            {0xEE, 0x1EE3}, // ợ
            {0xEF, 0x00F9}, // ù
            {0xF1, 0x1EE7}, // ủ
            {0xF2, 0x0169}, // ũ
            {0xF3, 0x00FA}, // ú
            {0xF4, 0x1EE5}, // ụ
            {0xF5, 0x1EEB}, // ừ
            {0xF6, 0x1EED}, // ử
            {0xF7, 0x1EEF}, // ữ
            {0xF8, 0x1EE9}, // ứ
            {0xF9, 0x1EF1}, // ự
            {0xFA, 0x1EF3}, // ỳ
            {0xFB, 0x1EF7}, // ỷ
            {0xFC, 0x1EF9}, // ỹ
            {0xFD, 0x00FD}, // ý
            {0xFE, 0x1EF5}, // ỵ
    };
    private static final char[] TABLE = buildTable();

    private Tcvn3Decoder() {
    }

    /** Decodes TCVN3 text; {@code capsFont} is true for the "H" fonts such as {@code .VnTimeH}. */
    public static String decode(String text, boolean capsFont) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(decode(text.charAt(i)));
        }
        String decoded = sb.toString();
        return capsFont ? decoded.toUpperCase(VIETNAMESE) : decoded;
    }

    /** True when the char is one of the 74 positions to which TCVN3 assigns a Vietnamese letter. */
    public static boolean isLegacyLetter(char c) {
        for (int[] pair : PAIRS) {
            if (pair[0] == c) {
                return true;
            }
        }
        return false;
    }

    static char decode(char c) {
        return c >= FIRST && c <= LAST ? TABLE[c - FIRST] : c;
    }

    private static char[] buildTable() {
        char[] table = new char[LAST - FIRST + 1];
        for (int i = 0; i < table.length; i++) {
            table[i] = (char) (FIRST + i);
        }
        for (int[] pair : PAIRS) {
            table[pair[0] - FIRST] = (char) pair[1];
        }
        return table;
    }
}
