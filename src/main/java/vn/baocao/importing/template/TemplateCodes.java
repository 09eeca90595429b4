package vn.baocao.importing.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.SheetTable;

/**
 * The hidden codes of a BaoCao data-entry template: a hidden row whose first cell is {@link #MARKER} and whose other
 * cells hold "AREA|PERIOD|SLOT" for each value column, and a hidden first column holding the indicator code of each
 * data row. With them a filled template is imported without matching any name.
 *
 * @param codeRow    zero-based row of the codes
 * @param columns    column index → "XINMAN.NAMDAN|2024|TH" (SLOT: TH, UOC, KH:NQ_HDND …)
 * @param indicators data row index → indicator code
 */
public record TemplateCodes(int codeRow, Map<Integer, String[]> columns, Map<Integer, String> indicators) {
    public static final String MARKER = "#BAOCAO-MAU-NHAP-v1";
    /** The template's code row lies within the first rows. */
    private static final int SEARCH_ROWS = 12;

    /** Reads the codes of a sheet, when it is a BaoCao template. */
    public static Optional<TemplateCodes> read(SheetTable sheet) {
        for (int r = 0; r < Math.min(SEARCH_ROWS, sheet.rowCount()); r++) {
            if (MARKER.equals(sheet.cell(r, 0).text().strip())) {
                return Optional.of(read(sheet, r));
            }
        }
        return Optional.empty();
    }

    private static TemplateCodes read(SheetTable sheet, int codeRow) {
        Map<Integer, String[]> columns = new LinkedHashMap<>();
        for (int c = 1; c < sheet.columnCount(); c++) {
            String code = sheet.cell(codeRow, c).text().strip();
            if (!code.isEmpty()) {
                String[] parts = code.split("\\|", -1);
                if (parts.length == 3) {
                    columns.put(c, parts);
                }
            }
        }
        Map<Integer, String> indicators = new LinkedHashMap<>();
        for (int r = codeRow + 1; r < sheet.rowCount(); r++) {
            if (sheet.regionAt(r, 0) != null) {
                continue; // the header band ("Mã" merged over two rows)
            }
            CellData cell = sheet.cell(r, 0);
            String code = cell.text().strip();
            if (!code.isEmpty() && !cell.hasNumber()) {
                indicators.put(r, code);
            }
        }
        return new TemplateCodes(codeRow, columns, indicators);
    }
}
