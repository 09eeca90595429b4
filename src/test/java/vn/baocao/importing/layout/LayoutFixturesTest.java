package vn.baocao.importing.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layout detection on sheets built in the tests: multi-area, multi-period, hidden rows, numbering in names. */
class LayoutFixturesTest {

    /** A district summary "Biểu 07": one group of columns per commune under a merged header. */
    @Test
    void recognisesAMultiAreaSheet() {
        SheetLayout layout = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("Biểu 07")
                .row(0, "BIỂU 07: TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023 HUYỆN XÍN MẦN")
                .merge(0, 0, 0, 8)
                .row(2, "STT", "Chỉ tiêu", "Đơn vị\ntính", "Toàn huyện", null, "Ủy ban nhân dân xã Nấm Dẩn", null,
                        "UBND xã Chế Là", null)
                .merge(2, 3, 0, 0).merge(2, 3, 1, 1).merge(2, 3, 2, 2).merge(2, 2, 3, 4).merge(2, 2, 5, 6)
                .merge(2, 2, 7, 8)
                .row(3, null, null, null, "TH\n2023", "KH 2024", "TH 2023", "KH 2024", "TH 2023", "KH 2024")
                .row(4, "A", "B", "C", "1", "2", "3", "4", "5", "6")
                .row(5, "1", "1.Diện tích gieo trồng", "ha", "#1200", "#1250", "#300", "#310", "#250", "#260")
                .row(6, "2", "1.1.Lúa cả năm", "ha", "#700", "#710", "#200", "#200", "#150", "#150")
                .row(7, "3", "1.1.1.Lúa xuân", "ha", "#300", "#305", "#90", "#90", "#70", "#70")
                .row(8, "4", "1.2.Ngô", "ha", "#500", "#540", "#100", "#110", "#100", "#110")
                .build());

        assertThat(layout.headerFirstRow()).isEqualTo(2);
        assertThat(layout.headerLastRow()).isEqualTo(3);
        assertThat(layout.columnNumberRow()).contains(4);
        assertThat(layout.title().formCode()).isEqualTo("07");
        assertThat(layout.title().year()).isEqualTo(2023);
        assertThat(layout.title().area()).isEqualTo("HUYỆN XÍN MẦN");
        assertThat(layout.isMultiArea()).isTrue();
        assertThat(layout.areas()).containsExactly("Toàn huyện", "xã Nấm Dẩn", "xã Chế Là");
        assertThat(layout.column(ColumnRole.UNIT).orElseThrow().headerPath()).containsExactly("Đơn vị tính");
        assertThat(layout.valueColumns()).extracting(LayoutColumn::headerPath, LayoutColumn::role, LayoutColumn::year)
                .containsExactly(
                        tuple(List.of("Toàn huyện", "TH 2023"), ColumnRole.ACTUAL, 2023),
                        tuple(List.of("Toàn huyện", "KH 2024"), ColumnRole.PLAN, 2024),
                        tuple(List.of("Ủy ban nhân dân xã Nấm Dẩn", "TH 2023"), ColumnRole.ACTUAL, 2023),
                        tuple(List.of("Ủy ban nhân dân xã Nấm Dẩn", "KH 2024"), ColumnRole.PLAN, 2024),
                        tuple(List.of("UBND xã Chế Là", "TH 2023"), ColumnRole.ACTUAL, 2023),
                        tuple(List.of("UBND xã Chế Là", "KH 2024"), ColumnRole.PLAN, 2024));
        assertThat(layout.valueColumns().get(2).area()).isEqualTo("xã Nấm Dẩn");

        assertThat(layout.dataRows()).extracting(LayoutRow::stt, LayoutRow::name, LayoutRow::level).containsExactly(
                tuple("1", "Diện tích gieo trồng", 1),
                tuple("2", "Lúa cả năm", 2),
                tuple("3", "Lúa xuân", 3),
                tuple("4", "Ngô", 2));
        assertThat(layout.dataRows().get(2).path()).containsExactly("Diện tích gieo trồng", "Lúa cả năm", "Lúa xuân");
        assertThat(layout.dataRows().get(3).path()).containsExactly("Diện tích gieo trồng", "Ngô");
    }

    /** TH 2023 | KH 2024 | ƯTH 2024 | So sánh %, a one-row header without merges, column numbers typed "(1)". */
    @Test
    void recognisesAMultiPeriodSheetWithHiddenRowsAndColumns() {
        SheetLayout layout = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("KTXH")
                .row(0, "ỦY BAN NHÂN DÂN XÃ NẤM DẨN")
                .row(1, "BÁO CÁO CHỈ TIÊU KINH TẾ - XÃ HỘI 6 tháng đầu năm 2024")
                .row(3, "TT", "Nội dung", "ĐVT", "TH 2023", "KH 2024", "ƯTH 2024", "Cùng kỳ", "So sánh %", "Ghi chú")
                .row(4, "#-1", "#-2", "#-3", "#-4", "#-5", "#-6", "#-7", "#-8", "#-9")
                .row(5, "I", "Kinh tế")
                .row(6, "1", "Tổng sản lượng lương thực", "tấn", "#1200", "#1250", "#1260", "#1190", "#100.8")
                .row(7, null, "- Lúa", "tấn", "#800", "#820", "#830", "#790", "#101.2")
                .row(8, null, "- Ngô", "tấn", "#400", "#430", "#430", "#400", "#100")
                .hideRow(8)
                .row(9, "2", "Thu ngân sách", "triệu đồng", "#5000", "#5200", "#5300", "#4900", "#101.9", "ghi chú")
                .hideColumn(6)
                .row(13, "Người lập biểu")
                .build());

        assertThat(layout.headerFirstRow()).isEqualTo(3);
        assertThat(layout.headerLastRow()).isEqualTo(3);
        assertThat(layout.columnNumberRow()).contains(4);
        assertThat(layout.title().period()).isEqualTo("6 tháng đầu năm 2024");
        assertThat(layout.title().year()).isEqualTo(2024);
        assertThat(layout.title().area()).isEqualTo("XÃ NẤM DẨN");
        assertThat(layout.columns()).extracting(LayoutColumn::role).containsExactly(ColumnRole.STT, ColumnRole.NAME,
                ColumnRole.UNIT, ColumnRole.ACTUAL, ColumnRole.PLAN, ColumnRole.ESTIMATE, ColumnRole.SAME_PERIOD,
                ColumnRole.COMPARISON, ColumnRole.NOTE);
        assertThat(layout.hiddenColumns()).extracting(LayoutColumn::letter).containsExactly("G");
        assertThat(layout.valueColumns()).extracting(LayoutColumn::role)
                .containsExactly(ColumnRole.ACTUAL, ColumnRole.PLAN, ColumnRole.ESTIMATE, ColumnRole.COMPARISON);
        assertThat(layout.isMultiPeriod()).isTrue();
        assertThat(layout.years()).containsExactly(2023, 2024);
        assertThat(layout.isMultiArea()).isFalse();

        assertThat(layout.dataRows()).extracting(LayoutRow::name)
                .containsExactly("Kinh tế", "Tổng sản lượng lương thực", "Lúa", "Thu ngân sách");
        assertThat(layout.hiddenDataRows()).extracting(LayoutRow::name, LayoutRow::rowNumber)
                .containsExactly(tuple("Ngô", 9));
        assertThat(layout.dataRows().get(2).path()).containsExactly("Kinh tế", "Tổng sản lượng lương thực", "Lúa");
        assertThat(layout.dataRows().get(3).level()).isEqualTo(2);
        assertThat(layout.allDataRows()).extracting(LayoutRow::index).doesNotContain(13)
                .as("data stops at the first run of 3 blank rows");
    }

    @Test
    void derivesLevelsFromIndentationWhenThereIsNoNumbering() {
        SheetLayout layout = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("s")
                .row(0, "Chỉ tiêu", "Kế hoạch", "Thực hiện")
                .row(1, "Nông nghiệp", "#1", "#2")
                .row(2, "   Trồng trọt", "#1", "#2")
                .row(3, "      Lúa", "#1", "#2")
                .row(4, "   Chăn nuôi", "#1", "#2")
                .build());
        assertThat(layout.dataRows()).extracting(LayoutRow::name, LayoutRow::level).containsExactly(
                tuple("Nông nghiệp", 1), tuple("Trồng trọt", 2), tuple("Lúa", 3), tuple("Chăn nuôi", 2));
    }

    @Test
    void keepsRepeatedLeafNamesApartByPath() {
        SheetLayout layout = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("s")
                .row(0, "STT", "Tên chỉ tiêu", "Đơn vị tính", "Thực hiện")
                .row(1, "1", "Lúa", null, null)
                .row(2, "-", "Diện tích", "ha", "#10")
                .row(3, "-", "Sản lượng", "tấn", "#50")
                .row(4, "2", "Ngô", null, null)
                .row(5, "-", "Diện tích", "ha", "#5")
                .build());
        assertThat(layout.dataRows().get(1).path()).containsExactly("Lúa", "Diện tích");
        assertThat(layout.dataRows().get(4).path()).containsExactly("Ngô", "Diện tích");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "STT|STT", "TT|STT", "Số TT|STT", "Chỉ tiêu|NAME", "CHỈ TIÊU|NAME", "Tên chỉ tiêu|NAME", "Nội dung|NAME",
            "ĐVT|UNIT", "Đơn vị tính|UNIT", "KH|PLAN", "Kế hoạch năm|PLAN", "KH2020|PLAN",
            "TH|ACTUAL", "Thực hiện|ACTUAL", "TH 2015|ACTUAL", "ƯTH|ESTIMATE", "ƯTH2020|ESTIMATE",
            "Ước thực hiện|ESTIMATE", "Ước cả năm|ESTIMATE", "Cùng kỳ|SAME_PERIOD", "So với cùng kỳ|COMPARISON",
            "So sánh %|COMPARISON", "Tỷ lệ %|COMPARISON", "ƯTH2020/ƯTH2019|COMPARISON", "Ghi chú|NOTE",
            "GHI CHÚ|NOTE", "Chỉ tiêu giao 2025|PLAN", "Chỉ tiêu NQ|PLAN", "Mục tiêu NQ Đại hội 2025|PLAN",
            "Chỉ tiêu được giao|PLAN", "Chỉ tiêu kinh tế - xã hội|NAME", "Tên chỉ tiêu|NAME"})
    void recognisesColumnSynonyms(String label, ColumnRole role) {
        assertThat(ColumnRoleClassifier.classifyLabel(label)).isEqualTo(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Năm 2024", "Toàn huyện", "Xã Nấm Dẩn", "CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU ĐẾN NĂM 2025 CỦA XÃ"})
    void leavesOtherLabelsUnrecognised(String label) {
        assertThat(ColumnRoleClassifier.classifyLabel(label)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"I|ROMAN|1", "IV.|ROMAN|1", "1|ARABIC|1", "2.|ARABIC|1", "1.1|ARABIC|2",
            "1.1.2.|ARABIC|3", "a|LOWER_LETTER|1", "b)|LOWER_LETTER|1", "A|UPPER_LETTER|1", "-|DASH|1",
            "+|PLUS|1", "*|STAR|1"})
    void classifiesSttTokens(String text, SttToken.Kind kind, int depth) {
        assertThat(SttToken.parse(text).tokenClass()).isEqualTo(new SttToken.TokenClass(kind, depth));
    }

    @Test
    void splitsNumberingWrittenInsideNames() {
        assertThat(SttToken.splitName("1.1.2.Lúa hè thu").rest()).isEqualTo("Lúa hè thu");
        assertThat(SttToken.splitName("I.Diện tích cây hàng năm").token().text()).isEqualTo("I.");
        assertThat(SttToken.splitName("-Diện tích").rest()).isEqualTo("Diện tích");
        assertThat(SttToken.splitName("+ Trồng trọt").rest()).isEqualTo("Trồng trọt");
        assertThat(SttToken.splitName("1.435")).isNull();
        assertThat(SttToken.splitName("Tổng số")).isNull();
    }

    /** "Đơn vị tính:" | "nghìn đồng" in the title is the unit of the table, not its area; "Đơn vị:" | "Xã …" is. */
    @Test
    void aUnitKeyedInTheTitleIsNoArea() {
        SheetLayout layout = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("Ngân sách")
                .row(0, "THU NGÂN SÁCH NĂM 2025")
                .row(1, "Đơn vị tính:", "nghìn đồng")
                .row(3, "TT", "Chỉ tiêu", "TH 2025")
                .row(4, "1", "Thu ngân sách", "#1500250")
                .build());
        assertThat(layout.title().area()).isNull();

        SheetLayout keyed = SheetLayoutAnalyzer.analyze(SheetFixture.sheet("Ngân sách")
                .row(0, "THU NGÂN SÁCH NĂM 2025")
                .row(1, "Đơn vị:", "Xã Nấm Dẩn")
                .row(3, "TT", "Chỉ tiêu", "TH 2025")
                .row(4, "1", "Thu ngân sách", "#1500250")
                .build());
        assertThat(keyed.title().area()).isEqualTo("Xã Nấm Dẩn");
    }
}
