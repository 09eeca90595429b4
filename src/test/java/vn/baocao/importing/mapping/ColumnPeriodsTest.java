package vn.baocao.importing.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import vn.baocao.importing.layout.TextFolding;
import org.junit.jupiter.params.provider.CsvSource;

/** Header paths read as a person reads them: the most specific label decides. */
class ColumnPeriodsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Giai đoạn 2016 - 2020 > TH 2017|2017",
            "Giai đoạn 2016 - 2020|GD2016-2020",
            "KH NQ 2016-2020|GD2016-2020",
            "Năm 2015|2015",
            "ƯTH/TH 2020|2020",
            "Năm 2024 > TH T1|2024-T01",
            "Năm 2024 > ƯTH tháng 2|2024-T02",
            "TH T05/2023|2023-T05",
            "Năm 2024 > 6 tháng đầu năm|2024-6T",
            "Năm 2024 > 6 tháng cuối năm|2024-6TC",
            "Năm 2024 > Lũy kế đến tháng 9|2024-9T",
            "Năm 2024 > Lũy kế 3 tháng|2024-Q1",
            "TH Quý II/2024|2024-Q2",
            "Năm học 2023-2024|NH2023-2024",
            "Năm 2024 > Kế hoạch năm|2024"})
    void readsThePeriod(String path, String code) {
        assertThat(ColumnPeriods.read(path(path)).resolve(null).code()).isEqualTo(code);
    }

    /** Up to a month's end is the first months of the year; a date that is not "up to" keeps the label's year. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Thực hiện đến ngày 30/6/2025|2025-6T",
            "Thực hiện đến > 30/06/2025|2025-6T",
            "Ước thực hiện đến hết 31/12/2025|2025",
            "Lũy kế đến 30/9/2024|2024-9T",
            "TH đến 31/8/2024|2024-8T",
            "Kế hoạch năm 2025 (QĐ ngày 10/01/2025)|2025",
            "Thực hiện > 01/2026|2026-T01", "Lũy kế > 08/2024|2024-8T"})
    void figuresUpToADayAreTheMonthsBeforeIt(String path, String code) {
        assertThat(ColumnPeriods.read(path(path)).resolve(null).code()).isEqualTo(code);
    }

    /** A label naming the whole year in words is the year, whatever shorter period the title reports on. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"KH năm 2025|true", "Ước thực hiện năm 2025|true", "Ước cả năm|true",
            "TH 2025|false", "KH 2025|false"})
    void tellsAWholeYearInWordsFromABareYear(String path, boolean whole) {
        ColumnPeriods.Reading r = ColumnPeriods.read(path(path));
        assertThat(r.type()).isEqualTo(vn.baocao.domain.PeriodType.YEAR);
        assertThat(r.wholeYear()).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Lũy kế đến 15/6/2025", "Thực hiện đến > 20/11/2024"})
    void upToAnotherDayIsNoPeriod(String path) {
        ColumnPeriods.Reading r = ColumnPeriods.read(path(path));
        assertThat(r.unsupported()).startsWith("đến ngày ");
        assertThat(r.resolve(null)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Năm 2024 > ƯTH 2T|2024-2T|2 tháng đầu năm 2024",
            "Lũy kế đến tháng 5 năm 2024|2024-5T|5 tháng đầu năm 2024", "Năm 2024 > TH 5T|2024-5T|5 tháng đầu năm 2024",
            "Năm 2024 > 11 tháng|2024-11T|11 tháng đầu năm 2024", "Năm 2024 > ƯTH 6 tháng|2024-6T|6 tháng đầu năm 2024"})
    void spansWithoutATypeOfTheirOwnAreTheFirstMonthsOfTheYear(String path, String code, String label) {
        ColumnPeriods.Reading r = ColumnPeriods.read(path(path));
        assertThat(r.unsupported()).isNull();
        assertThat(r.resolve(null).code()).isEqualTo(code);
        assertThat(r.resolve(null).label()).isEqualTo(label);
        assertThat(r.resolve(null).cumulative()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aSpanWithoutItsYearTakesTheYearGivenElsewhereAndSaysSoWhenThereIsNone() {
        ColumnPeriods.Reading r = ColumnPeriods.read(path("TH 5T"));
        assertThat(r.resolve(null)).isNull();
        assertThat(r.resolve(2023).code()).isEqualTo("2023-5T");
        assertThat(ColumnPeriods.read(path("Năm 2024 > 14 tháng")).unsupported()).isEqualTo("14 tháng đầu năm");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"TH T3|2025-T03", "Giai đoạn 2016-2020 > TH T3|2025-T03"})
    void aMonthWithoutYearTakesTheYearGivenElsewhereButNotFromAGiaiDoan(String path, String code) {
        ColumnPeriods.Reading r = ColumnPeriods.read(path(path));
        assertThat(r.year()).isNull();
        assertThat(r.resolve(2025).code()).isEqualTo(code);
    }

    private static List<String> path(String text) {
        return Arrays.stream(text.split(">")).map(String::strip).toList();
    }

    @org.junit.jupiter.api.Test
    void labelsReadOnceForManyColumnsReadAsEachColumnAlone() {
        java.util.Map<String, ColumnPeriods.Reading> labels = new java.util.HashMap<>();
        // the same month label alone, under lũy kế, under another year, and a district's commune groups
        List<String> paths = List.of("Năm 2024 > Tháng 9", "Năm 2024 > Lũy kế > Tháng 9", "Năm 2023 > Tháng 9",
                "Xã Một > TH T01/2020", "Xã Hai > TH T01/2020", "Xã Hai > TH T02/2020", "Tháng 9", "Lũy kế > Tháng 9");
        for (int round = 0; round < 2; round++) {
            for (String p : paths) {
                assertThat(ColumnPeriods.read(path(p), TextFolding::fold, labels)).as(p)
                        .isEqualTo(ColumnPeriods.read(path(p)));
            }
        }
        assertThat(ColumnPeriods.read(path("Năm 2024 > Lũy kế > Tháng 9"), TextFolding::fold, labels).resolve(null)
                .code()).isEqualTo("2024-9T");
        assertThat(ColumnPeriods.read(path("Năm 2024 > Tháng 9"), TextFolding::fold, labels).resolve(null).code())
                .isEqualTo("2024-T09");
    }
}
