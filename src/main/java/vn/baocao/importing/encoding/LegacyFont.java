package vn.baocao.importing.encoding;

import java.util.Locale;

/** What a font name says about the encoding of the text drawn with it. */
public enum LegacyFont {
    /** {@code .VnTime}, {@code .VnArial} ...: TCVN3. */
    TCVN3,
    /** {@code .VnTimeH}, {@code .VnArialH} ...: TCVN3 drawn as capitals. */
    TCVN3_CAPS,
    /** {@code VNI-Times}, {@code VNI-Helve} ...: VNI-Windows. */
    VNI,
    /** Any other font, or none: says nothing. */
    NONE;

    public static LegacyFont of(String fontName) {
        if (fontName == null) {
            return NONE;
        }
        String name = fontName.trim();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".vn")) {
            return name.endsWith("H") ? TCVN3_CAPS : TCVN3;
        }
        if (lower.startsWith("vni")) {
            return VNI;
        }
        return NONE;
    }
}
