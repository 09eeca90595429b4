package vn.baocao.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.domain.text.DomainText;

/**
 * A reporting period. Written in the CLI and in files as a short code:
 * {@code 2023}, {@code 2023-6T} (6 tháng đầu năm), {@code 2023-6TC} (6 tháng cuối năm), {@code 2023-9T},
 * {@code 2023-Q3}, {@code 2023-T05}, {@code NH2023-2024} (năm học), {@code GD2021-2025} (giai đoạn), and the first
 * months of a year without a type of their own: {@code 2023-5T} (5 tháng), {@code 2023-2T} (2 tháng đầu năm).
 *
 * @param index month (1–12), quarter (1–4), half (1–2), months from January (MONTHS_TO_DATE); for SCHOOL_YEAR and
 *              MULTI_YEAR the last year; else 0
 */
public record Period(PeriodType type, int year, int index) implements java.lang.Comparable<Period> {

    /** Text shown by {@code --help} and in error messages. */
    public static final String SYNTAX = DomainText.get("period.n2023Nam20236t");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-T(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-6T(C?)");
    private static final Pattern NINE = Pattern.compile("(\\d{4})-9T");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{1,2})T");
    private static final Pattern SCHOOL = Pattern.compile("NH(\\d{4})-(\\d{4})");
    private static final Pattern MULTI = Pattern.compile("(?:GD|GĐ)(\\d{4})-(\\d{4})");

    public Period {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException(DomainText.get("period.namKhongHopLe", year));
        }
        switch (type) {
            case MONTH -> check(index >= 1 && index <= 12, DomainText.get("period.thangPhaiTu1"));
            case QUARTER -> check(index >= 1 && index <= 4, DomainText.get("period.quyPhaiTu1"));
            case HALF_YEAR -> check(index == 1 || index == 2, DomainText.get("period.nuaNamPhaiLa"));
            case SCHOOL_YEAR -> check(index == year + 1, DomainText.get("period.namHocPhaiGom"));
            case MULTI_YEAR -> check(index > year, DomainText.get("period.giaiDoanPhaiKet"));
            case MONTHS_TO_DATE -> check(index == 2 || index == 4 || index == 5 || index == 7 || index == 8
                    || index == 10 || index == 11, DomainText.get("period.soThangDauNam"));
            default -> check(index == 0, DomainText.get("period.kyKhongCoChi", type));
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEAR, year, 0);
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTER, year, quarter);
    }

    public static Period firstHalf(int year) {
        return new Period(PeriodType.HALF_YEAR, year, 1);
    }

    public static Period nineMonths(int year) {
        return new Period(PeriodType.NINE_MONTHS, year, 0);
    }

    /**
     * The first {@code months} months of a year as the period BaoCao keeps them: a month, quý I, 6 tháng, 9 tháng,
     * the year, or a MONTHS_TO_DATE span.
     */
    public static Period monthsToDate(int year, int months) {
        return switch (months) {
            case 1 -> month(year, 1);
            case 3 -> quarter(year, 1);
            case 6 -> firstHalf(year);
            case 9 -> nineMonths(year);
            case 12 -> year(year);
            default -> new Period(PeriodType.MONTHS_TO_DATE, year, months);
        };
    }

    public static Period schoolYear(int firstYear) {
        return new Period(PeriodType.SCHOOL_YEAR, firstYear, firstYear + 1);
    }

    /** Parses the short code; the message lists the accepted forms. */
    public static Period parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH.matcher(t)).matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = HALF.matcher(t)).matches()) {
            return new Period(PeriodType.HALF_YEAR, Integer.parseInt(m.group(1)), m.group(2).isEmpty() ? 1 : 2);
        }
        if ((m = NINE.matcher(t)).matches()) {
            return nineMonths(Integer.parseInt(m.group(1)));
        }
        if ((m = MONTHS.matcher(t)).matches()) {
            return monthsToDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = SCHOOL.matcher(t)).matches()) {
            return new Period(PeriodType.SCHOOL_YEAR, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MULTI.matcher(t)).matches()) {
            return new Period(PeriodType.MULTI_YEAR, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new IllegalArgumentException(DomainText.get("period.kyBaoCaoKhong", text, SYNTAX));
    }

    // equals and hashCode written out: the record's generated ones run through an invokedynamic bootstrap that
    // showed up in cold profiles of a 100 000-value import (a Period keys several maps per value)
    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.type == type && p.year == year && p.index == index;
    }

    @Override
    public int hashCode() {
        return (type.ordinal() * 31 + year) * 31 + index;
    }

    /** The short code, the inverse of {@link #parse}. */
    public String code() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case MONTH -> year + (index < 10 ? "-T0" : "-T") + index; // "%d-T%02d" without String.format (hot in imports)
            case QUARTER -> year + "-Q" + index;
            case HALF_YEAR -> year + (index == 1 ? "-6T" : "-6TC");
            case NINE_MONTHS -> year + "-9T";
            case MONTHS_TO_DATE -> year + "-" + index + "T";
            case SCHOOL_YEAR -> "NH" + year + "-" + index;
            case MULTI_YEAR -> "GD" + year + "-" + index;
        };
    }

    /** The words a document uses: "năm 2023", "6 tháng đầu năm 2023", "quý III năm 2023", "năm học 2023-2024". */
    public String label() {
        return switch (type) {
            case YEAR -> DomainText.get("period.nam", year);
            case MONTH -> DomainText.get("period.thangNam", index, year);
            case QUARTER -> DomainText.get("period.quyNam", RomanNumerals.of(index), year);
            case HALF_YEAR -> (index == 1 ? DomainText.get("period.n6ThangDauNam") : DomainText.get("period.n6ThangCuoiNam")) + year;
            case NINE_MONTHS -> DomainText.get("period.n9ThangNam", year);
            case MONTHS_TO_DATE -> DomainText.get("period.thangDauNamNam", index, year);
            case SCHOOL_YEAR -> DomainText.get("period.namHoc", year, index);
            case MULTI_YEAR -> DomainText.get("period.giaiDoan", year, index);
        };
    }

    public LocalDate start() {
        return switch (type) {
            case YEAR, NINE_MONTHS, MONTHS_TO_DATE -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, index, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case HALF_YEAR -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case SCHOOL_YEAR -> LocalDate.of(year, 9, 1);
            case MULTI_YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        return switch (type) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case NINE_MONTHS -> LocalDate.of(year, 9, 30);
            case MONTHS_TO_DATE -> YearMonth.of(year, index).atEndOfMonth();
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case HALF_YEAR -> index == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            case SCHOOL_YEAR -> LocalDate.of(index, 5, 31);
            case MULTI_YEAR -> LocalDate.of(index, 12, 31);
        };
    }

    /** Whether figures of this period accumulate from 1 January (lũy kế). */
    public boolean cumulative() {
        return type.cumulativeFromYearStart() && !(type == PeriodType.HALF_YEAR && index == 2);
    }

    /** The same period one year earlier ("cùng kỳ năm trước"). */
    public Period previousYear() {
        return shiftYears(-1);
    }

    /** The same kind of period moved by whole years (a report copied to next year). */
    public Period shiftYears(int years) {
        int newIndex = (type == PeriodType.SCHOOL_YEAR || type == PeriodType.MULTI_YEAR) ? index + years : index;
        return new Period(type, year + years, newIndex);
    }

    /** The next period of the same type: next month, next quarter, next year … */
    public Period next() {
        return switch (type) {
            case MONTH -> index == 12 ? month(year + 1, 1) : month(year, index + 1);
            case QUARTER -> index == 4 ? quarter(year + 1, 1) : quarter(year, index + 1);
            case HALF_YEAR -> index == 2 ? firstHalf(year + 1) : new Period(PeriodType.HALF_YEAR, year, 2);
            case MULTI_YEAR -> new Period(type, index + 1, index + 1 + (index - year));
            default -> shiftYears(1);
        };
    }

    /** The period of the same type just before this one: a plan for quý II is drawn up on the results of quý I. */
    public Period previous() {
        return switch (type) {
            case MONTH -> index == 1 ? month(year - 1, 12) : month(year, index - 1);
            case QUARTER -> index == 1 ? quarter(year - 1, 4) : quarter(year, index - 1);
            case HALF_YEAR -> index == 1 ? new Period(PeriodType.HALF_YEAR, year - 1, 2) : firstHalf(year);
            case MULTI_YEAR -> new Period(type, year - 1 - (index - year), year - 1);
            default -> shiftYears(-1);
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = end().compareTo(o.end());
        return c != 0 ? c : o.start().compareTo(start());
    }

    @Override
    public String toString() {
        return code();
    }
}
