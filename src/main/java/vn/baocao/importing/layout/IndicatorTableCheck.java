package vn.baocao.importing.layout;

import java.util.regex.Pattern;

/**
 * Says when a sheet is a list rather than an indicator table: a staff list, a student list, a list of documents or
 * evidence. Its header names people or documents ("Họ và tên", "Ngày sinh", "Chức vụ", "Lớp", "Số hiệu văn bản",
 * "Ngày ban hành") and has no column of indicator values (Kế hoạch, Thực hiện, Ước thực hiện …).
 */
public final class IndicatorTableCheck {
    private static final Pattern LIST_LABEL = Pattern.compile("^(ho (va )?ten|ten (hoc sinh|can bo|nguoi|van ban"
            + "|minh chung|tai lieu|ho so)|ngay(,? thang,? nam)? sinh|nam sinh|gioi tinh|chuc vu|chuc danh|lop\\b"
            + "|so hieu|so ky hieu|so, ky hieu|ngay ban hanh|co quan ban hanh|trich yeu|ma minh chung|minh chung"
            + "|dia chi|so dien thoai|dan toc|trinh do|que quan|ngay vao|ma hoc sinh|ma so)");

    private IndicatorTableCheck() {
    }

    /** The list column that shows the sheet is not an indicator table ("Họ và tên"), or null when it may be one. */
    public static String listLabel(SheetLayout layout) {
        if (!layout.headerFound()) {
            return null;
        }
        boolean values = layout.columns().stream().anyMatch(c -> switch (c.role()) {
            case PLAN, ACTUAL, ESTIMATE, SAME_PERIOD -> true;
            default -> false;
        });
        if (values) {
            return null;
        }
        for (LayoutColumn c : layout.columns()) {
            for (String label : c.headerPath()) {
                if (LIST_LABEL.matcher(TextFolding.fold(label)).find()) {
                    return label;
                }
            }
        }
        return null;
    }
}
