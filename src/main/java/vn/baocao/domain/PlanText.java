package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.domain.text.DomainText;

/**
 * Reads a plan target as a clerk types it in the "Kế hoạch" cell: "≥ 300", ">= 300", "300 trở lên", "trên 91,6",
 * "≤ 18", "dưới 3", "6,6 – 6,8", "khoảng 4", "duy trì", "đạt". A bare number is "at least" for an indicator where more
 * is better and "at most" where less is better. Numbers are read strictly (vi-VN, an ambiguous "1,435" refused).
 */
public final class PlanText {
    private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*(?:–|—|-|đến)\\s*(.+)$");
    private static final List<String[]> PREFIXES = List.of(
            new String[] {"≥", "GE"}, new String[] {">=", "GE"}, new String[] {"từ", "GE"}, new String[] {"tối thiểu", "GE"},
            new String[] {"ít nhất", "GE"}, new String[] {"≤", "LE"}, new String[] {"<=", "LE"}, new String[] {"tối đa", "LE"},
            new String[] {"không quá", "LE"}, new String[] {"trên", "GT"}, new String[] {">", "GT"}, new String[] {"dưới", "LT"},
            new String[] {"<", "LT"}, new String[] {"≈", "APPROX"}, new String[] {"~", "APPROX"}, new String[] {"khoảng", "APPROX"},
            new String[] {"=", "EQ"}, new String[] {"duy trì", "MAINTAIN"});

    /** What was read: the form and its values; null from {@link #parse} means "no target" (the cell was emptied). */
    public record Plan(Comparator comparator, BigDecimal value, BigDecimal high, String text) {
    }

    private PlanText() {
    }

    /** @throws IllegalArgumentException with a Vietnamese message naming what is wrong */
    public static Plan parse(String typed, Indicator indicator) {
        String t = typed == null ? "" : VietnameseText.nfc(typed.strip());
        if (t.isEmpty() || t.equals("-") || t.equalsIgnoreCase("x")) {
            return null;
        }
        String lower = t.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        if (lower.equals("đạt") || lower.equals("đạt chuẩn") || lower.equals("đạt/chưa đạt")) {
            return new Plan(Comparator.STATUS, null, null, t);
        }
        if (lower.endsWith("trở lên")) {
            return new Plan(Comparator.GE, number(t.substring(0, t.length() - "trở lên".length()), t), null, t);
        }
        for (String[] p : PREFIXES) {
            if (lower.startsWith(p[0])) {
                String rest = t.substring(p[0].length()).strip();
                Comparator c = Comparator.valueOf(p[1]);
                if (c == Comparator.MAINTAIN) {
                    return new Plan(c, rest.isEmpty() ? null : number(rest, t), null, t);
                }
                if (c == Comparator.APPROX) {
                    return new Plan(c, number(rest, t), null, t);
                }
                return new Plan(c, number(rest, t), null, t);
            }
        }
        Matcher m = RANGE.matcher(t);
        if (m.matches() && !t.startsWith("-")) {
            BigDecimal low = number(m.group(1), t);
            BigDecimal high = number(m.group(2), t);
            if (high.compareTo(low) < 0) {
                throw new IllegalArgumentException(DomainText.get("planText.keHoachGiaTri", t));
            }
            return new Plan(Comparator.RANGE, low, high, t);
        }
        Comparator bare = indicator != null && indicator.direction() == Direction.DOWN ? Comparator.LE : Comparator.GE;
        return new Plan(bare, number(t, t), null, t);
    }

    private static BigDecimal number(String text, String whole) {
        NumberParseResult r = VietnameseNumbers.parseStrict(text.strip());
        if (!r.isOk()) {
            throw new IllegalArgumentException(DomainText.get("planText.keHoachKhongDoc", whole, (r.message() == null
                    || r.message().isBlank() ? DomainText.get("planText.thieuSo") : r.message())));
        }
        return r.number().value();
    }
}
