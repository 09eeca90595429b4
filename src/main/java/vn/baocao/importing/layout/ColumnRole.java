package vn.baocao.importing.layout;

/** What a column of an indicator sheet holds, recognised from its header path. */
public enum ColumnRole {
    /** STT, TT, Số thứ tự. */
    STT,
    /** Chỉ tiêu, Tên chỉ tiêu, Nội dung, Danh mục. */
    NAME,
    /** ĐVT, Đơn vị tính. */
    UNIT,
    /** KH, Kế hoạch. */
    PLAN,
    /** TH, Thực hiện. */
    ACTUAL,
    /** ƯTH, Ước thực hiện, Ước tính, Ước cả năm. */
    ESTIMATE,
    /** Cùng kỳ (the same period last year). */
    SAME_PERIOD,
    /** So sánh %, So với ..., Tỷ lệ %, "ƯTH2020/ƯTH2019". */
    COMPARISON,
    /** Ghi chú. */
    NOTE,
    /** A value column whose meaning was not recognised (the user maps it in the preview). */
    VALUE;

    public boolean isValue() {
        return this == PLAN || this == ACTUAL || this == ESTIMATE || this == SAME_PERIOD || this == COMPARISON
                || this == VALUE;
    }
}
