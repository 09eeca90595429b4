package vn.baocao.importing.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.importing.encoding.SourceEncoding;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SheetVisibility;
import vn.baocao.importing.table.WorkbookData;

/** Reading behaviour on files the tests build themselves. */
class GeneratedFilesReadingTest {
    @TempDir
    Path dir;

    @Test
    void refusesARealZipBombWithoutExhaustingMemory() throws Exception {
        File normal = dir.resolve("normal.xlsx").toFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(normal)) {
            wb.createSheet("Biểu 01").createRow(0).createCell(0).setCellValue("STT");
            wb.write(out);
        }
        File bomb = dir.resolve("bom-nen.xlsx").toFile();
        try (ZipFile source = new ZipFile(normal);
                ZipOutputStream out = new ZipOutputStream(new FileOutputStream(bomb))) {
            out.setLevel(9);
            for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // a comment holding 200 MB of zeros: well-formed XML, so only the zip guard can stop it
                    out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\"><sheetData/><!--").getBytes(StandardCharsets.US_ASCII));
                    byte[] zeros = new byte[1 << 20];
                    java.util.Arrays.fill(zeros, (byte) '0');
                    for (int i = 0; i < 200; i++) {
                        out.write(zeros);
                    }
                    out.write("--></worksheet>".getBytes(StandardCharsets.US_ASCII));
                } else {
                    source.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.length()).isLessThan(1_000_000);
        assertThatThrownBy(() -> WorkbookReader.read(bomb))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessageStartingWith("Tệp \"bom-nen.xlsx\" có phần nén bất thường")
                .satisfies(e -> assertThat(((WorkbookReadException) e).problem())
                        .isEqualTo(ReadProblem.SUSPECTED_ZIP_BOMB))
                .hasCauseInstanceOf(Exception.class);
    }

    @Test
    void readsHiddenSheetsRowsAndColumnsAndLegacyRuns() throws Exception {
        File file = hiddenPartsWorkbook(dir.resolve("an.xlsx").toFile());
        WorkbookData workbook = WorkbookReader.read(file);
        assertThat(workbook.hiddenSheetNames()).containsExactly("Tham số");
        assertThat(workbook.sheet("Tham số").orElseThrow().visibility()).isEqualTo(SheetVisibility.HIDDEN);
        SheetTable sheet = workbook.sheet("Biểu 01").orElseThrow();
        assertThat(sheet.cell("A1").text()).isEqualTo("Kế hoạch năm 2024");
        assertThat(sheet.cell("A1").encoding()).isEqualTo(SourceEncoding.TCVN3);
        assertThat(sheet.hiddenRows()).containsExactly(1);
        assertThat(sheet.hiddenColumns()).containsExactly(2);
        assertThat(sheet.cell("A2").hiddenRow()).isTrue();
        assertThat(sheet.cell("C1").hiddenColumn()).isTrue();
    }

    @Test
    void readsWindows1258SemicolonCsvAndUtf8BomCommaCsv() throws Exception {
        File ansi = dir.resolve("bieu.csv").toFile();
        Files.write(ansi.toPath(), windows1258("STT;Chỉ tiêu;Giá trị\n1;\"Lúa; ngô\";1.435,5\n"));
        SheetTable sheet = WorkbookReader.read(ansi).firstVisibleSheet();
        assertThat(sheet.cell("B1").text()).isEqualTo("Chỉ tiêu");
        assertThat(sheet.cell("B2").text()).isEqualTo("Lúa; ngô");
        assertThat(sheet.cell("C2").text()).isEqualTo("1.435,5");

        File bom = dir.resolve("bom.csv").toFile();
        byte[] body = "STT,Tên chỉ tiêu\r\n1,\"Tỷ lệ \"\"hộ nghèo\"\"\"\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom.toPath(), withBom);
        SheetTable second = WorkbookReader.read(bom).firstVisibleSheet();
        assertThat(second.cell("A1").text()).isEqualTo("STT");
        assertThat(second.cell("B2").text()).isEqualTo("Tỷ lệ \"hộ nghèo\"");
    }

    @Test
    void readsHtmlSpansHiddenRowsAndLegacyFonts() throws Exception {
        File file = dir.resolve("baocao.xls").toFile();
        String html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
                + "<style>.t{font-family:\".VnTimeH\";} td {border:1px}</style></head><body>"
                + "<table border=1><tr><td rowspan=2>STT</td><td rowspan=2>Chỉ tiêu</td><td colspan=2>Năm 2024</td></tr>"
                + "<tr><td>KH</td><td>TH</td></tr>"
                + "<tr style=\"display: none\"><td>x</td></tr>"
                + "<tr><td class=t>b\u00B8o c\u00B8o</td><td><font face=\"VNI-Times\">Ty\u00FB le\u00E4</font> &amp; h&#7897;"
                + "<br>d\u00F2ng 2</td><td>1&nbsp;435</td></tr></table></body></html>";
        Files.write(file.toPath(), html.getBytes(StandardCharsets.UTF_8));
        SheetTable sheet = WorkbookReader.read(file).firstVisibleSheet();
        assertThat(sheet.mergedRegions()).extracting(r -> r.reference()).containsExactly("A1:A2", "B1:B2", "C1:D1");
        assertThat(sheet.cell("C2").text()).isEqualTo("KH");
        assertThat(sheet.cell("D2").text()).isEqualTo("TH");
        assertThat(sheet.hiddenRows()).containsExactly(2);
        assertThat(sheet.cell("A4").text()).isEqualTo("BÁO CÁO");
        assertThat(sheet.cell("B4").text()).isEqualTo("Tỷ lệ & hộ\ndòng 2");
        assertThat(sheet.cell("C4").text()).isEqualTo("1\u00A0435");
    }

    @Test
    void readsSpreadsheetMl2003Structure() throws Exception {
        File file = dir.resolve("xml2003.xls").toFile();
        String xml = "<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                + "xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns:html=\"http://www.w3.org/TR/REC-html40\">"
                + "<Styles><Style ss:ID=\"vn\"><Font ss:FontName=\".VnTime\"/></Style></Styles>"
                + "<Worksheet ss:Name=\"Biểu 07\"><Table><Column ss:Index=\"3\" ss:Hidden=\"1\"/>"
                + "<Row><Cell ss:MergeAcross=\"1\"><Data ss:Type=\"String\">Xã Nấm Dẩn</Data></Cell>"
                + "<Cell ss:Index=\"4\" ss:StyleID=\"vn\"><Data ss:Type=\"String\">K\u00D5 ho\u00B9ch</Data></Cell></Row>"
                + "<Row ss:Index=\"3\" ss:Hidden=\"1\"><Cell><Data ss:Type=\"Number\">1435.5</Data></Cell>"
                + "<Cell ss:Formula=\"=1/0\"><Data ss:Type=\"Error\">#DIV/0!</Data></Cell>"
                + "<Cell><Data ss:Type=\"Boolean\">1</Data></Cell></Row></Table></Worksheet>"
                + "<Worksheet ss:Name=\"Ẩn\"><WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\">"
                + "<Visible>SheetHidden</Visible></WorksheetOptions></Worksheet></Workbook>";
        Files.write(file.toPath(), xml.getBytes(StandardCharsets.UTF_8));
        WorkbookData workbook = WorkbookReader.read(file);
        assertThat(workbook.hiddenSheetNames()).containsExactly("Ẩn");
        SheetTable sheet = workbook.sheet("Biểu 07").orElseThrow();
        assertThat(sheet.mergedRegions()).extracting(r -> r.reference()).containsExactly("A1:B1");
        assertThat(sheet.cell("D1").text()).isEqualTo("Kế hoạch");
        assertThat(sheet.hiddenColumns()).containsExactly(2);
        assertThat(sheet.hiddenRows()).containsExactly(2);
        assertThat(sheet.cell("A3").number()).isEqualTo(1435.5);
        assertThat(sheet.cell("A3").text()).isEqualTo("1435,5");
        assertThat(sheet.cell("B3").errorCode()).isEqualTo("#DIV/0!");
        assertThat(sheet.cell("B3").formula()).isEqualTo("1/0");
        assertThat(sheet.cell("C3").booleanValue()).isTrue();
    }

    @Test
    void wordDocumentMissingFileAndBinaryJunkGetClearMessages() throws Exception {
        File docx = dir.resolve("baocao.xlsx").toFile();
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = new FileOutputStream(docx)) {
            doc.createParagraph().createRun().setText("Báo cáo");
            doc.write(out);
        }
        assertThatThrownBy(() -> WorkbookReader.read(docx))
                .hasMessage("Tệp \"baocao.xlsx\" không phải là bảng tính Excel (tệp Word .docx). Chương trình đọc "
                        + "được tệp Excel (.xls, .xlsx), CSV, bảng HTML và XML Spreadsheet 2003.")
                .satisfies(e -> assertThat(((WorkbookReadException) e).problem())
                        .isEqualTo(ReadProblem.NOT_A_SPREADSHEET));

        assertThatThrownBy(() -> WorkbookReader.read(dir.resolve("khong-co.xlsx").toFile()))
                .hasMessage("Không tìm thấy tệp \"khong-co.xlsx\" hoặc không có quyền đọc tệp này.");

        File junk = dir.resolve("rac.xls").toFile();
        Files.write(junk.toPath(), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0});
        assertThatThrownBy(() -> WorkbookReader.read(junk))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessageStartingWith("Tệp \"rac.xls\" không phải là bảng tính Excel");
    }

    @Test
    void truncatedXlsxIsReportedAsCorruptInVietnamese() throws Exception {
        File full = dir.resolve("full.xlsx").toFile();
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(full)) {
            wb.createSheet("a").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        byte[] bytes = Files.readAllBytes(full.toPath());
        File cut = dir.resolve("hong.xlsx").toFile();
        Files.write(cut.toPath(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> WorkbookReader.read(cut))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessageContaining("\"hong.xlsx\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase("exception"));
    }

    /** Encodes as Excel does on a Vietnamese PC: precomposed vowel shapes, tones as combining marks. */
    private static byte[] windows1258(String text) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            String nfd = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            String tones = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String shape = java.text.Normalizer.normalize(nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                    java.text.Normalizer.Form.NFC);
            sb.append(shape).append(tones);
        }
        return sb.toString().getBytes("windows-1258");
    }

    /**
     * A workbook with a hidden sheet, a hidden row and column, and a cell whose rich text mixes a TCVN3 run
     * (.VnTime) with a Unicode one; shared with the streaming reader's equivalence test.
     */
    static File hiddenPartsWorkbook(File file) throws java.io.IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(file)) {
            Sheet sheet = wb.createSheet("Biểu 01");
            wb.createSheet("Tham số");
            wb.setSheetHidden(1, true);
            Font vnTime = wb.createFont();
            vnTime.setFontName(".VnTime");
            Font unicode = wb.createFont();
            unicode.setFontName("Times New Roman");
            XSSFRichTextString rich = new XSSFRichTextString("K\u00D5 ho\u00B9ch n\u00A8m 2024");
            rich.applyFont(0, 12, vnTime);
            rich.applyFont(12, 17, unicode);
            Row row0 = sheet.createRow(0);
            row0.createCell(0).setCellValue(rich);
            row0.createCell(2).setCellValue("ẩn");
            Row row1 = sheet.createRow(1);
            row1.createCell(0).setCellValue("dòng ẩn");
            row1.setZeroHeight(true);
            sheet.setColumnHidden(2, true);
            wb.write(out);
        }
        return file;
    }
}
