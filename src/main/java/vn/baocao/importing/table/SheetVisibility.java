package vn.baocao.importing.table;

/** Whether a sheet is shown in Excel's tab bar. */
public enum SheetVisibility {
    VISIBLE,
    /** Hidden; the user can unhide it in Excel. */
    HIDDEN,
    /** Hidden so that only a macro can unhide it. */
    VERY_HIDDEN
}
