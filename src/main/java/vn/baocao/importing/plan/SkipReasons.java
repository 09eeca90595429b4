package vn.baocao.importing.plan;

/** The reasons a numeric cell is not imported, as the dry run lists them (one wording per reason). */
final class SkipReasons {
    static final String STT = "cột số thứ tự (STT)";
    static final String LABEL_COLUMN = "cột tên, đơn vị tính hoặc ghi chú";
    static final String DERIVED = "cột so sánh, tăng trưởng, tỷ lệ (số suy ra)";
    static final String DERIVED_UNCHECKED = "cột so sánh, tăng trưởng, tỷ lệ (số suy ra): thiếu số để tính lại";
    static final String COLUMN_CHOSEN = "cột bỏ qua theo lựa chọn";
    static final String ROW_CHOSEN = "dòng bỏ qua theo lựa chọn";
    static final String HIDDEN_ROW = "dòng ẩn";
    static final String HIDDEN_COLUMN = "cột ẩn";
    static final String TITLE = "phần tiêu đề phía trên bảng";
    static final String HEADER = "tiêu đề cột";
    static final String COLUMN_NUMBERS = "hàng số thứ tự cột";
    static final String NOTE_ROW = "dòng ghi chú";
    static final String FOOTER = "chân biểu, chữ ký, ngày tháng";
    static final String OUTSIDE = "ngoài bảng số liệu";
    static final String NO_NAME = "dòng không có tên chỉ tiêu";
    static final String NOT_INDICATOR_TABLE = "trang không phải bảng chỉ tiêu";
    static final String NO_PERIOD_TYPE = "kỳ không có trong các loại kỳ của BaoCao";
    static final String DUPLICATE = "trùng giá trị với ô khác cùng chỉ tiêu, kỳ";
    static final String MANUAL_KEPT = "giữ số đã nhập tay";
    static final String ERRONEOUS_ROW = "để lại vì dòng có lỗi (ghi phần sạch)";
    static final String TEMPLATE_UNMAPPED = "ngoài các dòng, cột có mã của biểu nhập";

    private SkipReasons() {
    }
}
