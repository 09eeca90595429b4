package vn.baocao.domain;

/** The reporting periods Vietnamese offices use, including the non-standard 9 tháng and năm học. */
public enum PeriodType {
    MONTH(false),
    QUARTER(false),
    /** "6 tháng đầu năm" (index 1, cumulative from January) or "6 tháng cuối năm" (index 2). */
    HALF_YEAR(true),
    /** "9 tháng": January to September, cumulative. */
    NINE_MONTHS(true),
    /**
     * The first months of a year for which there is no other type ("ƯTH 2T", "5 tháng", "Lũy kế đến tháng 8"):
     * index = the number of months, 2, 4, 5, 7, 8, 10 or 11 (1, 3, 6, 9 and 12 are a month, quý I, 6 tháng, 9 tháng
     * and the year). Added last so that the stored names of the others do not move.
     */
    MONTHS_TO_DATE(true),
    YEAR(true),
    /** "năm học": September to May of the next year. */
    SCHOOL_YEAR(false),
    /** "giai đoạn" or "nhiệm kỳ", several years. */
    MULTI_YEAR(false);

    private final boolean cumulativeFromYearStart;

    PeriodType(boolean cumulativeFromYearStart) {
        this.cumulativeFromYearStart = cumulativeFromYearStart;
    }

    /** Whether a figure for this period runs from 1 January (lũy kế). The second half year overrides this to false. */
    public boolean cumulativeFromYearStart() {
        return cumulativeFromYearStart;
    }
}
