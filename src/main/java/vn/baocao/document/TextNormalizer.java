package vn.baocao.document;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.domain.VietnameseText;

/**
 * Normalises model text to Unicode NFC, the only form the application stores or renders, without the pasted
 * characters that print nothing ({@link PastedCharacters}).
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String nfc(String text) {
        return VietnameseText.nfc(PastedCharacters.clean(text));
    }

    /** An unmodifiable NFC copy of the list; null becomes an empty list. */
    public static List<String> lines(List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(nfc(line == null ? "" : line));
        }
        return List.copyOf(out);
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
