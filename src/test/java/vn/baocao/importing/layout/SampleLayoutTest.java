package vn.baocao.importing.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.importing.SampleWorkbooks.sample;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.importing.excel.WorkbookReader;
import vn.baocao.importing.table.SheetTable;

/** Layout detection on the shared sample workbooks that hold a table. */
class SampleLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-bieu01.xlsx", "synthetic-bieu01.xls", "synthetic-xlsx-content-named.xls",
            "synthetic-xls-content-named.xlsx"})
    void findsTheBieu01HeaderColumnsAndHierarchy(String name) throws Exception {
        SheetLayout layout = SheetLayoutAnalyzer.analyze(WorkbookReader.read(sample(name)).firstVisibleSheet());

        assertThat(layout.headerFound()).isTrue();
        assertThat(layout.headerFirstRow()).isEqualTo(4);
        assertThat(layout.headerLastRow()).isEqualTo(6);
        assertThat(layout.headerRowCount()).isEqualTo(3);
        assertThat(layout.columnNumberRow()).contains(7);

        assertThat(layout.title().formCode()).isEqualTo("01");
        assertThat(layout.title().lines()).containsExactly("Biểu 01", "CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU",
                "(Kèm theo Báo cáo số /BC-UBND ngày 15/01/2024)");

        assertThat(layout.columns()).extracting(LayoutColumn::letter, LayoutColumn::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", ColumnRole.STT),
                org.assertj.core.groups.Tuple.tuple("B", ColumnRole.NAME),
                org.assertj.core.groups.Tuple.tuple("C", ColumnRole.UNIT),
                org.assertj.core.groups.Tuple.tuple("D", ColumnRole.ACTUAL),
                org.assertj.core.groups.Tuple.tuple("E", ColumnRole.PLAN),
                org.assertj.core.groups.Tuple.tuple("F", ColumnRole.ESTIMATE),
                org.assertj.core.groups.Tuple.tuple("G", ColumnRole.VALUE),
                org.assertj.core.groups.Tuple.tuple("H", ColumnRole.COMPARISON),
                org.assertj.core.groups.Tuple.tuple("I", ColumnRole.COMPARISON));
        LayoutColumn f = layout.columns().get(5);
        assertThat(f.headerPath()).containsExactly("Năm 2024", "Thực hiện", "Ước cả năm");
        assertThat(f.year()).isEqualTo(2024);
        assertThat(layout.columns().get(3).year()).isEqualTo(2023);
        assertThat(layout.columns().get(8).headerPath()).containsExactly("Tỷ lệ %", "So với cùng kỳ");
        assertThat(layout.isMultiPeriod()).isTrue();
        assertThat(layout.isMultiArea()).isFalse();

        List<LayoutRow> rows = layout.dataRows();
        assertThat(rows.get(0).index()).isEqualTo(8);
        assertThat(rows).extracting(LayoutRow::stt).startsWith("I", "1", "a", "-", "II", "2", "+");
        assertThat(rows).extracting(LayoutRow::level).startsWith(1, 2, 3, 4, 1, 2, 3);
        assertThat(rows.get(3).path()).containsExactly("Kinh tế", "Tổng giá trị sản xuất", "Nông nghiệp", "Trồng trọt");
        assertThat(rows.get(3).unit()).isEqualTo("Tấn");
        assertThat(rows.get(6).path())
                .containsExactly("Xã hội", "Tỷ lệ hộ nghèo", "Số lao động được giải quyết việc làm");
    }

    @Test
    void findsTheOneRowHeaderOfTheHtmlTable() throws Exception {
        SheetLayout layout = analyze("synthetic-html-disguised.xls");
        assertThat(layout.headerFirstRow()).isZero();
        assertThat(layout.headerLastRow()).isZero();
        assertThat(layout.columns()).extracting(LayoutColumn::role).containsExactly(ColumnRole.STT, ColumnRole.NAME);
        assertThat(layout.dataRows()).hasSize(1);
        assertThat(layout.dataRows().get(0).stt()).isEqualTo("1");
        assertThat(layout.dataRows().get(0).name()).isEqualTo("1.435");
    }

    @Test
    void findsTheOneRowHeaderOfTheCsv() throws Exception {
        SheetLayout layout = analyze("synthetic-csv-disguised.xls");
        assertThat(layout.columns()).extracting(LayoutColumn::role)
                .containsExactly(ColumnRole.STT, ColumnRole.NAME, ColumnRole.UNIT);
        assertThat(layout.dataRows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Tỷ lệ hộ nghèo");
            assertThat(row.unit()).isEqualTo("%");
            assertThat(row.level()).isEqualTo(1);
        });
    }

    @Test
    void spreadsheetMl2003SampleHasOnlyAHeader() throws Exception {
        SheetLayout layout = analyze("synthetic-spreadsheetml2003.xls");
        assertThat(layout.headerFound()).isTrue();
        assertThat(layout.columns()).extracting(LayoutColumn::role).containsExactly(ColumnRole.STT);
        assertThat(layout.dataRows()).isEmpty();
    }

    @Test
    void sampleWithoutATableHasNoHeader() throws Exception {
        SheetLayout layout = analyze("synthetic-many-styles-zipbomb-false-positive.xlsx");
        assertThat(layout.headerFound()).isFalse();
        assertThat(layout.dataRows()).hasSize(1);
    }

    @Test
    void richTextSampleHasNoHeader() throws Exception {
        SheetLayout layout = analyze("synthetic-richtext-mixed-fonts.xlsx");
        assertThat(layout.headerFound()).isFalse();
        assertThat(layout.dataRows()).extracting(LayoutRow::name).containsExactly("Tỷ lệ hộ nghèo", "BÁO CÁO Tỷ lệ");
    }

    private static SheetLayout analyze(String name) throws Exception {
        SheetTable sheet = WorkbookReader.read(sample(name)).firstVisibleSheet();
        return SheetLayoutAnalyzer.analyze(sheet);
    }
}
