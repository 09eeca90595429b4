package vn.baocao.importing.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baocao.importing.SampleWorkbooks.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.importing.encoding.SourceEncoding;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellKind;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SourceFormat;
import vn.baocao.importing.table.WorkbookData;

/** One test (or more) per workbook in src/test/resources/samples, with its expected outcome. */
class SampleWorkbooksTest {

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-bieu01.xlsx", "synthetic-bieu01.xls", "synthetic-xlsx-content-named.xls",
            "synthetic-xls-content-named.xlsx"})
    void readsBieu01WithConvertedTextAndVietnameseDisplay(String name) throws Exception {
        WorkbookData workbook = WorkbookReader.read(sample(name));
        assertThat(workbook.sheetNames()).containsExactly("Biểu 01");
        assertThat(workbook.hiddenSheetNames()).isEmpty();
        SheetTable sheet = workbook.firstVisibleSheet();

        assertThat(sheet.cell("A1").text()).isEqualTo("Biểu 01");
        CellData a2 = sheet.cell("A2");
        assertThat(a2.text()).isEqualTo("CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU");
        assertThat(a2.originalText()).isEqualTo("C¸c chØ tiªu kinh tÕ - x· héi chñ yÕu");
        assertThat(a2.encoding()).isEqualTo(SourceEncoding.TCVN3);
        assertThat(a2.fontNames()).containsExactly(".VnTimeH");
        assertThat(a2.mergedRegion().reference()).isEqualTo("A2:I2");
        assertThat(sheet.cell("A3").text()).isEqualTo("(Kèm theo Báo cáo số     /BC-UBND ngày 15/01/2024)");

        assertThat(sheet.mergedRegions()).hasSize(11);
        assertThat(sheet.cell("F5").isCoveredByMerge()).isTrue();
        assertThat(sheet.displayedCell(4, 5).text()).isEqualTo("Năm 2024");

        CellData d10 = sheet.cell("D10");
        assertThat(d10.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(d10.number()).isEqualTo(1435.0);
        assertThat(d10.text()).isEqualTo("1.435");
        assertThat(sheet.cell("E10").text()).isEqualTo("8.599,376");
        CellData h10 = sheet.cell("H10");
        assertThat(h10.kind()).isEqualTo(CellKind.FORMULA);
        assertThat(h10.resultKind()).isEqualTo(CellKind.NUMBER);
        assertThat(h10.formula()).isEqualTo("IF(E10=0,\"\",F10/E10)");
        assertThat(h10.number()).isCloseTo(15718 / 8599.376, org.assertj.core.data.Offset.offset(1e-9));

        assertThat(sheet.cell("D11").kind()).isEqualTo(CellKind.TEXT);
        assertThat(sheet.cell("D11").text()).isEqualTo("1.435");
        assertThat(sheet.cell("H11").text()).isEqualTo("125,87%");
        CellData i11 = sheet.cell("I11");
        assertThat(i11.kind()).isEqualTo(CellKind.FORMULA);
        assertThat(i11.resultKind()).isEqualTo(CellKind.ERROR);
        assertThat(i11.errorCode()).isEqualTo("#DIV/0!");
        assertThat(i11.formula()).isEqualTo("1/0");

        assertThat(sheet.cell("D14").text()).isEqualTo("3,12%");
        assertThat(sheet.cell("D14").number()).isEqualTo(0.0312);
        assertThat(sheet.cell("B16").text()).isEqualTo("15/01/2024");
        assertThat(sheet.cell("B16").dateFormatted()).isTrue();
        assertThat(sheet.cell("C16").text()).as("built-in format 14 as a Vietnamese PC shows it")
                .isEqualTo("15/01/2024");
        assertThat(sheet.cell("D16").text()).isEqualTo("15/01/2024");
        assertThat(sheet.cell("D16").kind()).isEqualTo(CellKind.TEXT);
        assertThat(sheet.cell("E16").text()).isEqualTo("15.718 triệu đồng");
        assertThat(sheet.cell("E16").number()).isEqualTo(15718.0);
        assertThat(sheet.cell("F16").text()).isEqualTo("1.234.567,891");
        assertThat(sheet.cell("G16").text()).isEqualTo("0,3");
        assertThat(sheet.cell("G16").number()).isEqualTo(0.1 + 0.2);
        assertThat(sheet.cell("H16").text()).isEqualTo("Tỷ lệ hộ nghèo");
        assertThat(sheet.cell("H16").encoding()).isEqualTo(SourceEncoding.TCVN3);
        assertThat(sheet.cell("I16").text()).isEqualTo("Tỷ lệ hộ nghèo");
        assertThat(sheet.cell("I16").encoding()).isEqualTo(SourceEncoding.VNI);
        assertThat(sheet.cell("B17").text()).isEqualTo("Tỷ lệ hộ nghèo");
        assertThat(sheet.cell("B17").encoding()).isEqualTo(SourceEncoding.UNICODE_DECOMPOSED);
        assertThat(sheet.cell("D17").booleanValue()).isTrue();
        assertThat(sheet.cell("E17").text()).isEqualTo("-0,35%");
        assertThat(sheet.cell("F17").text()).isEqualTo("1,435");

        assertThat(sheet.cell("B5").text()).isEqualTo("Chỉ tiêu");
        assertThat(sheet.cell("B5").encoding()).isEqualTo(SourceEncoding.UNICODE);
        assertThat(sheet.cell("B15").text()).isEqualTo("Số lao động được giải quyết việc làm");
        assertThat(sheet.convertedCellCount()).isEqualTo(4);
    }

    @Test
    void detectsFormatByContentNotByName() throws Exception {
        assertThat(WorkbookReader.read(sample("synthetic-xlsx-content-named.xls")).format()).isEqualTo(SourceFormat.XLSX);
        assertThat(WorkbookReader.read(sample("synthetic-xls-content-named.xlsx")).format()).isEqualTo(SourceFormat.XLS);
        assertThat(WorkbookReader.detect(sample("synthetic-encrypted-pw123456.xlsx"))).isEqualTo(FileKind.ENCRYPTED_OOXML);
        assertThat(WorkbookReader.detect(sample("synthetic-encrypted-pw123456.xls"))).isEqualTo(FileKind.XLS);
        assertThat(WorkbookReader.detect(sample("synthetic-html-disguised.xls"))).isEqualTo(FileKind.HTML);
        assertThat(WorkbookReader.detect(sample("synthetic-spreadsheetml2003.xls")))
                .isEqualTo(FileKind.XML_SPREADSHEET_2003);
        assertThat(WorkbookReader.detect(sample("synthetic-csv-disguised.xls"))).isEqualTo(FileKind.CSV);
        assertThat(WorkbookReader.detect(sample("synthetic-strict-ooxml-imitation.xlsx"))).isEqualTo(FileKind.STRICT_OOXML);
        assertThat(WorkbookReader.detect(sample("synthetic-empty.xlsx"))).isEqualTo(FileKind.EMPTY);
    }

    @Test
    void convertsRichTextRunByRun() throws Exception {
        SheetTable sheet = WorkbookReader.read(sample("synthetic-richtext-mixed-fonts.xlsx")).firstVisibleSheet();
        assertThat(sheet.cell("A1").text()).isEqualTo("Tỷ lệ hộ nghèo");
        assertThat(sheet.cell("A1").fontNames()).contains(".VnTime", "Times New Roman");
        assertThat(sheet.cell("A2").text()).isEqualTo("BÁO CÁO Tỷ lệ");
        assertThat(sheet.cell("A2").encoding()).isEqualTo(SourceEncoding.MIXED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic-encrypted-pw123456.xlsx", "synthetic-encrypted-pw123456.xls"})
    void encryptedWorkbookAsksForPasswordRejectsAWrongOneAndOpensWithTheRightOne(String name) throws Exception {
        assertThatThrownBy(() -> WorkbookReader.read(sample(name)))
                .isInstanceOf(PasswordRequiredException.class)
                .hasMessage("Tệp \"" + name + "\" được đặt mật khẩu để mở. Vui lòng nhập mật khẩu.")
                .satisfies(e -> assertThat(((WorkbookReadException) e).problem()).isEqualTo(ReadProblem.PASSWORD_REQUIRED));
        assertThatThrownBy(() -> WorkbookReader.read(sample(name), "654321"))
                .isInstanceOf(WorkbookReadException.class)
                .isNotInstanceOf(PasswordRequiredException.class)
                .hasMessage("Mật khẩu không đúng, không mở được tệp \"" + name + "\". Vui lòng nhập lại mật khẩu.")
                .satisfies(e -> assertThat(((WorkbookReadException) e).problem()).isEqualTo(ReadProblem.WRONG_PASSWORD));
        WorkbookData workbook = WorkbookReader.read(sample(name), "123456");
        assertThat(workbook.sheetNames()).containsExactly("Biểu 01");
        assertThat(workbook.firstVisibleSheet().cell("A2").text()).isEqualTo("CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU");
        assertThat(workbook.firstVisibleSheet().cell("D10").text()).isEqualTo("1.435");
    }

    @Test
    void manyStylesWorkbookIsNotMistakenForAZipBomb() throws Exception {
        WorkbookData workbook = WorkbookReader.read(sample("synthetic-many-styles-zipbomb-false-positive.xlsx"));
        assertThat(workbook.sheetNames()).containsExactly("s");
        assertThat(workbook.firstVisibleSheet().cell("A1").text()).isEqualTo("x");
    }

    @Test
    void strictOoxmlGetsAReSaveMessage() {
        String name = "synthetic-strict-ooxml-imitation.xlsx";
        assertThatThrownBy(() -> WorkbookReader.read(sample(name)))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessage("Tệp \"" + name + "\" được lưu ở định dạng \"Strict Open XML Spreadsheet\", chương trình "
                        + "chưa đọc được định dạng này. Vui lòng mở tệp bằng Excel, chọn Lưu thành (Save As) với kiểu "
                        + "\"Excel Workbook (*.xlsx)\" rồi nhập lại.")
                .satisfies(e -> assertThat(((WorkbookReadException) e).problem()).isEqualTo(ReadProblem.STRICT_OOXML));
    }

    @Test
    void emptyFileGetsAClearMessage() {
        assertThatThrownBy(() -> WorkbookReader.read(sample("synthetic-empty.xlsx")))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessage("Tệp \"synthetic-empty.xlsx\" rỗng (0 byte), không có dữ liệu để nhập. "
                        + "Vui lòng kiểm tra lại tệp nhận được.")
                .satisfies(e -> assertThat(((WorkbookReadException) e).problem()).isEqualTo(ReadProblem.EMPTY_FILE));
    }

    @Test
    void htmlTableNamedXlsIsReadAsATable() throws Exception {
        WorkbookData workbook = WorkbookReader.read(sample("synthetic-html-disguised.xls"));
        assertThat(workbook.format()).isEqualTo(SourceFormat.HTML);
        SheetTable sheet = workbook.firstVisibleSheet();
        assertThat(sheet.name()).isEqualTo("synthetic-html-disguised");
        assertThat(sheet.cell("A1").text()).isEqualTo("STT");
        assertThat(sheet.cell("B1").text()).isEqualTo("Chỉ tiêu");
        assertThat(sheet.cell("A2").text()).isEqualTo("1");
        assertThat(sheet.cell("B2").text()).isEqualTo("1.435");
        assertThat(sheet.cell("B2").kind()).isEqualTo(CellKind.TEXT);
        assertThat(sheet.rowCount()).isEqualTo(2);
        assertThat(sheet.columnCount()).isEqualTo(2);
    }

    @Test
    void spreadsheetMl2003NamedXlsIsReadAsATable() throws Exception {
        WorkbookData workbook = WorkbookReader.read(sample("synthetic-spreadsheetml2003.xls"));
        assertThat(workbook.format()).isEqualTo(SourceFormat.XML_SPREADSHEET_2003);
        assertThat(workbook.sheetNames()).containsExactly("Sheet1");
        assertThat(workbook.firstVisibleSheet().cell("A1").text()).isEqualTo("STT");
        assertThat(workbook.firstVisibleSheet().rowCount()).isEqualTo(1);
    }

    @Test
    void csvNamedXlsIsReadAsATable() throws Exception {
        WorkbookData workbook = WorkbookReader.read(sample("synthetic-csv-disguised.xls"));
        assertThat(workbook.format()).isEqualTo(SourceFormat.CSV);
        SheetTable sheet = workbook.firstVisibleSheet();
        assertThat(sheet.row(0).stream().map(CellData::text)).containsExactly("STT", "Chỉ tiêu", "Đơn vị tính");
        assertThat(sheet.row(1).stream().map(CellData::text)).containsExactly("1", "Tỷ lệ hộ nghèo", "%");
    }
}
