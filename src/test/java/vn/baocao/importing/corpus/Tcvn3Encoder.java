package vn.baocao.importing.corpus;

import java.util.HashMap;
import java.util.Map;
import vn.baocao.importing.encoding.Tcvn3Decoder;

/** Writes Unicode text the way a TCVN3 (.VnTime) keyboard did, for the legacy-font corpus workbooks. */
final class Tcvn3Encoder {
    private static final Map<Character, Character> INVERSE = new HashMap<>();

    static {
        for (char c = '\u00A1'; c <= '\u00FE'; c++) {
            String decoded = Tcvn3Decoder.decode(String.valueOf(c), false);
            if (decoded.length() == 1 && decoded.charAt(0) != c) {
                INVERSE.putIfAbsent(decoded.charAt(0), c);
            }
        }
    }

    private Tcvn3Encoder() {
    }

    static String encode(String unicode) {
        StringBuilder sb = new StringBuilder();
        for (char ch : java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFC).toCharArray()) {
            Character legacy = INVERSE.get(ch);
            if (legacy == null && ch > 127) {
                throw new IllegalArgumentException("TCVN3 has no code for '" + ch + "' in " + unicode);
            }
            sb.append(legacy != null ? legacy.charValue() : ch);
        }
        String encoded = sb.toString();
        if (!Tcvn3Decoder.decode(encoded, false).equals(unicode)) {
            throw new IllegalStateException("round trip failed for " + unicode);
        }
        return encoded;
    }
}
