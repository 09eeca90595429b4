package vn.baocao.importing.table;

import java.util.List;
import java.util.Objects;
import vn.baocao.importing.encoding.SourceEncoding;

/**
 * One cell as read from a workbook, neutral of the file format. Immutable.
 *
 * @param row            zero-based row index
 * @param column         zero-based column index
 * @param kind           what the cell stores
 * @param resultKind     for a formula the kind of its cached result ({@code BLANK} when the file holds none: see
 *                       {@link #awaitsCalculation()}); otherwise equal to {@code kind}
 * @param text           the text as displayed after legacy-encoding conversion, NFC; "" for a blank cell.
 *                       For numbers it is {@link #displayedNumber()}, for errors the error code
 * @param originalText   the text exactly as stored, before conversion (equal to {@code text} when nothing changed)
 * @param encoding       the encoding the text was found in
 * @param number         the numeric value (number cells, formulas with a numeric result), else {@code null}
 * @param displayedNumber the number as Excel would display it on a Vietnamese PC ("1.435", "3,12%", "15/01/2024"),
 *                       else {@code null}
 * @param numberFormat   the cell's number format string ("#,##0", "0.00%", "General"), or {@code null}
 * @param dateFormatted  true when the number is a date or time by its format
 * @param booleanValue   the boolean value (boolean cells and formulas with a boolean result), else {@code null}
 * @param formula        the formula text without "=" for formula cells, else {@code null}
 * @param errorCode      "#DIV/0!", "#N/A" ... for error cells and formulas with a cached error, else {@code null}
 * @param fontNames      the distinct font names used by the cell (cell font, then rich-text run fonts)
 * @param hiddenRow      true when the cell's row is hidden
 * @param hiddenColumn   true when the cell's column is hidden
 * @param mergedRegion   the merged region the cell belongs to, or {@code null}
 */
public record CellData(
        int row,
        int column,
        CellKind kind,
        CellKind resultKind,
        String text,
        String originalText,
        SourceEncoding encoding,
        Double number,
        String displayedNumber,
        String numberFormat,
        boolean dateFormatted,
        Boolean booleanValue,
        String formula,
        String errorCode,
        List<String> fontNames,
        boolean hiddenRow,
        boolean hiddenColumn,
        MergedRegion mergedRegion) {

    public CellData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resultKind, "resultKind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(encoding, "encoding");
        fontNames = List.copyOf(fontNames);
    }

    /** The A1 reference, e.g. "B10"; made when asked, since most cells of a large sheet are never named. */
    public String reference() {
        return CellReferences.of(row, column);
    }

    public boolean isBlank() {
        return number == null && booleanValue == null && errorCode == null && text.isBlank() && !awaitsCalculation();
    }

    /**
     * A formula whose file holds no result (written by a program that never calculated it): not a blank and not
     * zero, since Excel would show a number only once it calculates.
     */
    public boolean awaitsCalculation() {
        return kind == CellKind.FORMULA && resultKind == CellKind.BLANK;
    }

    public boolean hasNumber() {
        return number != null;
    }

    public boolean isHidden() {
        return hiddenRow || hiddenColumn;
    }

    public boolean isMerged() {
        return mergedRegion != null;
    }

    /** True when the cell is merged but is not the top-left cell that carries the value. */
    public boolean isCoveredByMerge() {
        return mergedRegion != null && !mergedRegion.isTopLeft(row, column);
    }

    /** True when legacy text (TCVN3, VNI, VIQR) was converted. */
    public boolean wasConverted() {
        return encoding.isLegacy();
    }

    /** An empty position of a sheet, placed (what {@code builder(row, column).build().withPlacement(...)} gives). */
    public static CellData blank(int row, int column, boolean hiddenRow, boolean hiddenColumn, MergedRegion region) {
        return new CellData(row, column, CellKind.BLANK, CellKind.BLANK, "", "",
                SourceEncoding.UNICODE, null, null, null, false, null, null, null, List.of(), hiddenRow, hiddenColumn,
                region);
    }

    /**
     * A number cell, exactly what {@code builder(row, column).kind(NUMBER).number(value, displayed, format, date)
     * .fontNames(fontNames).build()} gives, made without a builder: a large sheet is mostly such cells, and the
     * readers make one per cell.
     */
    public static CellData number(int row, int column, double value, String displayed, String format, boolean date,
            List<String> fontNames) {
        return new CellData(row, column, CellKind.NUMBER, CellKind.NUMBER, displayed, displayed,
                SourceEncoding.UNICODE, value, displayed, format, date, null, null, null, fontNames, false, false,
                null);
    }

    public static Builder builder(int row, int column) {
        return new Builder(row, column);
    }

    /** Copy with other hidden/merge flags (used when a sheet knows its hidden rows/columns and merges). */
    public CellData withPlacement(boolean hiddenRow, boolean hiddenColumn, MergedRegion mergedRegion) {
        return new CellData(row, column, kind, resultKind, text, originalText, encoding, number,
                displayedNumber, numberFormat, dateFormatted, booleanValue, formula, errorCode, fontNames,
                hiddenRow, hiddenColumn, mergedRegion);
    }

    /** Builds a {@link CellData}; unset fields default to a blank cell. */
    public static final class Builder {
        private final int row;
        private final int column;
        private CellKind kind = CellKind.BLANK;
        private CellKind resultKind;
        private String text = "";
        private String originalText;
        private SourceEncoding encoding = SourceEncoding.UNICODE;
        private Double number;
        private String displayedNumber;
        private String numberFormat;
        private boolean dateFormatted;
        private Boolean booleanValue;
        private String formula;
        private String errorCode;
        private List<String> fontNames = List.of();

        private Builder(int row, int column) {
            this.row = row;
            this.column = column;
        }

        public Builder kind(CellKind value) {
            this.kind = value;
            return this;
        }

        public Builder resultKind(CellKind value) {
            this.resultKind = value;
            return this;
        }

        public Builder text(String value, String original, SourceEncoding sourceEncoding) {
            this.text = value;
            this.originalText = original;
            this.encoding = sourceEncoding;
            return this;
        }

        public Builder text(String value) {
            return text(value, value, SourceEncoding.UNICODE);
        }

        public Builder number(double value, String displayed, String format, boolean date) {
            this.number = value;
            this.displayedNumber = displayed;
            this.numberFormat = format;
            this.dateFormatted = date;
            return text(displayed);
        }

        public Builder booleanValue(boolean value) {
            this.booleanValue = value;
            return text(value ? "TRUE" : "FALSE");
        }

        public Builder formula(String value) {
            this.formula = value;
            return this;
        }

        public Builder error(String code) {
            this.errorCode = code;
            return text(code);
        }

        public Builder fontNames(List<String> names) {
            this.fontNames = names;
            return this;
        }

        public CellData build() {
            return new CellData(row, column, kind,
                    resultKind == null ? kind : resultKind, text, originalText == null ? text : originalText,
                    encoding, number, displayedNumber, numberFormat, dateFormatted, booleanValue, formula, errorCode,
                    fontNames, false, false, null);
        }
    }
}
