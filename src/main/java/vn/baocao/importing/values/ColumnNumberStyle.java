package vn.baocao.importing.values;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.domain.VietnameseText;

/**
 * How the text numbers of one column are written, judged from the cells that are not ambiguous: "125,87" or
 * "8.599,376" show a decimal comma (Vietnamese), "1,234,567" or "1,234.5" a thousands comma (English). Decides an
 * ambiguous "1,435" of the same column; a column with both kinds, or neither, decides nothing.
 */
public final class ColumnNumberStyle {
    /** The convention a column shows. */
    public enum Style { VIETNAMESE, ENGLISH, UNKNOWN, MIXED }

    /*
     * After the number, a unit ("125,87%", "1,5 ha"); never a further separator and digits: with any non-digit
     * allowed there, "1,234,567" and "2,345.5" read as "1,234" and "2,345" with a unit, so an English column counted
     * as Vietnamese and its ambiguous "1,435" was read as 1,435 instead of 1 435 (ColumnNumberStyleTest).
     */
    private static final String UNIT = "\\)?\\s*(%|[^\\d.,\\s].*)?$";
    private static final Pattern VIETNAMESE_DECIMAL = Pattern.compile("^[-+(]?\\d{1,3}(\\.\\d{3})*,\\d+" + UNIT);
    private static final Pattern ENGLISH = Pattern.compile(
            "^[-+(]?(\\d{1,3}(,\\d{3}){2,}(\\.\\d+)?|\\d{1,3}(,\\d{3})+\\.\\d+)" + UNIT);
    /** Units counted in whole things: "1,435 người" can only be one thousand four hundred thirty-five. */
    private static final Set<String> WHOLE_UNITS = Set.of("nguoi", "ho", "lao dong", "con", "truong", "xa", "thon",
            "ban", "cap", "vu", "luot", "hoc vien", "hoc sinh", "ho so", "buoi", "san pham", "htx", "doanh nghiep",
            "chiec", "cai", "nha", "phong", "tre", "benh nhan", "lop", "diem", "cong trinh", "du an");

    private int vietnamese;
    private int english;

    /** Looks at one text cell of the column. */
    public void observe(String text) {
        String t = text == null ? "" : text.strip().replace('\u00A0', ' ');
        if (t.isEmpty() || VietnameseNumbers.parse(t).isAmbiguous()) {
            return; // an ambiguous cell is what needs deciding, not evidence
        }
        if (VIETNAMESE_DECIMAL.matcher(t).matches()) {
            vietnamese++;
        } else if (ENGLISH.matcher(t).matches()) {
            english++;
        }
    }

    public Style style() {
        if (vietnamese > 0 && english > 0) {
            return Style.MIXED;
        }
        return vietnamese > 0 ? Style.VIETNAMESE : english > 0 ? Style.ENGLISH : Style.UNKNOWN;
    }

    /** Whether "1,435" in this unit must be a whole number (people, households …). */
    public static boolean isWholeUnit(String unit) {
        return unit != null && WHOLE_UNITS.contains(VietnameseText.fold(unit).toLowerCase(Locale.ROOT));
    }

    /** English-style text ("1,234.5") rewritten the Vietnamese way ("1.234,5"), for a column proven English. */
    public static String toVietnamese(String englishText) {
        StringBuilder sb = new StringBuilder(englishText.length());
        for (char ch : englishText.toCharArray()) {
            sb.append(ch == ',' ? '.' : ch == '.' ? ',' : ch);
        }
        return sb.toString();
    }
}
