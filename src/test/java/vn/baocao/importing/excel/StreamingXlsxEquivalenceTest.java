package vn.baocao.importing.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.importing.encoding.SourceEncoding;
import vn.baocao.importing.table.CellKind;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SheetVisibility;
import vn.baocao.importing.table.WorkbookData;

/**
 * Workbooks full of awkward content, each read by the usermodel and by the streaming reader: both must give the
 * same WorkbookData. Some are written with POI, some patched with hand-written XML for what POI never writes
 * (cells without a reference or a style, array and shared formulas, phonetic runs, escapes, bad indexes ...).
 */
class StreamingXlsxEquivalenceTest {
    /** Number formats: built-in ids as Integer, custom ones as String. */
    private static final List<Object> FORMATS = List.of(0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 14, 15, 18, 20, 22, 37,
            38, 39, 40, 45, 46, 47, 48, 49, "General", "0", "0.0", "0.00", "0.000", "#,##0", "#,##0.0", "#,##0.00",
            "0%", "0.0%", "0.00%", "#,##0.00%", "#,##0;[Red]-#,##0", "#,##0.00_);(#,##0.00)",
            "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)", "0.00E+00", "# ?/?", "#,##0\" triệu đồng\"", "[$-42A]#,##0",
            "dd/mm/yyyy", "dd/mm/yyyy hh:mm", "h:mm", "[h]:mm:ss", "0.0,", "#,##0,,", "[<1000]0;#,##0", "0\\%",
            "\\%0", "#,##0.0;-#,##0.0;\"-\"", "yyyy-mm-dd;@", "#.##", "00000", "General;General", "0.0_ ;\\-0.0\\ ");

    @TempDir
    Path dir;

    @Test
    void numberFormatsTimesAwkwardValuesStreamIdentically() throws Exception {
        File file = dir.resolve("so.xlsx").toFile();
        writeFormatGrid(file, false);
        ReaderEquivalence.assertStreamsIdentically(file);
    }

    @Test
    void datesInThe1904SystemStreamIdentically() throws Exception {
        File file = dir.resolve("so-1904.xlsx").toFile();
        writeFormatGrid(file, true);
        WorkbookData data = ReaderEquivalence.assertStreamsIdentically(file);
        assertThat(data.sheets().get(0).nonBlankCells()).anyMatch(c -> c.dateFormatted());
    }

    private static void writeFormatGrid(File file, boolean date1904) throws Exception {
        List<Double> values = AwkwardValues.all(150);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(file)) {
            if (date1904) {
                wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            }
            XSSFSheet sheet = wb.createSheet("Số");
            XSSFRow header = sheet.createRow(0);
            CellStyle[] styles = new CellStyle[FORMATS.size()];
            for (int f = 0; f < FORMATS.size(); f++) {
                Object format = FORMATS.get(f);
                styles[f] = wb.createCellStyle();
                styles[f].setDataFormat(format instanceof Integer id ? id.shortValue()
                        : wb.createDataFormat().getFormat((String) format));
                header.createCell(f).setCellValue(String.valueOf(format));
            }
            for (int v = 0; v < values.size(); v++) {
                XSSFRow row = sheet.createRow(v + 1);
                for (int f = 0; f < FORMATS.size(); f++) {
                    XSSFCell cell = row.createCell(f);
                    cell.setCellValue(values.get(v));
                    cell.setCellStyle(styles[f]);
                }
            }
            wb.write(out);
        }
    }

    @Test
    void textBooleansErrorsFormulasAndSheetStructureStreamIdentically() throws Exception {
        File file = dir.resolve("chu.xlsx").toFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(file)) {
            XSSFFont vnTime = wb.createFont();
            vnTime.setFontName(".VnTime");
            XSSFFont vnTimeH = wb.createFont();
            vnTimeH.setFontName(".VnTimeH");
            XSSFFont vni = wb.createFont();
            vni.setFontName("VNI-Times");
            XSSFFont times = wb.createFont();
            times.setFontName("Times New Roman");
            XSSFCellStyle vnTimeStyle = wb.createCellStyle();
            vnTimeStyle.setFont(vnTime);
            XSSFCellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));

            XSSFSheet sheet = wb.createSheet("Biểu 01");
            XSSFRichTextString mixed = new XSSFRichTextString("K\u00D5 ho\u00B9ch n\u00A8m 2024 Tỷ lệ");
            mixed.applyFont(0, 12, vnTime);
            mixed.applyFont(12, 22, times);
            XSSFRichTextString middle = new XSSFRichTextString("Xã B\u00B8o c\u00B8o ");
            middle.applyFont(3, 11, vnTimeH);
            XSSFRichTextString vniRun = new XSSFRichTextString("Tyû leä hoä ngheøo");
            vniRun.applyFont(vni);
            Object[][] rows = {
                {mixed, middle, vniRun, "Chỉ tiêu", "T\u1ef7 l\u1ec7 h\u1ed9 ngh\u00e8o"},
                {"Tyu\u0309 le\u0323\u0302", "  khoảng trắng  ", "dòng 1\ndòng 2", "tab\tgiữa", ""},
                {true, false, FormulaError.DIV0, FormulaError.NA, FormulaError.REF},
                {1435.0, 8599.376, "1.435", "15/01/2024", 0.0312},
            };
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    XSSFCell cell = row.createCell(c);
                    Object value = rows[r][c];
                    if (value instanceof XSSFRichTextString rich) {
                        cell.setCellValue(rich);
                    } else if (value instanceof String s) {
                        cell.setCellValue(s);
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (value instanceof FormulaError e) {
                        cell.setCellErrorValue(e);
                    } else {
                        cell.setCellValue((Double) value);
                    }
                }
            }
            sheet.getRow(0).getCell(3).setCellStyle(vnTimeStyle);
            XSSFCell tcvn = sheet.getRow(1).createCell(5);
            tcvn.setCellValue("B\u00B8o c\u00B8o t\u00ACng h\u00EEp");
            tcvn.setCellStyle(vnTimeStyle);
            XSSFRow formulas = sheet.createRow(5);
            formulas.createCell(0).setCellFormula("SUM(A4:B4)");
            formulas.getCell(0).setCellValue(10034.376);
            formulas.createCell(1).setCellFormula("IF(A4=0,\"\",B4/A4)");
            formulas.getCell(1).setCellValue(5.99259);
            formulas.getCell(1).setCellStyle(percent);
            formulas.createCell(2).setCellFormula("A4>B4");
            formulas.getCell(2).setCellValue(false);
            formulas.createCell(3).setCellFormula("1/0");
            formulas.getCell(3).setCellErrorValue(FormulaError.DIV0);
            formulas.createCell(4).setCellFormula("\"Tổng \"&C4");
            formulas.getCell(4).setCellValue("Tổng 1.435");
            formulas.createCell(5).setCellFormula("NOW()");
            sheet.addMergedRegion(new CellRangeAddress(8, 9, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(8, 8, 3, 12));
            sheet.createRow(8).createCell(0).setCellValue("Gộp");
            sheet.createRow(12).setZeroHeight(true);
            sheet.getRow(12).createCell(1).setCellValue("ẩn");
            sheet.createRow(14).setZeroHeight(true);
            sheet.setColumnHidden(1, true);
            sheet.setColumnHidden(7, true);
            sheet.setColumnHidden(20, true);
            sheet.setColumnHidden(30, true);

            wb.createSheet("Ẩn").createRow(0).createCell(0).setCellValue("tham số");
            wb.setSheetHidden(1, true);
            wb.createSheet("Rất ẩn").createRow(3).createCell(2).setCellValue(42);
            wb.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            wb.createSheet("Trống");
            wb.write(out);
        }
        WorkbookData data = ReaderEquivalence.assertStreamsIdentically(file);
        SheetTable sheet = data.sheets().get(0);
        assertThat(sheet.cell("A1").text()).isEqualTo("Kế hoạch năm 2024 Tỷ lệ");
        assertThat(sheet.cell("A1").fontNames()).containsExactly("Calibri", ".VnTime", "Times New Roman");
        assertThat(sheet.cell("F2").text()).startsWith("Báo cáo");
        assertThat(sheet.cell("F2").encoding()).isEqualTo(SourceEncoding.TCVN3);
        assertThat(sheet.cell("B6").text()).isEqualTo("599,26%");
        assertThat(data.sheets()).extracting(SheetTable::visibility).containsExactly(SheetVisibility.VISIBLE,
                SheetVisibility.HIDDEN, SheetVisibility.VERY_HIDDEN, SheetVisibility.VISIBLE);
        assertThat(sheet.hiddenColumns()).containsExactly(1, 7);
    }

    @Test
    void inlineStringsFromSxssfStreamIdentically() throws Exception {
        File file = dir.resolve("sxssf.xlsx").toFile();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(50); OutputStream out = new FileOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Tổng hợp");
            for (int r = 0; r < 300; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Chỉ tiêu " + r + " B\u00B8o c\u00B8o");
                row.createCell(1).setCellValue(r * 1.25 - 7);
                row.createCell(3).setCellValue(r % 2 == 0);
            }
            wb.write(out);
            wb.dispose();
        }
        ReaderEquivalence.assertStreamsIdentically(file);
    }

    /** A POI workbook with two styles (a ".VnTime" one and a "0.00" one) whose sheet 1 and strings are replaced. */
    private File patched(String name, String sheetXml, String sharedStringsXml) throws Exception {
        File base = dir.resolve("base-" + name).toFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(base)) {
            XSSFFont vnTime = wb.createFont();
            vnTime.setFontName(".VnTime");
            XSSFCellStyle legacy = wb.createCellStyle(); // index 1
            legacy.setFont(vnTime);
            XSSFCellStyle twoDecimals = wb.createCellStyle(); // index 2
            twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            XSSFCellStyle unknownFormat = wb.createCellStyle(); // index 3: numFmtId 200 is not defined
            unknownFormat.setDataFormat((short) 200);
            wb.createSheet("Tay").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        File file = dir.resolve(name).toFile();
        XlsxSurgery.replaceParts(base, file, sharedStringsXml == null
                ? Map.of("xl/worksheets/sheet1.xml", XlsxSurgery.sheet(sheetXml))
                : Map.of("xl/worksheets/sheet1.xml", XlsxSurgery.sheet(sheetXml),
                        "xl/sharedStrings.xml", sharedStringsXml));
        return file;
    }

    private static final String STRINGS = XlsxSurgery.HEAD + "<sst " + XlsxSurgery.MAIN + " count=\"8\" uniqueCount=\"8\">"
            + "<si><t>Bi\u1ec3u 01</t></si>"
            + "<si><r><t>K\u00D5 ho\u00B9ch </t></r><r><rPr><rFont val=\".VnTime\"/><sz val=\"12\"/></rPr><t>n\u00A8m</t></r>"
            + "<r><rPr><b/></rPr><t xml:space=\"preserve\"> 2024 </t></r></si>"
            + "<si><t>  c\u00f3 kho\u1ea3ng tr\u1eafng  </t><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh><phoneticPr fontId=\"1\"/></si>"
            + "<si><t>m\u00e3 _x0041__x000D_ cu\u1ed1i</t></si>"
            + "<si><r><rPr><rFont val=\".VnTime\"/></rPr><t>_x0042_\u00B8o</t></r><r><rPr><rFont val=\"Arial\"/></rPr><t>x\u00ACy</t></r></si>"
            + "<si/>"
            + "<si><t></t></si>"
            + "<si><t>d\u00f2ng\r\nhai &amp; &lt;ba&gt; &#x1EA1;</t></si>"
            + "</sst>";

    @Test
    void handWrittenCellsStreamIdentically() throws Exception {
        String sheet = "<sheetPr/><dimension ref=\"A1:H20\"/>"
                + "<cols><col min=\"2\" max=\"2\" width=\"9\" hidden=\"1\"/><col min=\"3\" max=\"4\" style=\"1\"/>"
                + "<col min=\"6\" max=\"6\" style=\"2\" hidden=\"true\"/><col min=\"10\" max=\"12\" hidden=\"1\"/></cols>"
                + "<sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                + "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c>"
                + "<c r=\"G1\" t=\"s\"><v>6</v></c><c r=\"H1\" t=\"s\"><v>7</v></c></row>"
                // no row number, cells without reference, cells without style in styled columns
                + "<row><c t=\"s\"><v>1</v></c><c><v>12.5</v></c><c t=\"s\"><v>4</v></c><c><v> 7 </v></c>"
                + "<c r=\"F2\"><v>1435.126</v></c><c s=\"3\"><v>3.25</v></c></row>"
                + "<row r=\"4\" hidden=\"1\"><c r=\"A4\" t=\"s\"><v>99</v></c><c r=\"B4\" t=\"s\"><v>-1</v></c>"
                + "<c r=\"C4\" t=\"s\"/><c r=\"D4\" t=\"str\"/><c r=\"E4\" t=\"b\"><v>true</v></c><c r=\"F4\" t=\"b\"><v>1</v></c>"
                + "<c r=\"G4\" t=\"e\"/><c r=\"H4\" t=\"e\"><v>#N/A</v></c><c r=\"I4\"><v></v></c><c r=\"J4\" s=\"2\"/></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><r><rPr><rFont val=\".VnTime\"/></rPr><t>B\u00B8o </t></r>"
                + "<r><t>c\u00B8o</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></is></c>"
                + "<c r=\"B5\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> T\u1ed5ng  </t></is></c>"
                + "<c r=\"C5\" t=\"inlineStr\"><v>t\u1eeb v</v></c><c r=\"D5\" t=\"inlineStr\"/>"
                + "<c r=\"E5\" t=\"inlineStr\" s=\"1\"><is><t>K\u00D5 ho\u00B9ch</t></is></c>"
                + "<c r=\"F5\"><v>NaN</v></c><c r=\"G5\" s=\"2\"><v>-0.0049</v></c><c r=\"H5\" s=\"99\"><v>2.5</v></c></row>"
                // formulas: plain, empty, data table, array (master and members), cached types
                + "<row r=\"7\"><c r=\"A7\"><f>SUM(B2:D2)</f><v>19.5</v></c><c r=\"B7\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
                + "<c r=\"C7\"><f></f></c><c r=\"D7\" t=\"b\"><f>TRUE()</f><v>1</v></c><c r=\"E7\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"F7\"><f t=\"dataTable\" ref=\"F7:F8\" dt2D=\"0\" dtr=\"0\" r1=\"A1\"/><v>5</v></c>"
                + "<c r=\"G7\" s=\"2\"><f t=\"array\" ref=\"G7:H8\">A2:B3*2</f><v>4</v></c><c r=\"H7\"><v>25</v></c></row>"
                + "<row r=\"8\"><c r=\"G8\"/><c r=\"H8\" t=\"s\"><v>0</v></c><c r=\"I8\"><f>G8+1</f><v>1</v></c></row>"
                + "<row r=\"12\" spans=\"1:3\" hidden=\"0\"/>"
                + "<row r=\"15\"><c r=\"Z15\" s=\"1\"/></row>"
                + "</sheetData>"
                + "<mergeCells count=\"2\"><mergeCell ref=\"A10:C11\"/><mergeCell ref=\"D12:AB12\"/></mergeCells>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<extLst><ext uri=\"{x}\"><c r=\"A1\"><v>1</v></c></ext></extLst>";
        File file = patched("tay.xlsx", sheet, STRINGS);
        WorkbookData data = ReaderEquivalence.assertStreamsIdentically(file);
        SheetTable table = data.sheets().get(0);
        assertThat(table.cell("H7").kind()).as("array formula member").isEqualTo(CellKind.FORMULA);
        assertThat(table.cell("H7").formula()).isEqualTo("A2:B3*2");
        assertThat(table.cell("F7").kind()).as("data table cell").isEqualTo(CellKind.NUMBER);
        assertThat(table.cell("A4").text()).as("bad shared string index").isEmpty();
        assertThat(table.cell("D1").text()).isEqualTo("mã A\r cuối");
        assertThat(table.hiddenColumns()).containsExactly(1, 5, 9, 10, 11);
    }

    /**
     * Number cells at the edges of the plain-number fast path (read from the {@code <v>} buffer): t="n", negative,
     * exponent, sign, spaces, empty, too many digits, a styled column, percent and date formats, a {@code <v>}
     * before its {@code <f>}, a value beside an inline string, members of an array formula, and
     * text, boolean and error cells between them; shared strings repeated with and without a legacy cell font
     * (their converted text is kept per string and font), bad shared-string indexes, and plain and rich inline
     * strings repeated in the same way.
     */
    @Test
    void plainNumberCellsAtTheFastPathsEdgesStreamIdentically() throws Exception {
        String sheet = "<cols><col min=\"3\" max=\"3\" style=\"2\"/></cols><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"n\"><v>8607</v></c><c r=\"B1\"><v>-1000.25</v></c><c r=\"C1\"><v>3.14159</v></c>"
                + "<c r=\"D1\"><v>1.5E-3</v></c><c r=\"E1\"><v>+7</v></c><c r=\"F1\"><v> 12 </v></c><c r=\"G1\"><v></v></c>"
                + "<c r=\"H1\"><v>1234567890123456789</v></c><c r=\"I1\" s=\"2\"><v>-0.004</v></c><c r=\"J1\"><v>-0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"4\"><v>0.1234</v></c><c r=\"B2\" s=\"5\"><v>45306.5</v></c>"
                + "<c r=\"C2\" s=\"5\"><v>-3</v></c><c r=\"D2\"><v>2</v><f>1+1</f></c><c r=\"E2\" t=\"n\"><v>2.5</v></c>"
                + "<c r=\"F2\" t=\"n\"><v>4</v><is><t>x</t></is></c><c r=\"G2\" t=\"s\"><v>0</v></c><c r=\"H2\" t=\"b\"><v>1</v></c>"
                + "<c r=\"I2\" t=\"e\"><v>#N/A</v></c><c r=\"J2\" t=\"str\"><v>12</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><f t=\"array\" ref=\"A3:B4\">C1*2</f><v>6.28318</v></c><c r=\"B3\"><v>7</v></c>"
                + "<c r=\"C3\"><v>9.75</v></c><c r=\"D3\" t=\"s\" s=\"1\"><v>1</v></c><c r=\"E3\" t=\"s\"><v>1</v></c>"
                + "<c r=\"F3\" t=\"s\" s=\"1\"><v>1</v></c><c r=\"G3\" t=\"s\"><v>4</v></c><c r=\"H3\" t=\"s\"><v>4</v></c>"
                + "<c r=\"I3\" t=\"s\"><v> 0 </v></c><c r=\"J3\" t=\"s\"><v>8</v></c><c r=\"K3\" t=\"s\"><v>x</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"B4\" t=\"n\"><v>2</v></c><c r=\"C4\"><v>3</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\" s=\"1\"><is><t>K\u00D5 ho\u00B9ch</t></is></c>"
                + "<c r=\"B5\" t=\"inlineStr\"><is><t>K\u00D5 ho\u00B9ch</t></is></c>"
                + "<c r=\"C5\" t=\"inlineStr\" s=\"1\"><is><t>K\u00D5 ho\u00B9ch</t></is></c>"
                + "<c r=\"D5\" t=\"inlineStr\"><is><r><rPr><rFont val=\".VnTime\"/></rPr><t>K\u00D5 ho\u00B9ch</t></r></is></c>"
                + "<c r=\"E5\" t=\"inlineStr\"><is><t>K\u00D5 ho\u00B9ch</t></is></c>"
                + "<c r=\"F5\" t=\"str\"><f>\"x\"</f><v>K\u00D5 ho\u00B9ch</v></c><c r=\"G5\" t=\"inlineStr\"><is/></c>"
                + "<c r=\"H5\" t=\"inlineStr\"/></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A6:B7\"/></mergeCells>";
        File file = patchedWithFormats("nhanh.xlsx", sheet);
        WorkbookData data = ReaderEquivalence.assertStreamsIdentically(file);
        SheetTable table = data.sheets().get(0);
        assertThat(table.cell("B1").number()).isEqualTo(-1000.25);
        assertThat(table.cell("A2").text()).isEqualTo("12,34%");
        assertThat(table.cell("B2").dateFormatted()).isTrue();
        assertThat(table.cell("D2").formula()).isEqualTo("1+1");
        assertThat(table.cell("E2").number()).isEqualTo(2.5);
        assertThat(table.cell("B3").formula()).as("array member").isEqualTo("C1*2");
        assertThat(table.cell("C3").text()).as("styled column").isEqualTo("9,75");
        assertThat(table.cell("D3").fontNames()).as("by its cell font").isNotEqualTo(table.cell("E3").fontNames());
        assertThat(table.cell("F3")).usingRecursiveComparison().ignoringFields("column").isEqualTo(table.cell("D3"));
        assertThat(table.cell("K3").text()).as("bad index").isEmpty();
        assertThat(table.cell("A5").text()).as("TCVN3 by its cell font").isEqualTo("Kế hoạch");
        assertThat(table.cell("B5").fontNames()).as("the same text in another font").isNotEqualTo(table.cell("A5").fontNames());
        assertThat(table.cell("C5")).usingRecursiveComparison().ignoringFields("column").isEqualTo(table.cell("A5"));
        assertThat(table.cell("E5")).usingRecursiveComparison().ignoringFields("column").isEqualTo(table.cell("B5"));
    }

    /** Styles: 1 the .VnTime font, 2 "0.00", 3 "#,##0", 4 "0.00%", 5 "dd/mm/yyyy hh:mm". */
    private File patchedWithFormats(String name, String sheetXml) throws Exception {
        File base = dir.resolve("base-" + name).toFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(base)) {
            XSSFFont vnTime = wb.createFont();
            vnTime.setFontName(".VnTime");
            wb.createCellStyle().setFont(vnTime); // index 1
            wb.createCellStyle().setDataFormat(wb.createDataFormat().getFormat("0.00")); // index 2
            wb.createCellStyle().setDataFormat(wb.createDataFormat().getFormat("#,##0")); // index 3
            wb.createCellStyle().setDataFormat(wb.createDataFormat().getFormat("0.00%")); // index 4
            wb.createCellStyle().setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm")); // index 5
            wb.createSheet("Tay").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        File file = dir.resolve(name).toFile();
        XlsxSurgery.replaceParts(base, file, Map.of("xl/worksheets/sheet1.xml", XlsxSurgery.sheet(sheetXml),
                "xl/sharedStrings.xml", STRINGS));
        return file;
    }

    /**
     * A formula a generator wrote without calculating it ({@code <f>} and no {@code <v>}): both readers say it awaits
     * calculation instead of giving POI's 0; a formula with a stored 0, a string or an error result does not.
     */
    @Test
    void formulasWithoutAStoredResultAwaitCalculationInBothReaders() throws Exception {
        String sheet = "<sheetData><row r=\"1\"><c r=\"A1\"><f>1000+100</f></c><c r=\"B1\"><f>A1*0</f><v>0</v></c>"
                + "<c r=\"C1\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "</row></sheetData>";
        File file = patched("chua-tinh.xlsx", sheet, null);
        SheetTable table = ReaderEquivalence.assertStreamsIdentically(file).sheets().get(0);
        assertThat(table.cell("A1").awaitsCalculation()).isTrue();
        assertThat(table.cell("A1").hasNumber()).isFalse();
        assertThat(table.cell("A1").isBlank()).isFalse();
        assertThat(table.cell("B1").awaitsCalculation()).isFalse();
        assertThat(table.cell("B1").number()).isEqualTo(0.0);
        assertThat(table.cell("C1").awaitsCalculation()).isFalse();
        assertThat(table.cell("D1").awaitsCalculation()).isFalse();
    }

    @Test
    void sharedFormulasFallBackToTheUsermodel() throws Exception {
        String sheet = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><f t=\"shared\" ref=\"B1:B3\" si=\"0\">A1*2</f>"
                + "<v>2</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c><c r=\"B2\"><f t=\"shared\" si=\"0\"/><v>4</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>3</v></c><c r=\"B3\"><f t=\"shared\" si=\"0\"/><v>6</v></c></row></sheetData>";
        File file = patched("chung.xlsx", sheet, null);
        assertThat(ReaderEquivalence.assertFallsBack(file)).contains("shared");
        assertThat(WorkbookReader.read(file).sheets().get(0).cell("B3").formula()).isEqualTo("A3*2");
    }

    @Test
    void unusualLayoutsFallBackToTheUsermodel() throws Exception {
        File overlapping = patched("cot.xlsx", "<cols><col min=\"1\" max=\"3\" hidden=\"1\"/><col min=\"2\" max=\"2\"/></cols>"
                + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>", null);
        assertThat(ReaderEquivalence.assertFallsBack(overlapping)).contains("overlapping");
        File unordered = patched("thu-tu.xlsx", "<sheetData><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
                + "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row></sheetData>", null);
        assertThat(ReaderEquivalence.assertFallsBack(unordered)).contains("order");
    }

    @Test
    void aCellPoiCannotReadGetsTheUsermodelsMessage() throws Exception {
        File file = patched("hong-o.xlsx", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                + "<c r=\"B1\"><v>một</v></c></row></sheetData>", null);
        assertThatThrownBy(() -> StreamingXlsxReader.read(file, "hong-o.xlsx")).isInstanceOf(XlsxFallback.class);
        assertThatThrownBy(() -> WorkbookReader.read(file))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessage(ReadMessages.corruptAt("hong-o.xlsx", "Tay", "B1"));
    }

    @Test
    void moreCellsThanTheLimitAreRefusedWithTheUsualMessage() throws Exception {
        StringBuilder rows = new StringBuilder("<sheetData>");
        int perRow = 100;
        for (int r = 1; r * perRow <= PoiLimits.MAX_CELLS + perRow; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < perRow; c++) {
                rows.append("<c><v>1</v></c>");
            }
            rows.append("</row>");
        }
        File file = patched("lon.xlsx", rows.append("</sheetData>").toString(), null);
        assertThatThrownBy(() -> StreamingXlsxReader.read(file, "lon.xlsx"))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessage(ReadMessages.tooLarge("lon.xlsx", "hơn " + PoiLimits.MAX_CELLS + " ô có dữ liệu"))
                .satisfies(e -> assertThat(((WorkbookReadException) e).problem()).isEqualTo(ReadProblem.TOO_LARGE));
    }
}
