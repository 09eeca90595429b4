package vn.baocao.importing.layout;

import java.util.regex.Pattern;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.text.ImportText;

/**
 * Tells rows that are not indicator data from data rows: the footer and signature block that end a table
 * ("Người lập biểu", "TM. ỦY BAN NHÂN DÂN", "Thuận Hạnh, ngày 15 tháng 01 năm 2024", a lone date), and notes
 * ("Ghi chú: …", "(*) Số liệu ước tính") that are skipped inside it.
 */
final class RowKinds {
    static final String COLUMN_NUMBERS = ImportText.get("rowKinds.hangSoThuTu");
    static final String NOTE = ImportText.get("rowKinds.dongGhiChu");
    static final String REPEATED_HEADER = ImportText.get("rowKinds.tieuDeBang");
    private static final Pattern FOOTER = Pattern.compile("^(nguoi (lap|ky|tong hop|bao cao)|t\\.? ?/? ?m\\.? ?(uy ban|ubnd|dang uy|ban|hoi dong|chi bo)|kt\\.? ?(chu tich|truong|giam doc)"
            + "|thu truong|(pho )?chu tich\\b|ke toan\\b|xac nhan|noi nhan|can bo (lap|tong hop|thong ke)"
            + "|ngay \\S+ thang \\S+ nam|.{0,40}, ngay \\d{1,2}|(\\(?ky,? )?(ghi ro )?ho (va )?ten\\b)");
    private static final Pattern NOTE_TEXT = Pattern.compile("^(\\(\\*+\\)|\\*+ ?\\S|ghi chu ?:|chu thich ?:|nguon ?:"
            + "|luu y ?:)");
    private static final Pattern DATE_TEXT = Pattern.compile("^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}$");

    private RowKinds() {
    }

    /** A row of the footer or signature block: the table ends above it. */
    static boolean isFooter(SheetTable sheet, int row, int sttColumn) {
        if (sttColumn >= 0 && SttToken.parse(sheet.cell(row, sttColumn).text()) != null) {
            return false;
        }
        int dates = 0;
        int texts = 0;
        for (int c = 0; c < sheet.columnCount(); c++) {
            CellData cell = sheet.cell(row, c);
            if (cell.isCoveredByMerge() || cell.isBlank()) {
                continue;
            }
            if (cell.hasNumber()) {
                if (!cell.dateFormatted()) {
                    return false;
                }
                dates++;
                continue;
            }
            String folded = TextFolding.fold(cell.text());
            if (FOOTER.matcher(folded).find()) {
                return true;
            }
            if (DATE_TEXT.matcher(folded).matches()) {
                dates++;
            }
            texts++;
        }
        // a lone date is the signing date; a row of dates is the header's period row ("31/12/2024 | 31/12/2025")
        return dates == 1 && texts <= 1;
    }

    /** A note line inside or under the table ("Ghi chú: …", "(*) …"). */
    static boolean isNote(String name) {
        return NOTE_TEXT.matcher(TextFolding.fold(name)).find();
    }
}
