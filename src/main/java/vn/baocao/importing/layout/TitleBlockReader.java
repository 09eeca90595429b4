package vn.baocao.importing.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.SheetTable;

/**
 * Reads the title rows above the header: the form number ("Biểu 01"), the period ("năm 2023", "6 tháng đầu năm
 * 2024", "Quý I/2024") and the area ("xã Nấm Dẩn"), also from a key-value block ("Địa bàn: | Xã Nâm N'Jang").
 */
final class TitleBlockReader {
    private static final Pattern FORM = Pattern.compile("(?iu)\\bbiểu(?:\\s+(?:mẫu\\s+)?số)?\\s*:?\\s*([0-9]+[a-z]?)\\b");
    private static final Pattern PERIOD = Pattern.compile("(?iu)(quý\\s+[IV]+\\s*/\\s*\\d{4}|"
            + "(?:\\d{1,2}|sáu|chín)\\s+tháng(?:\\s+đầu)?(?:\\s+năm)?\\s*\\d{4}|tháng\\s+\\d{1,2}\\s*(?:/|năm)\\s*\\d{4}|"
            + "năm(?:\\s+học)?\\s+\\d{4}(?:\\s*-\\s*\\d{4})?|giai đoạn\\s+\\d{4}\\s*-\\s*\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
    private static final String AREA_WORD = "(?!(?:năm|tháng|quý|giai|đến|của|về|NĂM|THÁNG|QUÝ|GIAI|ĐẾN|CỦA|VỀ)\\b)"
            + "[\\p{Lu}][\\p{L}'’\\-]*";
    private static final Pattern AREA = Pattern.compile("(?iu)\\b((?:xã(?!\\s+hội)|phường|thị trấn|huyện|thị xã|"
            + "thành phố|tỉnh)\\s+(?-i)" + AREA_WORD + "(?:\\s+" + AREA_WORD + ")*)");
    private static final Pattern KEYED_AREA = Pattern.compile("^(dia ban|don vi( bao cao)?|ten don vi) ?: ?\\S");
    private static final Pattern DATE_IN_TEXT = Pattern.compile("(?iu)ngày\\s+\\d{1,2}[/ ]");

    private TitleBlockReader() {
    }

    static TitleInfo read(SheetTable sheet, int endRowExclusive) {
        return read(sheet, 0, endRowExclusive);
    }

    static TitleInfo read(SheetTable sheet, int fromRow, int endRowExclusive) {
        List<String> lines = new ArrayList<>();
        String area = null;
        for (int r = fromRow; r < endRowExclusive; r++) {
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < sheet.columnCount(); c++) {
                CellData cell = sheet.cell(r, c);
                if (!cell.isCoveredByMerge() && !cell.isBlank()) {
                    texts.add(TextFolding.collapseSpaces(cell.text()));
                }
            }
            if (texts.isEmpty()) {
                continue;
            }
            String key = TextFolding.fold(texts.get(0));
            if (texts.size() > 1 && namesArea(key)) {
                area = texts.get(1);
            } else if (area == null && KEYED_AREA.matcher(key).find()) {
                area = texts.get(0).substring(texts.get(0).indexOf(':') + 1).strip(); // "Địa bàn: Xã Thuận Hạnh"
            }
            lines.add(String.join(" ", texts));
        }
        String form = null;
        String period = null;
        Integer year = null;
        for (String line : lines) {
            Matcher f = FORM.matcher(line);
            if (form == null && f.find()) {
                form = f.group(1);
            }
            Matcher p = PERIOD.matcher(line);
            if (period == null && p.find() && !DATE_IN_TEXT.matcher(line.substring(0, p.start())).find()) {
                period = p.group(1);
                Matcher y = YEAR.matcher(period);
                if (y.find()) {
                    year = Integer.valueOf(y.group(1));
                }
            }
            Matcher a = AREA.matcher(line);
            if (area == null && a.find()) {
                area = a.group(1);
            }
        }
        return new TitleInfo(lines, form, year, period, area);
    }

    /** A title cell keying the area in the cell beside it ("Địa bàn:", "Đơn vị:"), not "Đơn vị tính:", a unit. */
    private static boolean namesArea(String foldedKey) {
        return foldedKey.startsWith("dia ban")
                || foldedKey.startsWith("don vi") && !foldedKey.startsWith("don vi tinh");
    }
}
