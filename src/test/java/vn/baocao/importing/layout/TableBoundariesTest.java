package vn.baocao.importing.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where tables end and which rows are not data: footers, column-number rows, notes, further tables; blocks; lists. */
class TableBoundariesTest {
    @Test
    void theFooterEndsTheTableAndAColumnNumberRowOrANoteInsideIsNoRow() {
        SheetLayout layout = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("B")
                .row(0, "STT", "Chỉ tiêu", "ĐVT", "TH 2023", "KH 2024", "Ước/KH")
                .row(2, "A", "B", "C", "#1", "#2", "3=2/1")
                .row(3, "1", "Số hộ nghèo", "hộ", "#120", "#100", "#83.3")
                .row(4, null, "Ghi chú: số ước tính")
                .row(5, "2", "Dân số trung bình", "người", "#5400", "#5450", "#100.9")
                .row(7, null, "Người lập biểu", null, "TM. ỦY BAN NHÂN DÂN")
                .row(8, null, "Thuận Hạnh, ngày 15 tháng 01 năm 2024")
                .row(9, "3", "Không phải dữ liệu", null, "#1")
                .build());
        assertThat(layout.dataRows()).extracting(LayoutRow::name).containsExactly("Số hộ nghèo", "Dân số trung bình");
        assertThat(layout.dataRows().get(0).path()).containsExactly("Số hộ nghèo"); // no "B" prefix
        assertThat(layout.nonDataRows()).containsEntry(2, "hàng số thứ tự cột").containsEntry(4, "dòng ghi chú");
        assertThat(layout.tableEndRow()).isEqualTo(7);
    }

    @Test
    void aFormulaInTheColumnNumberRowMakesTheColumnDerived() {
        SheetLayout layout = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("B")
                .row(0, "STT", "Chỉ tiêu", "ĐVT", "TH 2023", "KH 2024", "Ước 2024", "Ước/KH")
                .row(1, "A", "B", "C", "#1", "#2", "#3", "4=3/2")
                .row(2, "1", "Số hộ nghèo", "hộ", "#120", "#100", "#98", "#98")
                .build());
        assertThat(layout.columnNumberRow()).contains(1);
        assertThat(layout.valueColumns()).extracting(LayoutColumn::letter, LayoutColumn::role, LayoutColumn::number)
                .contains(org.assertj.core.groups.Tuple.tuple("G", ColumnRole.COMPARISON, "4=3/2"));
    }

    @Test
    void aFurtherHeaderStartsTheNextTableWithItsOwnTitle() {
        var sheet = SheetFixture.sheet("T")
                .row(0, "STT", "Chỉ tiêu", "ĐVT", "TH 2023")
                .row(1, "1", "Dân số trung bình", "người", "#5400")
                .row(3, "II. Y TẾ NĂM 2024")
                .row(4, "STT", "Nội dung", "ĐVT", "Kế hoạch")
                .row(5, "1", "Tổng số lượt khám chữa bệnh", "lượt", "#9000")
                .build();
        List<SheetLayout> tables = SheetLayoutAnalyzer.analyzeAll(sheet);
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).dataRows()).extracting(LayoutRow::name).containsExactly("Dân số trung bình");
        assertThat(tables.get(1).headerFirstRow()).isEqualTo(4);
        assertThat(tables.get(1).title().year()).isEqualTo(2024);
        assertThat(tables.get(1).dataRows()).extracting(LayoutRow::name).containsExactly("Tổng số lượt khám chữa bệnh");
    }

    @Test
    void sideBySideBlocksAreNamedOnlyWhenThereAreSeveral() {
        SheetLayout blocks = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("K")
                .row(0, "STT", "Chỉ tiêu", "ĐVT", "Diện tích", null, "Sản lượng", null)
                .merge(0, 1, 0, 0).merge(0, 1, 1, 1).merge(0, 1, 2, 2).merge(0, 0, 3, 4).merge(0, 0, 5, 6)
                .row(1, null, null, null, "TH 2019", "TH 2020", "TH 2019", "TH 2020")
                .row(2, "1", "Lúa", null, "#1", "#2", "#3", "#4")
                .build());
        assertThat(blocks.valueColumns()).extracting(LayoutColumn::block)
                .containsExactly("Diện tích", "Diện tích", "Sản lượng", "Sản lượng");
        SheetLayout years = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("K")
                .row(0, "STT", "Chỉ tiêu", "ĐVT", "Giai đoạn 2016 - 2020", null)
                .merge(0, 1, 0, 0).merge(0, 1, 1, 1).merge(0, 1, 2, 2).merge(0, 0, 3, 4)
                .row(1, null, null, null, "TH 2019", "TH 2020")
                .row(2, "1", "Lúa", null, "#1", "#2")
                .build());
        assertThat(years.valueColumns()).extracting(LayoutColumn::block).containsOnlyNulls();
    }

    @Test
    void aStaffListIsNotAnIndicatorTable() {
        SheetLayout list = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("CB")
                .row(0, "STT", "Họ và tên", "Năm sinh", "Chức vụ")
                .row(1, "1", "Nguyễn Văn An", "#1980", "Chủ tịch")
                .build());
        assertThat(IndicatorTableCheck.listLabel(list)).isEqualTo("Họ và tên");
        SheetLayout table = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("B")
                .row(0, "STT", "Chỉ tiêu", "ĐVT", "TH 2023")
                .row(1, "1", "Số hộ nghèo", "hộ", "#120")
                .build());
        assertThat(IndicatorTableCheck.listLabel(table)).isNull();
    }
}
