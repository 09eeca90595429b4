package vn.baocao.importing.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.baocao.importing.encoding.Tcvn3Decoder;
import vn.baocao.importing.plan.SheetRefs;

/**
 * One corpus workbook as its author lays it out, with the expected fate of every number written beside it: imported
 * to (indicator, area, period, slot, value), asked about, or skipped for a named reason. Numbers are only placed
 * through {@link #num}, {@link #stt} and {@link #columnNumbers}, so no number is without an expectation.
 */
final class CorpusCase {
    /** What the import must do with one numeric cell. */
    record Expect(String cell, String outcome, String indicator, String area, String period, String slot,
                  String value, String reason) {
        String line() {
            return switch (outcome) {
                case "imported" -> cell + "\timported\t" + indicator + "\t" + area + "\t" + period + "\t" + slot + "\t"
                        + value;
                case "asked" -> cell + "\tasked";
                case "checked" -> cell + "\tchecked\t" + reason;
                default -> cell + "\tskipped\t" + reason;
            };
        }
    }

    /**
     * A number with its expectation, placed by {@link #row}.
     *
     * @param stored the value expected in the store when it is not the cell's ({@link #impConverted}), else null
     */
    record Num(double value, String display, String outcome, String indicator, String period, String slot,
               String area, String reason, boolean text, Double stored) {
        Num(double value, String display, String outcome, String indicator, String period, String slot, String area,
                String reason, boolean text) {
            this(value, display, outcome, indicator, period, slot, area, reason, text, null);
        }
    }

    final String name;
    final String description;
    final Map<String, String> request = new LinkedHashMap<>();
    final List<Expect> expects = new ArrayList<>();
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private Sheet sheet;
    private String sheetRef;
    private String area;
    private final Map<String, CellStyle> styles = new HashMap<>();

    CorpusCase(String name, String sheetName, String area, String description) {
        this.name = name;
        this.description = description;
        this.area = area;
        sheet(sheetName);
        if (area != null) {
            request.put("area", area);
        }
    }

    CorpusCase sheet(String sheetName) {
        sheet = wb.createSheet(sheetName);
        sheetRef = SheetRefs.quote(sheetName);
        return this;
    }

    /** The area expected for imported numbers when the request names none (read from the title). */
    CorpusCase expectArea(String code) {
        this.area = code;
        return this;
    }

    CorpusCase option(String key, String value) {
        request.put(key, value);
        return this;
    }

    // ------------------------------------------------------------------ expectations

    static Num imp(double value, String indicator, String period, String slot) {
        return new Num(value, null, "imported", indicator, period, slot, null, null, false);
    }

    /** A number written in a row's unit ("nghìn đồng") and stored in the catalog's ("triệu đồng") as {@code stored}. */
    static Num impConverted(double written, double stored, String indicator, String period, String slot) {
        return new Num(written, null, "imported", indicator, period, slot, null, null, false, stored);
    }

    /** A number typed as text ("1.435", "8.599,376") imported as {@code value}. */
    static Num impText(String text, double value, String indicator, String period, String slot) {
        return new Num(value, text, "imported", indicator, period, slot, null, null, true);
    }

    static Num asked(double value) {
        return new Num(value, null, "asked", null, null, null, null, null, false);
    }

    /** A comparison cell recomputed from the row's figures: {@code agrees} or a colleague's wrong number. */
    static Num checked(double value, boolean agrees) {
        return new Num(value, null, "checked", null, null, null, null, agrees ? "khớp" : "không khớp", false);
    }

    /** A comparison cell with a number format ("0.0", "0.00%"): checked as displayed. */
    CorpusCase format(int r, int c, String format) {
        rowOf(r).getCell(c).setCellStyle(style(format, format));
        return this;
    }

    static Num skip(double value, String reason) {
        return new Num(value, null, "skipped", null, null, null, null, reason, false);
    }

    /** An STT number (skipped). */
    static Num stt(int n) {
        return skip(n, "cột số thứ tự (STT)");
    }

    // ------------------------------------------------------------------ cells

    /** Writes a row from column A: strings as text, {@link Num}s as numbers with their expectation, null as blank. */
    CorpusCase row(int r, Object... cells) {
        return rowAt(r, 0, cells);
    }

    CorpusCase rowAt(int r, int firstColumn, Object... cells) {
        Row row = rowOf(r);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            int c = firstColumn + i;
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Num n) {
                if (n.text()) {
                    cell.setCellValue(n.display());
                } else {
                    cell.setCellValue(n.value());
                }
                expect(cell, n);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(style("date", "dd/mm/yyyy"));
            } else {
                throw new IllegalArgumentException("cell " + v);
            }
        }
        return this;
    }

    /** A column-number row ("A | B | C | 1 | 2 | 3 | 4=3/2"): digits written as numbers, as Excel users do. */
    CorpusCase columnNumbers(int r, String... labels) {
        Row row = rowOf(r);
        for (int c = 0; c < labels.length; c++) {
            if (labels[c] == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (labels[c].matches("\\d+")) {
                cell.setCellValue(Integer.parseInt(labels[c]));
                expect(cell, skip(Integer.parseInt(labels[c]), "hàng số thứ tự cột"));
            } else {
                cell.setCellValue(labels[c]);
            }
        }
        return this;
    }

    /** Text in a legacy TCVN3 font (.VnTime): the reader must convert it back. */
    CorpusCase tcvn3(int r, int c, String unicode) {
        Cell cell = rowOf(r).createCell(c);
        cell.setCellValue(Tcvn3Encoder.encode(unicode));
        CellStyle s = styles.computeIfAbsent("vntime", k -> {
            CellStyle st = wb.createCellStyle();
            Font f = wb.createFont();
            f.setFontName(".VnTime");
            st.setFont(f);
            return st;
        });
        cell.setCellStyle(s);
        return this;
    }

    /** Text in the VNI-Times font, already encoded. */
    CorpusCase vni(int r, int c, String vniText) {
        Cell cell = rowOf(r).createCell(c);
        cell.setCellValue(vniText);
        CellStyle s = styles.computeIfAbsent("vni", k -> {
            CellStyle st = wb.createCellStyle();
            Font f = wb.createFont();
            f.setFontName("VNI-Times");
            st.setFont(f);
            return st;
        });
        cell.setCellStyle(s);
        return this;
    }

    CorpusCase merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        return this;
    }

    CorpusCase hideRow(int r) {
        rowOf(r).setZeroHeight(true);
        return this;
    }

    CorpusCase hideColumn(int c) {
        sheet.setColumnHidden(c, true);
        return this;
    }

    /** Every number of the data area is expected to be skipped for this reason (a list sheet). */
    CorpusCase percentFormat(int r, int c) {
        rowOf(r).getCell(c).setCellStyle(style("pct", "0.00%"));
        return this;
    }

    private CellStyle style(String key, String format) {
        return styles.computeIfAbsent(key, k -> {
            CellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat(format));
            return st;
        });
    }

    private Row rowOf(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private void expect(Cell cell, Num n) {
        String ref = sheetRef + "!" + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
        String shown = n.outcome().equals("imported") ? plain(n.stored() != null ? n.stored() : n.value()) : null;
        expects.add(new Expect(ref, n.outcome(), n.indicator(), n.area() != null ? n.area() : area, n.period(), n.slot(),
                shown, n.reason()));
    }

    static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** The expectation file: the request, then one line per numeric cell. */
    String expectedText() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(description).append('\n');
        request.forEach((k, v) -> sb.append("@").append(k).append('=').append(v).append('\n'));
        for (Expect e : expects) {
            sb.append(e.line()).append('\n');
        }
        return sb.toString();
    }

    void write(Path dir) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".xlsx"))) {
            wb.write(out);
        }
        Files.writeString(dir.resolve(name + ".expected.tsv"), expectedText());
    }
}
