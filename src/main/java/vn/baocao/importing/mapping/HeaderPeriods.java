package vn.baocao.importing.mapping;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.domain.Period;
import vn.baocao.domain.PeriodType;
import vn.baocao.domain.VietnameseText;
import vn.baocao.importing.text.ImportText;

/**
 * Reads a period from header or title text: "Tháng 5/2023", "T05/2023", "Quý I/2024", "quý 2 năm 2024",
 * "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "9 tháng năm 2024", "năm học 2023-2024", "giai đoạn 2021-2025",
 * else a bare year.
 */
public final class HeaderPeriods {
    private static final Pattern MONTH = Pattern.compile("\\b(?:thang|t) ?(\\d{1,2}) (?:nam )?(\\d{4})\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bquy ([ivx]+|[1-4]) (?:nam )?(\\d{4})\\b");
    private static final Pattern HALF = Pattern.compile("\\b6 thang (dau|cuoi) nam (\\d{4})\\b");
    private static final Pattern NINE = Pattern.compile("\\b9 thang (?:dau )?(?:nam )?(\\d{4})\\b");
    private static final Pattern SCHOOL = Pattern.compile("\\bnam hoc (\\d{4}) (\\d{4})\\b");
    private static final Pattern STAGE = Pattern.compile("\\bgiai doan (\\d{4}) (\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");

    private HeaderPeriods() {
    }

    /** A period more specific than a year written in the text, or null. */
    public static Period specific(String text) {
        String f = VietnameseText.fold(text == null ? "" : text);
        try {
            Matcher m;
            if ((m = MONTH.matcher(f)).find()) {
                return Period.month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = QUARTER.matcher(f)).find()) {
                String q = m.group(1);
                int quarter = Character.isDigit(q.charAt(0)) ? Integer.parseInt(q) : romanQuarter(q);
                return Period.quarter(Integer.parseInt(m.group(2)), quarter);
            }
            if ((m = HALF.matcher(f)).find()) {
                return new Period(PeriodType.HALF_YEAR, Integer.parseInt(m.group(2)), m.group(1).equals("dau") ? 1 : 2);
            }
            if ((m = NINE.matcher(f)).find()) {
                return Period.nineMonths(Integer.parseInt(m.group(1)));
            }
            if ((m = SCHOOL.matcher(f)).find()) {
                return Period.schoolYear(Integer.parseInt(m.group(1)));
            }
            if ((m = STAGE.matcher(f)).find()) {
                return new Period(PeriodType.MULTI_YEAR, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static int romanQuarter(String roman) {
        return switch (roman) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> throw new IllegalArgumentException(ImportText.get("headerPeriods.quy", roman));
        };
    }

    /** The specific period of the text, else its year as a period, else null. */
    public static Period of(String text) {
        Period p = specific(text);
        if (p != null) {
            return p;
        }
        Matcher y = YEAR.matcher(text == null ? "" : text);
        return y.find() ? Period.year(Integer.parseInt(y.group(1))) : null;
    }

    /** The most specific period named along a header path (leaf first), or null. */
    public static Period specific(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Period p = specific(path.get(i));
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
