package vn.baocao.importing.mapping;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.domain.Period;
import vn.baocao.domain.PeriodType;
import vn.baocao.importing.layout.TextFolding;
import vn.baocao.importing.text.ImportText;

/**
 * Reads the period of a value column from its header path as a person does: the most specific label decides
 * ("TH 2017" under "Giai đoạn 2016 - 2020" is 2017), a label naming only a month or a span takes its year from the
 * labels above it, a label naming only a range is a giai đoạn. Understood: "Năm 2015", "TH T1", "ƯTH tháng 2",
 * "T05/2023", "Quý I/2024", "6 tháng đầu năm", "ƯTH 2T" and "5 tháng" (the first months, lũy kế from January),
 * "9 tháng", "Lũy kế đến tháng 6", "Thực hiện đến 30/6/2025" and a date cell under "Thực hiện đến" (the months
 * from January to that month's end; another day is no period BaoCao has),
 * "năm học 2023-2024", "KH NQ 2016-2020", "Giai đoạn 2021 - 2025".
 */
public final class ColumnPeriods {
    private static final Pattern SPAN = Pattern.compile("(?<![\\d/])(\\d{1,2}) ?(?:t|thang)\\b(?: (dau|cuoi) nam)?");
    private static final Pattern MONTH = Pattern.compile("\\b(?:thang|t) ?0?(\\d{1,2})\\b(?! thang)(?: ?(?:/|nam) ?((?:19|20)\\d{2}))?");
    private static final Pattern QUARTER = Pattern.compile("\\bquy ([ivx]+|[1-4])\\b(?: ?(?:/|nam) ?((?:19|20)\\d{2}))?");
    private static final Pattern RANGE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2}) ?- ?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    /** "năm 2025", "cả năm", "kế hoạch năm": the word for the whole year (after the spans, which say "đầu năm"). */
    private static final Pattern WHOLE_YEAR = Pattern.compile("\\bnam\\b");
    /** "01/2026" alone: a month, as a date cell formatted mm/yyyy shows it. */
    private static final Pattern MONTH_OF_YEAR = Pattern.compile("(\\d{1,2})/((?:19|20)\\d{2})");
    /** "đến 30/6/2025", "đến hết ngày 31/12/2024", or a label that is only a date (a date cell in the header). */
    private static final Pattern UNTIL_DATE = Pattern.compile(
            "(?:^|\\bden (?:het )?(?:ngay )?)(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})(?!\\d)");

    private ColumnPeriods() {
    }

    /**
     * What a header path says about the period.
     *
     * @param type        the kind of period named, null when none is
     * @param year        its year, null when only a month or span is named and no label above gives the year
     * @param index       month, quarter, half or last year of a range, as in {@link Period}
     * @param unsupported a span BaoCao has no period for ("2 tháng đầu năm"), else null
     * @param wholeYear   the label names the whole year in words ("KH năm 2025", "Ước cả năm"): never a shorter
     *                    period of the title's
     */
    public record Reading(PeriodType type, Integer year, int index, String unsupported, boolean wholeYear) {
        static final Reading NONE = new Reading(null, null, 0, null);

        Reading(PeriodType type, Integer year, int index, String unsupported) {
            this(type, year, index, unsupported, false);
        }

        public boolean named() {
            return type != null || unsupported != null;
        }

        /** The period, with {@code fallbackYear} when the header names none; null when there is no year. */
        public Period resolve(Integer fallbackYear) {
            Integer y = year != null ? year : fallbackYear;
            if (type == null || unsupported != null || y == null) {
                return null;
            }
            try {
                return switch (type) {
                    case YEAR -> Period.year(y);
                    case MONTH -> Period.month(y, index);
                    case QUARTER -> Period.quarter(y, index);
                    case HALF_YEAR -> new Period(PeriodType.HALF_YEAR, y, index);
                    case NINE_MONTHS -> Period.nineMonths(y);
                    case SCHOOL_YEAR -> Period.schoolYear(y);
                    case MULTI_YEAR -> new Period(PeriodType.MULTI_YEAR, y, index);
                    case MONTHS_TO_DATE -> Period.monthsToDate(y, index);
                };
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** Reads a header path, top to bottom as in the sheet. */
    public static Reading read(List<String> path) {
        return read(path, TextFolding::fold);
    }

    /**
     * Reads a header path with a folding function (a caching one when many columns share their labels, as the
     * commune groups of a district summary do).
     */
    public static Reading read(List<String> path, java.util.function.UnaryOperator<String> fold) {
        return read(path, fold, new java.util.HashMap<>());
    }

    /**
     * Reads a header path, each folded label read once per {@code labels} (a caller's cache, kept across the columns
     * of a sheet: 1 200 columns of a district summary share 60 month labels).
     */
    public static Reading read(List<String> path, java.util.function.UnaryOperator<String> fold,
            java.util.Map<String, Reading> labels) {
        boolean luyKe = false;
        List<String> folded = new java.util.ArrayList<>(path.size());
        for (String label : path) {
            String f = fold.apply(label);
            folded.add(f);
            luyKe |= f.contains("luy ke");
        }
        for (int i = folded.size() - 1; i >= 0; i--) {
            String f = folded.get(i).replace('_', ' ');
            boolean cumulative = luyKe;
            // the key says whether the path is lũy kế: the same label reads otherwise then
            Reading r = labels.computeIfAbsent((luyKe ? "+" : "-") + f, k -> label(f, cumulative));
            if (r.named()) {
                if (r.year() == null && r.type() != null && r.type() != PeriodType.MULTI_YEAR) {
                    Integer above = yearAbove(folded, i);
                    return new Reading(r.type(), above, r.index(), r.unsupported(), r.wholeYear());
                }
                return r;
            }
        }
        return Reading.NONE;
    }

    private static Integer yearAbove(List<String> folded, int below) {
        for (int i = below - 1; i >= 0; i--) {
            String f = folded.get(i);
            if (RANGE.matcher(f).find()) {
                return null; // a month under a giai đoạn: which year is not said
            }
            Matcher y = YEAR.matcher(f);
            if (y.find()) {
                return Integer.valueOf(y.group(1));
            }
        }
        return null;
    }

    private static Reading label(String f, boolean luyKe) {
        Matcher m;
        if (f.contains("nam hoc") && (m = RANGE.matcher(f)).find()) {
            return new Reading(PeriodType.SCHOOL_YEAR, Integer.valueOf(m.group(1)), 0, null);
        }
        if ((m = RANGE.matcher(f)).find() && Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(1))) {
            return new Reading(PeriodType.MULTI_YEAR, Integer.valueOf(m.group(1)), Integer.parseInt(m.group(2)), null);
        }
        if ((m = MONTH_OF_YEAR.matcher(f)).matches()) {
            int month = Integer.parseInt(m.group(1));
            Integer mYear = Integer.valueOf(m.group(2));
            if (month < 1 || month > 12) {
                return Reading.NONE;
            }
            return luyKe ? span(month, mYear) : new Reading(PeriodType.MONTH, mYear, month, null);
        }
        if ((m = UNTIL_DATE.matcher(f)).find()) {
            return untilDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        Integer year = null;
        Matcher y = YEAR.matcher(f);
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
        }
        if ((m = SPAN.matcher(f)).find()) {
            int months = Integer.parseInt(m.group(1));
            if ("cuoi".equals(m.group(2)) && months == 6) {
                return new Reading(PeriodType.HALF_YEAR, year, 2, null);
            }
            return span(months, year);
        }
        if ((m = QUARTER.matcher(f)).find()) {
            String q = m.group(1);
            int quarter = Character.isDigit(q.charAt(0)) ? Integer.parseInt(q) : roman(q);
            Integer qYear = m.group(2) != null ? Integer.valueOf(m.group(2)) : year;
            return quarter < 1 ? Reading.NONE : new Reading(PeriodType.QUARTER, qYear, quarter, null);
        }
        if ((m = MONTH.matcher(f)).find()) {
            int month = Integer.parseInt(m.group(1));
            Integer mYear = m.group(2) != null ? Integer.valueOf(m.group(2)) : year;
            if (month < 1 || month > 12) {
                return Reading.NONE;
            }
            return luyKe ? span(month, mYear) : new Reading(PeriodType.MONTH, mYear, month, null);
        }
        boolean wholeYear = WHOLE_YEAR.matcher(f).find();
        if (year != null || f.contains("ca nam")) {
            return new Reading(PeriodType.YEAR, year, 0, null, wholeYear);
        }
        return Reading.NONE;
    }

    /**
     * The figure up to a day: up to a month's end it is the first months of the year (30/6 is 6 tháng, 31/12 the
     * year; before, "Thực hiện đến 30/6/2025" was read as the year 2025); up to another day it is no period.
     */
    private static Reading untilDate(int day, int month, int year) {
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return Reading.NONE;
        }
        if (day != date.lengthOfMonth()) {
            return new Reading(null, year, 0, ImportText.get("columnPeriods.denNgay", day + "/" + month + "/" + year));
        }
        return span(month, year);
    }

    /** The first {@code months} months of a year (lũy kế from January), as the period BaoCao has for it. */
    private static Reading span(int months, Integer year) {
        return switch (months) {
            case 1 -> new Reading(PeriodType.MONTH, year, 1, null);
            case 3 -> new Reading(PeriodType.QUARTER, year, 1, null);
            case 6 -> new Reading(PeriodType.HALF_YEAR, year, 1, null);
            case 9 -> new Reading(PeriodType.NINE_MONTHS, year, 0, null);
            case 12 -> new Reading(PeriodType.YEAR, year, 0, null);
            case 2, 4, 5, 7, 8, 10, 11 -> new Reading(PeriodType.MONTHS_TO_DATE, year, months, null);
            default -> new Reading(null, year, 0, ImportText.get("columnPeriods.thangDauNam", months));
        };
    }

    private static int roman(String q) {
        return switch (q) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> 0;
        };
    }
}
