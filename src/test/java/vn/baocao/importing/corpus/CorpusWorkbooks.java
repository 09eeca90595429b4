package vn.baocao.importing.corpus;

import static vn.baocao.importing.corpus.CorpusCase.asked;
import static vn.baocao.importing.corpus.CorpusCase.checked;
import static vn.baocao.importing.corpus.CorpusCase.imp;
import static vn.baocao.importing.corpus.CorpusCase.impConverted;
import static vn.baocao.importing.corpus.CorpusCase.impText;
import static vn.baocao.importing.corpus.CorpusCase.skip;
import static vn.baocao.importing.corpus.CorpusCase.stt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The import corpus: workbooks that each reproduce one layout seen in colleagues' real files (issue 14), written
 * with POI by {@link #main} into {@code src/test/resources/corpus} together with the expected fate of every
 * number. Indicator names are the demo catalog's (so they match by themselves) unless a case is about matching.
 */
public final class CorpusWorkbooks {
    static final String NAMDAN = "XINMAN.NAMDAN";
    static final String CHELA = "XINMAN.CHELA";
    static final String DERIVED = "cột so sánh, tăng trưởng, tỷ lệ (số suy ra)";
    static final String FOOTER = "chân biểu, chữ ký, ngày tháng";
    static final String TITLE = "phần tiêu đề phía trên bảng";
    static final String LIST = "trang không phải bảng chỉ tiêu";
    static final String PERIOD_UNKNOWN = "kỳ không có trong các loại kỳ của BaoCao";

    private CorpusWorkbooks() {
    }

    /** Writes every corpus workbook and its expectations: {@code mvn test-compile exec…} or run from the IDE. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        Files.createDirectories(dir);
        for (CorpusCase c : all()) {
            c.write(dir);
        }
    }

    static List<CorpusCase> all() {
        return List.of(multiYearGroup(), planActualEstimateYears(), planRangeAndTextTargets(), growthColumns(),
                columnNumberRowWithFormulas(), columnNumberRowInsideData(), footerAndSignature(), titleAreaAndYear(),
                keyValueTitle(), attachedToReport(), sideBySideBlocksAdded(), sideBySideBlocksAsked(), stackedTables(),
                months(), spansAndCumulative(), quarters(), staffList(), studentList(), evidenceList(), legacyFonts(),
                groupRows(), repeatedNamesUnderParents(), abbreviations(), unitMustAgree(), hiddenRowsAndColumns(),
                numbersAsText(), sameKeyTwice(), bieu01Clean(), districtSummaryByCommune(), comparisonsRight(),
                comparisonsWrong(), growthAndFractions(), sideBySideTablesWithTitles(), sideBySideTablesAdjacent(),
                monthsFromJanuary(), monthsFromJanuaryWithoutYear(), unitsOnAnotherScale(),
                unitInTheTitle(), unitInTheName(), figuresUpToADay(), datesUnderAnUnmergedHeader(),
                negativesInBrackets(), sixMonthReportWithYearColumns(), monthsAsDateCells());
    }

    private static CorpusCase standardHeader(CorpusCase c, int r, String... valueLabels) {
        Object[] cells = new Object[3 + valueLabels.length];
        cells[0] = "STT";
        cells[1] = "Chỉ tiêu";
        cells[2] = "Đơn vị tính";
        System.arraycopy(valueLabels, 0, cells, 3, valueLabels.length);
        return c.row(r, cells);
    }

    /** "TH 2016" … under "Giai đoạn 2016 - 2020": each its own year; "Năm 2015" alone is the 2015 figure. */
    static CorpusCase multiYearGroup() {
        CorpusCase c = new CorpusCase("01-giai-doan-nhom-nam", "Tổng hợp", NAMDAN,
                "Năm 2015 | Giai đoạn 2016 - 2020 over TH 2016..TH 2020 | BQGĐ 2016-2020 (%)");
        c.row(0, "TỔNG HỢP CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI GIAI ĐOẠN 2016 - 2020");
        c.row(2, "STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2015", "Giai đoạn 2016 - 2020", null, null, null, null,
                "BQGĐ 2016-2020 (%)");
        c.row(3, null, null, null, null, "TH 2016", "TH 2017", "TH 2018", "TH 2019", "TH 2020");
        c.merge(2, 3, 0, 0).merge(2, 3, 1, 1).merge(2, 3, 2, 2).merge(2, 3, 3, 3).merge(2, 2, 4, 8).merge(2, 3, 9, 9);
        c.row(4, stt(1), "Dân số trung bình", "người", imp(5100, "DS01", "2015", "TH"), imp(5150, "DS01", "2016", "TH"),
                imp(5200, "DS01", "2017", "TH"), imp(5260, "DS01", "2018", "TH"), imp(5310, "DS01", "2019", "TH"),
                imp(5370, "DS01", "2020", "TH"), skip(1.03, DERIVED));
        c.row(5, stt(2), "Số hộ dân cư", "hộ", imp(1010, "DS02", "2015", "TH"), imp(1022, "DS02", "2016", "TH"),
                imp(1040, "DS02", "2017", "TH"), imp(1051, "DS02", "2018", "TH"), imp(1066, "DS02", "2019", "TH"),
                imp(1080, "DS02", "2020", "TH"), skip(1.34, DERIVED));
        return c;
    }

    /** "TH 2019 | ƯTH/TH 2020 | KH 2021": the role and the year of each label. */
    static CorpusCase planActualEstimateYears() {
        CorpusCase c = new CorpusCase("02-th-uth-kh-nam", "Biểu 1", NAMDAN, "TH 2019 | ƯTH/TH 2020 | KH 2021");
        standardHeader(c, 1, "TH 2019", "ƯTH/TH 2020", "KH 2021");
        c.row(2, stt(1), "Tổng sản lượng lương thực có hạt", "tấn", imp(2100, "KT04", "2019", "TH"),
                imp(2150.5, "KT04", "2020", "UOC"), imp(2200, "KT04", "2021", "KH:NQ_HDND"));
        c.row(3, stt(2), "Tỷ lệ che phủ rừng", "%", imp(52.1, "KT06", "2019", "TH"), imp(52.8, "KT06", "2020", "UOC"),
                imp(53.5, "KT06", "2021", "KH:NQ_HDND"));
        return c;
    }

    /** "KH NQ 2016-2020" is a giai đoạn plan; "Tăng 11-12%" written as text is not a number. */
    static CorpusCase planRangeAndTextTargets() {
        CorpusCase c = new CorpusCase("03-kh-nq-giai-doan", "KH", NAMDAN, "KH NQ 2016-2020 | TH 2020 | KH 2016 - 2020 (%)");
        standardHeader(c, 1, "KH NQ 2016-2020", "TH 2020", "KH 2016 - 2020 (%)");
        c.row(2, stt(1), "Thu nhập bình quân đầu người", "triệu đồng/người/năm", imp(35, "KT01", "GD2016-2020",
                "KH:NQ_HDND"), imp(36.2, "KT01", "2020", "TH"), skip(103.4, DERIVED));
        c.row(3, stt(2), "Thu ngân sách nhà nước trên địa bàn xã", "triệu đồng", "Tăng 11-12%",
                imp(1642.08666, "KT02", "2020", "TH"), skip(111.76, DERIVED));
        return c;
    }

    /**
     * Comparison, difference, forecast and growth columns are never a figure or a plan; those computable from the
     * row's figures are checked (a forecast is not).
     */
    static CorpusCase growthColumns() {
        CorpusCase c = new CorpusCase("04-cot-tang-truong", "So sánh", NAMDAN,
                "TH 2023 | KH 2024 | ƯTH 2024 | So sánh % | Chênh lệch | Dự báo giai đoạn 2021-2025 (%) | Tốc độ tăng trưởng");
        standardHeader(c, 1, "TH 2023", "KH 2024", "ƯTH 2024", "So sánh %", "Chênh lệch",
                "Dự báo giai đoạn 2021-2025 (%)", "Tốc độ tăng trưởng");
        c.row(2, stt(1), "Dân số trung bình", "người", imp(5400, "DS01", "2023", "TH"), imp(5450, "DS01", "2024",
                "KH:NQ_HDND"), imp(5460, "DS01", "2024", "UOC"), checked(100.18, true), checked(10, true),
                skip(1.1, DERIVED), checked(1.11, true));
        return c;
    }

    /** "A | B | C | 1 | 2 | 3 | 4=3/2 | 5=3/1": a column-number row; its formula columns are derived. */
    static CorpusCase columnNumberRowWithFormulas() {
        CorpusCase c = new CorpusCase("05-hang-so-cot-cong-thuc", "Biểu 01", NAMDAN,
                "column-number row A B C 1 2 3 4=3/2 5=3/1 under the header");
        standardHeader(c, 1, "TH 2023", "KH 2024", "ƯTH 2024", "Ước/KH", "Ước/TH");
        c.columnNumbers(2, "A", "B", "C", "1", "2", "3", "4=3/2", "5=3/1");
        c.row(3, stt(1), "Số hộ nghèo", "hộ", imp(120, "LD07", "2023", "TH"), imp(100, "LD07", "2024", "KH:NQ_HDND"),
                imp(98, "LD07", "2024", "UOC"), checked(98, true), checked(81.67, true));
        c.row(4, stt(2), "Tỷ lệ hộ nghèo (đa chiều)", "%", imp(10.5, "LD06", "2023", "TH"), imp(8.5, "LD06", "2024",
                "KH:NQ_HDND"), imp(8.4, "LD06", "2024", "UOC"), checked(98.82, true), checked(80, true));
        return c;
    }

    /** A column-number row written one row lower (after a blank row) is not an indicator row called "B". */
    static CorpusCase columnNumberRowInsideData() {
        CorpusCase c = new CorpusCase("06-hang-so-cot-tach-roi", "Biểu 02", NAMDAN,
                "column-number row after a blank row; no name prefix B below it");
        standardHeader(c, 1, "Kế hoạch năm 2024", "Thực hiện năm 2024");
        c.columnNumbers(3, "A", "B", "C", "1", "2");
        c.row(4, stt(1), "Số cặp tảo hôn", "cặp", imp(2, "DS05", "2024", "KH:NQ_HDND"), imp(1, "DS05", "2024", "TH"));
        c.row(5, stt(2), "Số cuộc kết hôn", "cặp", imp(40, "DS06", "2024", "KH:NQ_HDND"), imp(43, "DS06", "2024", "TH"));
        return c;
    }

    /** The footer and signature block end the table: "Người lập biểu", "TM. ỦY BAN NHÂN DÂN", a date. */
    static CorpusCase footerAndSignature() {
        CorpusCase c = new CorpusCase("07-chan-bieu-chu-ky", "Biểu 03", NAMDAN, "footer, signature block and date");
        standardHeader(c, 1, "TH 2023", "KH 2024");
        c.row(2, stt(1), "Số vụ tai nạn lao động", "vụ", imp(1, "LD13", "2023", "TH"), imp(0, "LD13", "2024",
                "KH:NQ_HDND"));
        c.row(3, stt(2), "Số vụ ngộ độc thực phẩm", "vụ", imp(0, "YT10", "2023", "TH"), imp(0, "YT10", "2024",
                "KH:NQ_HDND"));
        c.row(5, null, "Nấm Dẩn, ngày 15 tháng 01 năm 2024");
        c.row(6, null, "Người lập biểu", null, "TM. ỦY BAN NHÂN DÂN");
        c.row(7, null, null, null, "CHỦ TỊCH");
        c.row(8, null, LocalDate.of(2024, 1, 15));
        c.row(9, null, "Điện thoại", skip(912345678, FOOTER));
        return c;
    }

    /** "Địa bàn: Xã Nấm Dẩn" and "Năm 2020" above a header without years give area and period. */
    static CorpusCase titleAreaAndYear() {
        CorpusCase c = new CorpusCase("08-dia-ban-nam-o-tieu-de", "Sheet1", null,
                "Địa bàn: Xã Nấm Dẩn | Năm 2020 in title cells; KH | TH columns without years");
        c.expectArea(NAMDAN);
        c.row(0, "Địa bàn: Xã Nấm Dẩn");
        c.row(1, "Năm 2020");
        standardHeader(c, 3, "Kế hoạch", "Thực hiện");
        c.row(4, stt(1), "Số hợp tác xã thành lập mới / hoạt động hiệu quả", "HTX", imp(3, "KT09", "2020", "KH:NQ_HDND"),
                imp(2, "KT09", "2020", "TH"));
        c.row(5, stt(2), "Số sản phẩm OCOP đạt 3 sao trở lên", "sản phẩm", imp(1, "KT08", "2020", "KH:NQ_HDND"),
                imp(1, "KT08", "2020", "TH"));
        return c;
    }

    /** A key-value block ("Địa bàn:" | "Xã Chế Là", "Năm nhập biểu mẫu" | 2020) above a one-row header. */
    static CorpusCase keyValueTitle() {
        CorpusCase c = new CorpusCase("09-khoi-khoa-gia-tri", "Nhập liệu", null,
                "key-value block Địa bàn: | Xã Chế Là ; Năm nhập biểu mẫu | 2020");
        c.expectArea(CHELA);
        c.row(0, "Địa bàn:", "Xã Chế Là");
        c.row(1, "Kỳ nhập liệu", "Năm");
        c.row(2, "Năm nhập biểu mẫu", skip(2020, TITLE));
        standardHeader(c, 4, "Thực hiện năm 2020");
        c.row(5, stt(1), "Số trường đạt chuẩn quốc gia được công nhận mới", "trường", imp(1, "GD01", "2020", "TH"));
        c.row(6, stt(2), "Số học viên được xóa mù chữ", "học viên", imp(25, "GD11", "2020", "TH"));
        return c;
    }

    /** "(Kèm theo Báo cáo số … ngày 10/12/2024 của UBND xã Nấm Dẩn)": the area and the year of the report. */
    static CorpusCase attachedToReport() {
        CorpusCase c = new CorpusCase("10-kem-theo-bao-cao", "Phụ lục", null,
                "title: CÁC CHỈ TIÊU NĂM 2024 (Kèm theo Báo cáo số 12/BC-UBND ngày 10/12/2024 của UBND xã Nấm Dẩn)");
        c.expectArea(NAMDAN);
        c.row(0, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024");
        c.row(1, "(Kèm theo Báo cáo số 12/BC-UBND ngày 10/12/2024 của UBND xã Nấm Dẩn)");
        standardHeader(c, 3, "Kế hoạch", "Ước thực hiện");
        c.row(4, stt(1), "Số lượt khách du lịch", "lượt", imp(3000, "VH05", "2024", "KH:NQ_HDND"),
                imp(3500, "VH05", "2024", "UOC"));
        c.row(5, stt(2), "Doanh thu từ hoạt động du lịch", "triệu đồng", imp(1200, "VH06", "2024", "KH:NQ_HDND"),
                imp(1350, "VH06", "2024", "UOC"));
        return c;
    }

    private static void blocksSheet(CorpusCase c, boolean added) {
        c.row(1, "STT", "Chỉ tiêu", "Đơn vị tính", "Diện tích", null, "Sản lượng", null, "Giá trị SX giá 2010");
        c.row(2, null, null, null, "TH 2019", "TH 2020", "TH 2019", "TH 2020", "TH 2019", "TH 2020");
        c.merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 2, 2, 2).merge(1, 1, 3, 4).merge(1, 1, 5, 6).merge(1, 1, 7, 8);
        String[] crops = {"Lúa", "Ngô", "Sắn"};
        for (int i = 0; i < crops.length; i++) {
            String k = crops[i];
            double base = 100 * (i + 1);
            c.row(3 + i, stt(i + 1), k, null, block(added, base, k + " - Diện tích", "2019"),
                    block(added, base + 1, k + " - Diện tích", "2020"), block(added, base * 5, k + " - Sản lượng", "2019"),
                    block(added, base * 5 + 1, k + " - Sản lượng", "2020"),
                    block(added, base * 9, k + " - Giá trị SX giá 2010", "2019"),
                    block(added, base * 9 + 1, k + " - Giá trị SX giá 2010", "2020"));
        }
    }

    private static CorpusCase.Num block(boolean added, double v, String name, String year) {
        return added ? imp(v, "new:" + name, year, "TH") : asked(v);
    }

    /** Side-by-side blocks (Diện tích | Sản lượng | Giá trị SX), each its own measure: "Lúa - Sản lượng". */
    static CorpusCase sideBySideBlocksAdded() {
        CorpusCase c = new CorpusCase("11-khoi-canh-nhau-them-moi", "Trồng trọt", NAMDAN,
                "side-by-side blocks, unknown rows added with the block name");
        c.option("add-unknown", "true");
        blocksSheet(c, true);
        return c;
    }

    /** The same blocks without "add unknown": one question per block, not one per cell or row. */
    static CorpusCase sideBySideBlocksAsked() {
        CorpusCase c = new CorpusCase("12-khoi-canh-nhau-hoi", "Trồng trọt", NAMDAN,
                "side-by-side blocks, asked once per block");
        c.option("questions", "khoi:D,khoi:F,khoi:H");
        blocksSheet(c, false);
        return c;
    }

    /** Two tables one under the other, each with its own header. */
    static CorpusCase stackedTables() {
        CorpusCase c = new CorpusCase("13-hai-bang-tren-duoi", "Tổng hợp", NAMDAN, "two stacked tables, own headers");
        c.row(0, "I. CHỈ TIÊU DÂN SỐ");
        standardHeader(c, 1, "TH 2023", "KH 2024");
        c.row(2, stt(1), "Dân số trung bình", "người", imp(5400, "DS01", "2023", "TH"), imp(5450, "DS01", "2024",
                "KH:NQ_HDND"));
        c.row(4, "II. CHỈ TIÊU Y TẾ NĂM 2024");
        c.row(5, "STT", "Nội dung", "ĐVT", "Kế hoạch", "Thực hiện 6 tháng đầu năm");
        c.row(6, stt(1), "Tổng số lượt khám chữa bệnh", "lượt", imp(9000, "YT07", "2024", "KH:NQ_HDND"),
                imp(4700, "YT07", "2024-6T", "TH"));
        c.row(7, stt(2), "Số người cao tuổi được khám sức khỏe định kỳ", "người", imp(300, "YT08", "2024",
                "KH:NQ_HDND"), imp(160, "YT08", "2024-6T", "TH"));
        return c;
    }

    /** "TH T1 | TH T2 | ƯTH tháng 3" under "Năm 2024": months of 2024. */
    static CorpusCase months() {
        CorpusCase c = new CorpusCase("14-thang", "Tháng", NAMDAN, "TH T1 | TH T2 | ƯTH tháng 3 under Năm 2024");
        c.row(1, "STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024");
        c.row(2, null, null, null, "TH T1", "TH T2", "ƯTH tháng 3");
        c.merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 2, 2, 2).merge(1, 1, 3, 5);
        c.row(3, stt(1), "Số hồ sơ thủ tục hành chính giải quyết trực tuyến", "hồ sơ", imp(40, "HC01", "2024-T01", "TH"),
                imp(38, "HC01", "2024-T02", "TH"), imp(45, "HC01", "2024-T03", "UOC"));
        return c;
    }

    /** Spans: "6 tháng đầu năm", "Lũy kế đến tháng 9", "Cùng kỳ", and "ƯTH 2T" (the first two months, lũy kế). */
    static CorpusCase spansAndCumulative() {
        CorpusCase c = new CorpusCase("15-luy-ke-cung-ky", "Lũy kế", NAMDAN,
                "ƯTH 2T | TH 6 tháng đầu năm | Cùng kỳ 6 tháng | Lũy kế đến tháng 9, all under Năm 2024");
        c.row(1, "STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024");
        c.row(2, null, null, null, "ƯTH 2T", "TH 6 tháng đầu năm", "Cùng kỳ 6 tháng đầu năm", "Lũy kế đến tháng 9");
        c.merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 2, 2, 2).merge(1, 1, 3, 6);
        c.row(3, stt(1), "Tổng số lượt khám chữa bệnh", "lượt", imp(1500, "YT07", "2024-2T", "UOC"),
                imp(4700, "YT07", "2024-6T", "TH"), imp(4500, "YT07", "2023-6T", "TH"), imp(7000, "YT07", "2024-9T", "TH"));
        return c;
    }

    /** "Quý I/2024 | Quý II/2024". */
    static CorpusCase quarters() {
        CorpusCase c = new CorpusCase("16-quy", "Quý", NAMDAN, "TH Quý I/2024 | TH Quý II/2024");
        standardHeader(c, 1, "TH Quý I/2024", "TH Quý II/2024");
        c.row(2, stt(1), "Số vụ tai nạn lao động", "vụ", imp(0, "LD13", "2024-Q1", "TH"), imp(1, "LD13", "2024-Q2", "TH"));
        return c;
    }

    /** A staff list: one message, no question about "indicators". */
    static CorpusCase staffList() {
        CorpusCase c = new CorpusCase("17-danh-sach-can-bo", "Cán bộ", NAMDAN, "staff list");
        c.row(1, "STT", "Họ và tên", "Năm sinh", "Chức vụ", "Trình độ", "Ghi chú");
        c.row(2, skip(1, LIST), "Nguyễn Văn An", skip(1980, LIST), "Chủ tịch", "Đại học");
        c.row(3, skip(2, LIST), "Lò Thị Bình", skip(1985, LIST), "Công chức Văn phòng - Thống kê", "Cao đẳng");
        c.row(4, skip(3, LIST), "Vàng Seo Chư", skip(1990, LIST), "Công chức Tư pháp", "Đại học");
        return c;
    }

    /** A student list. */
    static CorpusCase studentList() {
        CorpusCase c = new CorpusCase("18-danh-sach-hoc-sinh", "Học sinh", NAMDAN, "student list");
        c.row(1, "TT", "Họ tên học sinh", "Lớp", "Ngày sinh", "Điểm TB");
        c.row(2, skip(1, LIST), "Hoàng Văn Dũng", "6A", LocalDate.of(2012, 3, 4), skip(7.8, LIST));
        c.row(3, skip(2, LIST), "Thào Thị Mai", "6A", LocalDate.of(2012, 9, 1), skip(8.2, LIST));
        return c;
    }

    /** A list of evidence documents. */
    static CorpusCase evidenceList() {
        CorpusCase c = new CorpusCase("19-danh-muc-minh-chung", "Minh chứng", NAMDAN, "evidence list");
        c.row(1, "STT", "Tên minh chứng", "Số hiệu", "Ngày ban hành", "Cơ quan ban hành", "Số trang");
        c.row(2, skip(1, LIST), "Quyết định công nhận xã đạt chuẩn", "125/QĐ-UBND", "10/05/2023", "UBND huyện",
                skip(3, LIST));
        c.row(3, skip(2, LIST), "Báo cáo kết quả thực hiện", "45/BC-UBND", "20/06/2023", "UBND xã", skip(12, LIST));
        return c;
    }

    /** Names in .VnTime (TCVN3) and VNI-Times among Unicode ones. */
    static CorpusCase legacyFonts() {
        CorpusCase c = new CorpusCase("20-phong-chu-cu", "Biểu 04", NAMDAN, "TCVN3 and VNI names among Unicode");
        standardHeader(c, 1, "TH 2023", "KH 2024");
        c.row(2, stt(1), null, "người", imp(5400, "DS01", "2023", "TH"), imp(5450, "DS01", "2024", "KH:NQ_HDND"));
        c.tcvn3(2, 1, "Dân số trung bình");
        c.row(3, stt(2), null, "hộ", imp(1100, "DS02", "2023", "TH"), imp(1110, "DS02", "2024", "KH:NQ_HDND"));
        c.tcvn3(3, 1, "Số hộ dân cư");
        c.row(4, stt(3), null, "%", imp(10.5, "LD06", "2023", "TH"), imp(8.5, "LD06", "2024", "KH:NQ_HDND"));
        c.vni(4, 1, "Tyû leä hoä ngheøo");
        c.row(5, stt(4), "Số hộ nghèo", "hộ", imp(120, "LD07", "2023", "TH"), imp(100, "LD07", "2024", "KH:NQ_HDND"));
        return c;
    }

    /** Group rows ("I. KINH TẾ", "II. VĂN HÓA - XÃ HỘI") give context; their children still match by name. */
    static CorpusCase groupRows() {
        CorpusCase c = new CorpusCase("21-dong-nhom", "Biểu 05", NAMDAN, "roman-numeral group rows without numbers");
        standardHeader(c, 1, "TH 2023", "KH 2024");
        c.row(2, "I", "KINH TẾ");
        c.row(3, stt(1), "Thu ngân sách nhà nước trên địa bàn xã", "triệu đồng", imp(1500, "KT02", "2023", "TH"),
                imp(1600, "KT02", "2024", "KH:NQ_HDND"));
        c.row(4, stt(2), "Chi ngân sách xã", "triệu đồng", imp(4200, "KT03", "2023", "TH"), imp(4300, "KT03", "2024",
                "KH:NQ_HDND"));
        c.row(5, "II", "VĂN HÓA - XÃ HỘI");
        c.row(6, stt(1), "Tỷ lệ lao động qua đào tạo", "%", imp(45, "LD04", "2023", "TH"), imp(50, "LD04", "2024",
                "KH:NQ_HDND"));
        return c;
    }

    /** "- Diện tích" under "Lúa" and under "Ngô": new indicators keep their parent, "Lúa - Diện tích". */
    static CorpusCase repeatedNamesUnderParents() {
        CorpusCase c = new CorpusCase("22-ten-lap-lai", "Cây trồng", NAMDAN, "repeated leaf names under parents");
        c.option("add-unknown", "true");
        standardHeader(c, 1, "TH 2023", "KH 2024");
        c.row(2, stt(1), "Lúa");
        c.row(3, "-", "Diện tích", "ha", imp(120, "new:Lúa - Diện tích", "2023", "TH"),
                imp(125, "new:Lúa - Diện tích", "2024", "KH:NQ_HDND"));
        c.row(4, "-", "Năng suất", "tạ/ha", imp(55, "new:Năng suất", "2023", "TH"), imp(56, "new:Năng suất", "2024",
                "KH:NQ_HDND"));
        c.row(5, stt(2), "Ngô");
        c.row(6, "-", "Diện tích", "ha", imp(300, "new:Ngô - Diện tích", "2023", "TH"),
                imp(310, "new:Ngô - Diện tích", "2024", "KH:NQ_HDND"));
        return c;
    }

    /** Abbreviations and synonyms: BHYT, BHXH, BHTN, GĐVH, thoát nghèo; a name that begins a catalog name. */
    static CorpusCase abbreviations() {
        CorpusCase c = new CorpusCase("23-viet-tat", "Biểu 06", NAMDAN, "BHYT, BHTN, GĐVH, thoát nghèo, tiêm chủng");
        standardHeader(c, 1, "TH 2023");
        c.row(2, stt(1), "Tỷ lệ dân số tham gia BHYT", "%", imp(95.2, "BH01", "2023", "TH"));
        c.row(3, stt(2), "Số người tham gia BHTN", "người", imp(35, "BH05", "2023", "TH"));
        c.row(4, stt(3), "Tỷ lệ hộ đạt danh hiệu GĐVH", "%", imp(85, "VH01", "2023", "TH"));
        c.row(5, stt(4), "Số hộ thoát nghèo", "hộ", imp(25, "LD08", "2023", "TH"));
        c.row(6, stt(5), "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", imp(97, "YT01", "2023", "TH"));
        return c;
    }

    /** A row measured in Ha is never matched to an indicator measured in tấn. */
    static CorpusCase unitMustAgree() {
        CorpusCase c = new CorpusCase("24-don-vi-phai-khop", "Biểu 07", NAMDAN, "unit Ha vs catalog tấn");
        standardHeader(c, 1, "TH 2023");
        c.row(2, stt(1), "Tổng sản lượng lương thực có hạt", "Ha", asked(800));
        c.row(3, stt(2), "Tổng sản lượng lương thực có hạt", "tấn", imp(2300, "KT04", "2023", "TH"));
        c.option("questions", "chi-tieu:3");
        return c;
    }

    /** Hidden rows and columns are skipped and said so. */
    static CorpusCase hiddenRowsAndColumns() {
        CorpusCase c = new CorpusCase("25-an-dong-cot", "Biểu 08", NAMDAN, "a hidden row and a hidden column");
        standardHeader(c, 1, "TH 2023", "Nháp", "KH 2024");
        c.row(2, stt(1), "Dân số trung bình", "người", imp(5400, "DS01", "2023", "TH"), skip(1, "cột ẩn"),
                imp(5450, "DS01", "2024", "KH:NQ_HDND"));
        c.row(3, skip(2, "dòng ẩn"), "Số hộ dân cư", "hộ", skip(1100, "dòng ẩn"), skip(2, "dòng ẩn"),
                skip(1110, "dòng ẩn"));
        c.hideRow(3).hideColumn(4);
        return c;
    }

    /** vi-VN numbers typed as text. */
    static CorpusCase numbersAsText() {
        CorpusCase c = new CorpusCase("26-so-viet-bang-chu", "Biểu 09", NAMDAN, "numbers typed as vi-VN text");
        standardHeader(c, 1, "TH 2023", "KH 2024");
        c.row(2, stt(1), "Chi ngân sách xã", "triệu đồng", impText("8.599,376", 8599.376, "KT03", "2023", "TH"),
                impText("9.000", 9000, "KT03", "2024", "KH:NQ_HDND"));
        c.row(3, stt(2), "Tỷ lệ che phủ rừng", "%", impText("52,5%", 52.5, "KT06", "2023", "TH"),
                impText("53,25", 53.25, "KT06", "2024", "KH:NQ_HDND"));
        return c;
    }

    /** Two rows that write the same indicator, area, period and slot with different values: a conflict. */
    static CorpusCase sameKeyTwice() {
        CorpusCase c = new CorpusCase("27-trung-khoa", "Biểu 10", NAMDAN, "two rows with the same key, different values");
        standardHeader(c, 1, "TH 2023");
        c.row(2, stt(1), "Số hộ nghèo", "hộ", asked(120));
        c.row(3, stt(2), "Số hộ nghèo", "hộ", asked(125));
        c.row(4, stt(3), "Số hộ dân cư", "hộ", imp(1100, "DS02", "2023", "TH"));
        return c;
    }

    /** A colleague's Biểu 01 with a column-number row, a footer and abbreviated names: no question at all. */
    static CorpusCase bieu01Clean() {
        CorpusCase c = new CorpusCase("28-bieu01-sach", "Biểu 01", NAMDAN,
                "Biểu 01 with a column-number row, a footer and abbreviated names: zero questions (legacy-font title "
                        + "and name, a number typed as text, a note, a date)");
        c.option("questions", "");
        c.row(0, "Biểu 01");
        c.tcvn3(1, 0, "Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024");
        c.row(2, "(Kèm theo Báo cáo số     /BC-UBND ngày 15/01/2024 của UBND xã Nấm Dẩn)");
        c.row(3, "STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Năm 2024", null, "Tỷ lệ %");
        c.row(4, null, null, null, null, "Kế hoạch năm", "Ước cả năm", "So với KH", "So với cùng kỳ");
        c.merge(3, 4, 0, 0).merge(3, 4, 1, 1).merge(3, 4, 2, 2).merge(3, 4, 3, 3).merge(3, 3, 4, 5).merge(3, 3, 6, 7);
        c.columnNumbers(5, "A", "B", "C", "1", "2", "3", "4=3/2", "5=3/1");
        c.row(6, "I", "KINH TẾ");
        c.row(7, stt(1), "Thu ngân sách NN trên địa bàn xã", "triệu đồng", imp(1500, "KT02", "2023", "TH"),
                imp(1600, "KT02", "2024", "KH:NQ_HDND"), imp(1650, "KT02", "2024", "UOC"), checked(103.13, true),
                checked(110, true));
        c.row(8, stt(2), "Số HTX thành lập mới / hoạt động hiệu quả", "HTX", imp(2, "KT09", "2023", "TH"),
                imp(3, "KT09", "2024", "KH:NQ_HDND"), imp(3, "KT09", "2024", "UOC"), checked(100, true),
                checked(150, true));
        c.row(9, "II", "VĂN HÓA - XÃ HỘI");
        c.row(10, stt(3), "Tỷ lệ dân số tham gia BHYT", "%", imp(94.5, "BH01", "2023", "TH"),
                imp(95, "BH01", "2024", "KH:NQ_HDND"), imp(95.3, "BH01", "2024", "UOC"), checked(100.32, true),
                checked(100.85, true));
        c.row(11, stt(4), null, "người", imp(60, "BH04", "2023", "TH"),
                imp(70, "BH04", "2024", "KH:NQ_HDND"), imp(72, "BH04", "2024", "UOC"), checked(102.86, true),
                checked(120, true));
        c.tcvn3(11, 1, "Số người tham gia BHXH tự nguyện");
        c.row(12, stt(5), "Tỷ lệ hộ nghèo (đa chiều)", "%", impText("10,5", 10.5, "LD06", "2023", "TH"),
                imp(8.5, "LD06", "2024", "KH:NQ_HDND"), imp(8.4, "LD06", "2024", "UOC"), checked(98.82, true),
                checked(80, true));
        c.row(13, null, "Ghi chú: số năm 2024 là số ước thực hiện đến 31/12/2024.");
        c.row(14, null, "Người lập biểu", null, null, "TM. ỦY BAN NHÂN DÂN");
        c.row(15, null, null, null, null, "CHỦ TỊCH");
        c.row(16, null, LocalDate.of(2024, 1, 15));
        c.row(17, null, "Nguyễn Văn An", null, null, "Lò Văn Bình");
        return c;
    }

    /** A district summary: one column group per commune, TH 2023 | KH 2024 under each. */
    static CorpusCase districtSummaryByCommune() {
        CorpusCase c = new CorpusCase("29-tong-hop-theo-xa", "Toàn huyện", null, "commune groups: Xã Nấm Dẩn | Xã Chế Là");
        c.row(1, "STT", "Chỉ tiêu", "Đơn vị tính", "Xã Nấm Dẩn", null, "Xã Chế Là");
        c.row(2, null, null, null, "TH 2023", "KH 2024", "TH 2023", "KH 2024");
        c.merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 2, 2, 2).merge(1, 1, 3, 4).merge(1, 1, 5, 6);
        c.row(3, stt(1), "Số hộ nghèo", "hộ", numAt(120, "LD07", "2023", "TH", NAMDAN),
                numAt(100, "LD07", "2024", "KH:NQ_HDND", NAMDAN), numAt(90, "LD07", "2023", "TH", CHELA),
                numAt(80, "LD07", "2024", "KH:NQ_HDND", CHELA));
        return c;
    }

    private static CorpusCase.Num numAt(double v, String code, String period, String slot, String area) {
        return new CorpusCase.Num(v, null, "imported", code, period, slot, area, null, false);
    }

    /**
     * Comparison columns read from their headers, all numbers right: percent of plan "TH/KH (%)", index on last year
     * "So cùng kỳ (%)", differences "Chênh lệch so KH" and "Tăng/giảm so cùng kỳ".
     */
    static CorpusCase comparisonsRight() {
        CorpusCase c = new CorpusCase("30-so-sanh-dung", "Biểu 01", NAMDAN,
                "TH 2023 | KH 2024 | TH 2024 | TH/KH (%) | So cùng kỳ (%) | Chênh lệch so KH | Tăng/giảm so cùng kỳ");
        c.option("questions", "");
        standardHeader(c, 1, "TH 2023", "KH 2024", "TH 2024", "TH/KH (%)", "So cùng kỳ (%)", "Chênh lệch so KH",
                "Tăng/giảm so cùng kỳ");
        c.row(2, stt(1), "Dân số trung bình", "người", imp(5400, "DS01", "2023", "TH"),
                imp(5450, "DS01", "2024", "KH:NQ_HDND"), imp(5460, "DS01", "2024", "TH"), checked(100.18, true),
                checked(101.11, true), checked(10, true), checked(60, true));
        c.row(3, stt(2), "Số hộ dân cư", "hộ", imp(1040, "DS02", "2023", "TH"), imp(1050, "DS02", "2024", "KH:NQ_HDND"),
                imp(1066, "DS02", "2024", "TH"), checked(101.52, true), checked(102.5, true), checked(16, true),
                checked(26, true));
        c.row(4, stt(3), "Tổng sản lượng lương thực có hạt", "tấn", imp(2100, "KT04", "2023", "TH"),
                imp(2200, "KT04", "2024", "KH:NQ_HDND"), imp(2150.5, "KT04", "2024", "TH"), checked(97.75, true),
                checked(102.4, true), checked(-49.5, true), checked(50.5, true));
        return c;
    }

    /**
     * A colleague's Biểu with a column-number row "4=3/2 | 5=3/1 | 6=3-2" and four wrong numbers: each is flagged
     * with the cell and both values, the figures themselves are imported.
     */
    static CorpusCase comparisonsWrong() {
        CorpusCase c = new CorpusCase("31-so-sanh-sai", "Biểu 01", NAMDAN,
                "column-number row with formulas; two wrong percents of plan, one wrong index, one wrong difference");
        c.option("questions", "");
        standardHeader(c, 1, "TH 2023", "KH 2024", "ƯTH 2024", "Ước/KH (%)", "Ước/cùng kỳ (%)", "Chênh lệch");
        c.columnNumbers(2, "A", "B", "C", "1", "2", "3", "4=3/2", "5=3/1", "6=3-2");
        c.row(3, stt(1), "Dân số trung bình", "người", imp(5400, "DS01", "2023", "TH"),
                imp(5450, "DS01", "2024", "KH:NQ_HDND"), imp(5460, "DS01", "2024", "UOC"), checked(100.18, true),
                checked(101.11, true), checked(10, true));
        c.row(4, stt(2), "Số hộ nghèo", "hộ", imp(120, "LD07", "2023", "TH"), imp(100, "LD07", "2024", "KH:NQ_HDND"),
                imp(98, "LD07", "2024", "UOC"), checked(89, false), checked(81.67, true), checked(-2, true));
        c.row(5, stt(3), "Tổng số lượt khám chữa bệnh", "lượt", imp(9000, "YT07", "2023", "TH"),
                imp(9500, "YT07", "2024", "KH:NQ_HDND"), imp(9600, "YT07", "2024", "UOC"), checked(101.05, true),
                checked(105, false), checked(150, false));
        c.row(6, stt(4), "Tổng sản lượng lương thực có hạt", "tấn", imp(2100, "KT04", "2023", "TH"),
                imp(2200, "KT04", "2024", "KH:NQ_HDND"), imp(2150.5, "KT04", "2024", "UOC"), checked(99.75, false),
                checked(102.4, true), checked(-49.5, true));
        return c;
    }

    /**
     * The same comparisons written other ways: a percent cell formatted "0.00%" (stored 1,0018), a plain fraction
     * "TH/KH" (1,002) and a growth rate "Tốc độ tăng trưởng (%)" (1,11 = 101,11 − 100).
     */
    static CorpusCase growthAndFractions() {
        CorpusCase c = new CorpusCase("32-tang-truong-ty-so", "Biểu 01", NAMDAN,
                "Tỷ lệ % so KH as 0.00% | TH/KH as a fraction | Tốc độ tăng trưởng (%) as growth");
        c.option("questions", "");
        standardHeader(c, 1, "TH 2023", "KH 2024", "TH 2024", "Tỷ lệ % so KH", "TH/KH", "Tốc độ tăng trưởng (%)");
        c.row(2, stt(1), "Dân số trung bình", "người", imp(5400, "DS01", "2023", "TH"),
                imp(5450, "DS01", "2024", "KH:NQ_HDND"), imp(5460, "DS01", "2024", "TH"), checked(1.0018, true),
                checked(1.002, true), checked(1.11, true));
        c.row(3, stt(2), "Số hộ dân cư", "hộ", imp(1040, "DS02", "2023", "TH"), imp(1050, "DS02", "2024", "KH:NQ_HDND"),
                imp(1066, "DS02", "2024", "TH"), checked(1.0152, true), checked(1.015, true), checked(2.5, true));
        c.row(4, stt(3), "Tổng sản lượng lương thực có hạt", "tấn", imp(2100, "KT04", "2023", "TH"),
                imp(2200, "KT04", "2024", "KH:NQ_HDND"), imp(2150.5, "KT04", "2024", "TH"), checked(0.9775, true),
                checked(0.9775, true), checked(1.9, false));
        for (int r = 2; r <= 4; r++) {
            c.percentFormat(r, 6);
        }
        return c;
    }

    /**
     * Two tables next to each other, each "STT | Chỉ tiêu | ĐVT | TH 2023 | KH 2024" with its own title above it and
     * an empty column between: each its own table, new indicators carry the title ("Lúa - Sản lượng").
     */
    static CorpusCase sideBySideTablesWithTitles() {
        CorpusCase c = new CorpusCase("33-hai-bang-canh-nhau-co-ten", "Nông nghiệp", NAMDAN,
                "two side-by-side tables with own STT and name columns, titled Sản lượng | Giá trị SX giá 2010");
        c.option("add-unknown", "true");
        c.option("questions", "");
        c.row(0, "BÁO CÁO KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP");
        c.row(1, "Sản lượng", null, null, null, null, null, "Giá trị SX giá 2010");
        c.merge(1, 1, 0, 4).merge(1, 1, 6, 10);
        c.row(2, "STT", "Chỉ tiêu", "ĐVT", "TH 2023", "KH 2024", null, "STT", "Chỉ tiêu", "ĐVT", "TH 2023", "KH 2024");
        String[] crops = {"Lúa", "Ngô"};
        for (int i = 0; i < crops.length; i++) {
            String k = crops[i];
            double base = 1000 * (i + 1);
            c.row(3 + i, stt(i + 1), k, "tấn", imp(base, "new:" + k + " - Sản lượng", "2023", "TH"),
                    imp(base + 50, "new:" + k + " - Sản lượng", "2024", "KH:NQ_HDND"), null, stt(i + 1), k,
                    "triệu đồng", imp(base * 7, "new:" + k + " - Giá trị SX giá 2010", "2023", "TH"),
                    imp(base * 7 + 300, "new:" + k + " - Giá trị SX giá 2010", "2024", "KH:NQ_HDND"));
        }
        return c;
    }

    /** Two tables side by side with no column between and no titles: each reads its own rows, nothing is asked. */
    static CorpusCase sideBySideTablesAdjacent() {
        CorpusCase c = new CorpusCase("34-hai-bang-canh-nhau-sat", "Tổng hợp", NAMDAN,
                "two adjacent side-by-side tables, each STT | Chỉ tiêu | ĐVT | two value columns, no titles");
        c.option("questions", "");
        c.row(1, "STT", "Chỉ tiêu", "ĐVT", "TH 2023", "TH 2024", "STT", "Chỉ tiêu", "ĐVT", "KH 2024", "ƯTH 2024");
        c.row(2, stt(1), "Dân số trung bình", "người", imp(5400, "DS01", "2023", "TH"), imp(5460, "DS01", "2024", "TH"),
                stt(1), "Tổng sản lượng lương thực có hạt", "tấn", imp(2200, "KT04", "2024", "KH:NQ_HDND"),
                imp(2150.5, "KT04", "2024", "UOC"));
        c.row(3, stt(2), "Số hộ dân cư", "hộ", imp(1040, "DS02", "2023", "TH"), imp(1066, "DS02", "2024", "TH"),
                stt(2), "Tổng số lượt khám chữa bệnh", "lượt", imp(9500, "YT07", "2024", "KH:NQ_HDND"),
                imp(9600, "YT07", "2024", "UOC"));
        c.row(4, null, null, null, null, null, stt(3), "Số người cao tuổi được khám sức khỏe định kỳ", "người",
                imp(300, "YT08", "2024", "KH:NQ_HDND"), imp(310, "YT08", "2024", "UOC"));
        return c;
    }

    /**
     * Spans without a period type of their own: "ƯTH 2T", "TH 5T", "Cùng kỳ 5 tháng", "Lũy kế đến tháng 8", the
     * year from the title: each the lũy kế from January.
     */
    static CorpusCase monthsFromJanuary() {
        CorpusCase c = new CorpusCase("35-thang-dau-nam", "Lũy kế", NAMDAN,
                "ƯTH 2T | TH 5T | Cùng kỳ 5 tháng | Lũy kế đến tháng 8, year from the title Năm 2024");
        c.option("questions", "");
        c.row(0, "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU Y TẾ");
        c.row(1, "Năm 2024");
        standardHeader(c, 3, "ƯTH 2T", "TH 5T", "Cùng kỳ 5 tháng", "Lũy kế đến tháng 8");
        c.row(4, stt(1), "Tổng số lượt khám chữa bệnh", "lượt", imp(1500, "YT07", "2024-2T", "UOC"),
                imp(3900, "YT07", "2024-5T", "TH"), imp(3700, "YT07", "2023-5T", "TH"), imp(6100, "YT07", "2024-8T", "TH"));
        c.row(5, stt(2), "Số người cao tuổi được khám sức khỏe định kỳ", "người", imp(40, "YT08", "2024-2T", "UOC"),
                imp(120, "YT08", "2024-5T", "TH"), imp(100, "YT08", "2023-5T", "TH"), imp(200, "YT08", "2024-8T", "TH"));
        return c;
    }

    /** The same spans with no year anywhere: one question for the sheet's period, not one per cell or column. */
    static CorpusCase monthsFromJanuaryWithoutYear() {
        CorpusCase c = new CorpusCase("36-thang-dau-nam-chua-ro-nam", "Lũy kế", NAMDAN,
                "TH 5T | ƯTH 7 tháng without a year: asked once");
        c.option("questions", "ky");
        standardHeader(c, 1, "TH 5T", "ƯTH 7 tháng");
        c.row(2, stt(1), "Tổng số lượt khám chữa bệnh", "lượt", asked(3900), asked(5300));
        c.row(3, stt(2), "Số người cao tuổi được khám sức khỏe định kỳ", "người", asked(120), asked(160));
        return c;
    }

    /**
     * Rows whose ĐVT is another scale of the catalog's unit: "nghìn đồng", "tỷ đồng" and "nghìn đồng/người/năm" for
     * triệu đồng, "‰" for %. Each figure is stored converted (before: 1 500 250 nghìn đồng was stored as 1 500 250
     * triệu đồng, 12,5‰ as 12,5%); the "Chênh lệch" column is checked in the row's own unit.
     */
    static CorpusCase unitsOnAnotherScale() {
        CorpusCase c = new CorpusCase("37-don-vi-khac-bac", "Biểu 01", NAMDAN,
                "ĐVT nghìn đồng | tỷ đồng | ‰ | nghìn đồng/người/năm against the catalog's triệu đồng and %");
        c.option("questions", "");
        standardHeader(c, 1, "TH 2023", "KH 2024", "ƯTH 2024", "Chênh lệch");
        c.row(2, stt(1), "Thu ngân sách nhà nước trên địa bàn xã", "nghìn đồng",
                impConverted(1500250, 1500.25, "KT02", "2023", "TH"),
                impConverted(1600000, 1600, "KT02", "2024", "KH:NQ_HDND"),
                impConverted(1650000, 1650, "KT02", "2024", "UOC"), checked(50000, true));
        c.row(3, stt(2), "Chi ngân sách xã", "tỷ đồng", impConverted(4.2, 4200, "KT03", "2023", "TH"),
                impConverted(4.3, 4300, "KT03", "2024", "KH:NQ_HDND"), impConverted(4.35, 4350, "KT03", "2024", "UOC"),
                checked(0.05, true));
        c.row(4, stt(3), "Tỷ lệ tăng dân số tự nhiên", "‰", impConverted(12.5, 1.25, "DS03", "2023", "TH"),
                impConverted(11, 1.1, "DS03", "2024", "KH:NQ_HDND"), impConverted(11.2, 1.12, "DS03", "2024", "UOC"),
                checked(0.2, true));
        c.row(5, stt(4), "Thu nhập bình quân đầu người", "nghìn đồng/người/năm",
                impConverted(35500, 35.5, "KT01", "2023", "TH"), impConverted(36000, 36, "KT01", "2024", "KH:NQ_HDND"),
                impConverted(36200, 36.2, "KT01", "2024", "UOC"), checked(200, true));
        c.row(6, stt(5), "Dân số trung bình", "người", imp(5400, "DS01", "2023", "TH"),
                imp(5450, "DS01", "2024", "KH:NQ_HDND"), imp(5460, "DS01", "2024", "UOC"), checked(10, true));
        // the unit written in the cell wins over the row's: "2,5 tỷ đồng" is 2 500 triệu đồng
        c.row(7, stt(6), "Doanh thu từ hoạt động du lịch", "triệu đồng",
                convertedText("2,5 tỷ đồng", 2.5, 2500, "VH06", "2023", "TH"),
                imp(1350, "VH06", "2024", "KH:NQ_HDND"), convertedText("1.400.000 nghìn đồng", 1400000, 1400, "VH06",
                        "2024", "UOC"));
        return c;
    }

    private static CorpusCase.Num convertedText(String text, double written, double stored, String code,
            String period, String slot) {
        return new CorpusCase.Num(written, text, "imported", code, period, slot, null, null, true, stored);
    }

    /**
     * No ĐVT column; the title says "Đơn vị tính: nghìn đồng" (a budget table): each figure is stored in triệu đồng
     * (before: 1 500 250 nghìn đồng was stored as 1 500 250 triệu đồng without a word).
     */
    static CorpusCase unitInTheTitle() {
        CorpusCase c = new CorpusCase("38-don-vi-o-tieu-de", "Ngân sách", NAMDAN,
                "title Đơn vị tính: nghìn đồng, no unit column: figures converted to the catalog's triệu đồng");
        c.option("questions", "");
        c.row(0, "KẾT QUẢ THU, CHI NGÂN SÁCH XÃ");
        c.row(1, null, null, null, "Đơn vị tính: nghìn đồng");
        c.row(2, "STT", "Chỉ tiêu", "TH 2023", "KH 2024");
        c.row(3, stt(1), "Thu ngân sách nhà nước trên địa bàn xã", impConverted(1500250, 1500.25, "KT02", "2023", "TH"),
                impConverted(1600000, 1600, "KT02", "2024", "KH:NQ_HDND"));
        c.row(4, stt(2), "Chi ngân sách xã", impConverted(4200000, 4200, "KT03", "2023", "TH"),
                impConverted(4300500, 4300.5, "KT03", "2024", "KH:NQ_HDND"));
        return c;
    }

    /**
     * No ĐVT column; units in brackets at the end of names. "(ha)" agrees with the catalog; "(ha)" on an indicator
     * in tấn is asked, not matched (before: 800 ha was stored as 800 tấn); "(đa chiều)" is a remark, not a unit.
     */
    static CorpusCase unitInTheName() {
        CorpusCase c = new CorpusCase("39-don-vi-trong-ten", "Biểu 02", NAMDAN,
                "units in brackets in names, no unit column: (ha) agrees, (ha) against tấn is asked");
        c.option("questions", "chi-tieu:5");
        c.row(1, "STT", "Chỉ tiêu", "TH 2023", "KH 2024");
        c.row(2, stt(1), "Diện tích gieo trồng cây hằng năm (ha)", imp(250, "KT05", "2023", "TH"),
                imp(260, "KT05", "2024", "KH:NQ_HDND"));
        c.row(3, stt(2), "Tổng sản lượng lương thực có hạt (tấn)", imp(2100, "KT04", "2023", "TH"),
                imp(2200, "KT04", "2024", "KH:NQ_HDND"));
        c.row(4, stt(3), "Tổng sản lượng lương thực có hạt (ha)", asked(800), asked(810));
        c.row(5, stt(4), "Tỷ lệ hộ nghèo (đa chiều)", imp(10.5, "LD06", "2023", "TH"),
                imp(8.5, "LD06", "2024", "KH:NQ_HDND"));
        return c;
    }

    /**
     * Figures "up to" a day, as mid-year reports write them: "Thực hiện đến" over date cells 30/06/2024 |
     * 30/06/2025, "Ước thực hiện đến 31/12/2025" typed, "Lũy kế đến 15/6/2025". Up to a month's end is the first
     * months of the year (before, 30/6 figures were stored as the whole year's); up to another day is skipped
     * with its reason.
     */
    static CorpusCase figuresUpToADay() {
        CorpusCase c = new CorpusCase("40-den-ngay", "Biểu 03", NAMDAN,
                "Thực hiện đến over date cells 30/06/2024 | 30/06/2025 | Ước thực hiện đến 31/12/2025 | Lũy kế đến "
                        + "15/6/2025");
        c.option("questions", "");
        c.row(0, "STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện đến", null, "Ước thực hiện đến 31/12/2025",
                "Lũy kế đến 15/6/2025");
        c.row(1, null, null, null, LocalDate.of(2024, 6, 30), LocalDate.of(2025, 6, 30));
        c.merge(0, 1, 0, 0).merge(0, 1, 1, 1).merge(0, 1, 2, 2).merge(0, 0, 3, 4).merge(0, 1, 5, 5).merge(0, 1, 6, 6);
        c.row(2, stt(1), "Tổng số lượt khám chữa bệnh", "lượt", imp(4500, "YT07", "2024-6T", "TH"),
                imp(4700, "YT07", "2025-6T", "TH"), imp(9400, "YT07", "2025", "UOC"), skip(4300, PERIOD_UNKNOWN));
        c.row(3, stt(2), "Số người cao tuổi được khám sức khỏe định kỳ", "người", imp(150, "YT08", "2024-6T", "TH"),
                imp(160, "YT08", "2025-6T", "TH"), imp(310, "YT08", "2025", "UOC"), skip(150, PERIOD_UNKNOWN));
        return c;
    }

    /**
     * The same row of dates without merged cells above it: a row of dates is not the signing date of a footer.
     * Before, the table ended at it and every figure was skipped as "chân biểu, chữ ký, ngày tháng"; now the header
     * is read without it: the period is asked, and what column E (no label of its own) holds.
     */
    static CorpusCase datesUnderAnUnmergedHeader() {
        CorpusCase c = new CorpusCase("41-hang-ngay-khong-gop-o", "Biểu 03", NAMDAN,
                "Thực hiện đến over date cells 31/12/2024 | 31/12/2025, nothing merged: asked, not a footer");
        c.option("questions", "ky,cot:E");
        c.row(0, "STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện đến");
        c.row(1, null, null, null, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31));
        c.row(2, stt(1), "Dân số trung bình", "người", asked(5350), asked(5400));
        c.row(3, stt(2), "Số hộ dân cư", "hộ", asked(1090), asked(1100));
        return c;
    }

    /**
     * Accountants' negatives "(5)", "(1.234)" and a number formatted #,##0;(#,##0): a count or an amount is never
     * negative, so the store refuses it; the preview now says so on the cell (before: shown as new, then the whole
     * commit was refused, and skipping erroneous rows could not help). A change ("Mức giảm") may be negative.
     */
    static CorpusCase negativesInBrackets() {
        CorpusCase c = new CorpusCase("42-so-am-trong-ngoac", "Biểu 04", NAMDAN,
                "(5) households, (1.234) triệu đồng, -3 formatted (3): refused in the preview; (0,5) điểm % imported");
        standardHeader(c, 1, "TH 2024");
        c.row(2, stt(1), "Số hộ nghèo", "hộ", askedText("(5)", -5));
        c.row(3, stt(2), "Chi ngân sách xã", "triệu đồng", askedText("(1.234)", -1234));
        c.row(4, stt(3), "Số vụ tai nạn lao động", "vụ", asked(-3));
        c.format(4, 3, "#,##0;(#,##0)");
        c.row(5, stt(4), "Mức giảm tỷ lệ hộ nghèo", "điểm %", impText("(0,5)", -0.5, "LD09", "2024", "TH"));
        c.row(6, stt(5), "Dân số trung bình", "người", imp(5400, "DS01", "2024", "TH"));
        return c;
    }

    private static CorpusCase.Num askedText(String text, double value) {
        return new CorpusCase.Num(value, text, "asked", null, null, null, null, null, true);
    }

    /**
     * A six-month report ("BÁO CÁO 6 THÁNG ĐẦU NĂM 2025") with "KH năm 2025 | TH 6 tháng | % so KH | Ước cả năm":
     * the plan and the estimate name the whole year (before, both took the title's six months: the annual plan
     * stored as a 6-month plan, the year's estimate as the six months').
     */
    static CorpusCase sixMonthReportWithYearColumns() {
        CorpusCase c = new CorpusCase("43-bao-cao-6-thang-cot-ca-nam", "Biểu 01", NAMDAN,
                "title 6 tháng đầu năm 2025; KH năm 2025 | TH 6 tháng | % so KH | Ước cả năm");
        c.option("questions", "");
        c.row(0, "BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025");
        standardHeader(c, 2, "KH năm 2025", "TH 6 tháng", "% so KH", "Ước cả năm");
        c.row(3, stt(1), "Tổng số lượt khám chữa bệnh", "lượt", imp(9000, "YT07", "2025", "KH:NQ_HDND"),
                imp(4700, "YT07", "2025-6T", "TH"), skip(52.2, DERIVED), imp(9400, "YT07", "2025", "UOC"));
        c.row(4, stt(2), "Số người cao tuổi được khám sức khỏe định kỳ", "người",
                imp(300, "YT08", "2025", "KH:NQ_HDND"), imp(160, "YT08", "2025-6T", "TH"), skip(53.3, DERIVED),
                imp(320, "YT08", "2025", "UOC"));
        return c;
    }

    /**
     * "Thực hiện" over date cells formatted mm/yyyy (01/2026 | 02/2026), as a colleague fills a header by dragging a
     * date: each is its month (before, the cell read 01/01/2026, a day, which gave no month).
     */
    static CorpusCase monthsAsDateCells() {
        CorpusCase c = new CorpusCase("44-thang-la-o-ngay", "Tháng", NAMDAN,
                "Thực hiện over date cells formatted mm/yyyy: 01/2026 | 02/2026");
        c.option("questions", "");
        c.row(0, "STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện");
        c.row(1, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        c.format(1, 3, "mm/yyyy").format(1, 4, "mm/yyyy");
        c.merge(0, 1, 0, 0).merge(0, 1, 1, 1).merge(0, 1, 2, 2).merge(0, 0, 3, 4);
        c.row(2, stt(1), "Số hồ sơ thủ tục hành chính giải quyết trực tuyến", "hồ sơ", imp(40, "HC01", "2026-T01", "TH"),
                imp(38, "HC01", "2026-T02", "TH"));
        c.row(3, stt(2), "Tổng số lượt khám chữa bệnh", "lượt", imp(700, "YT07", "2026-T01", "TH"),
                imp(650, "YT07", "2026-T02", "TH"));
        return c;
    }
}
