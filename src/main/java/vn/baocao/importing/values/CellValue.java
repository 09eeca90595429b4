package vn.baocao.importing.values;

import java.math.BigDecimal;
import vn.baocao.domain.Qualifier;

/**
 * What one value cell says, before it is matched to an indicator.
 *
 * @param value         the number (percent cells as percent: 3,12% → 3.12); null unless NUMBER
 * @param alternative   for AMBIGUOUS: the reading with "," as thousands separator (value holds the decimal reading)
 * @param unit          the unit written after the number ("triệu đồng", "%"), else ""
 * @param textAsWritten the text a clerk typed (text cells only), else null
 * @param message       why the cell is not a plain number (Vietnamese), else ""
 */
public record CellValue(Status status, BigDecimal value, BigDecimal alternative, Qualifier qualifier, String unit,
                        String textAsWritten, String message) {

    public enum Status {
        /** One clear number. */
        NUMBER,
        /** "", "-", "x", "…": no figure (not zero); skipped. */
        NO_VALUE,
        /** "1,435": decimal or thousands; decided per column or asked. */
        AMBIGUOUS,
        /** An error cell, a date, TRUE/FALSE, or text that is not a number. */
        ERROR
    }

    public CellValue {
        qualifier = qualifier == null ? Qualifier.NONE : qualifier;
        unit = unit == null ? "" : unit;
        message = message == null ? "" : message;
    }

    static CellValue number(BigDecimal value, Qualifier qualifier, String unit, String text) {
        return new CellValue(Status.NUMBER, value, null, qualifier, unit, text, "");
    }

    static CellValue noValue(String message) {
        return new CellValue(Status.NO_VALUE, null, null, null, null, null, message);
    }

    static CellValue error(String message) {
        return new CellValue(Status.ERROR, null, null, null, null, null, message);
    }

    /** The ambiguous cell read one way: {@code thousands} true takes "1,435" as 1435. */
    public CellValue resolved(boolean thousands) {
        if (status != Status.AMBIGUOUS) {
            return this;
        }
        return new CellValue(Status.NUMBER, thousands ? alternative : value, null, qualifier, unit, textAsWritten, "");
    }

    /**
     * The number multiplied by {@code factor} (a figure converted to another unit), all else kept; an ambiguous
     * cell's other reading is converted alike, so that either answer to its question lands in the catalog's unit.
     */
    public CellValue times(BigDecimal factor) {
        return new CellValue(status, product(value, factor), alternative == null ? null : product(alternative, factor),
                qualifier, unit, textAsWritten, message);
    }

    private static BigDecimal product(BigDecimal number, BigDecimal factor) {
        BigDecimal product = number.multiply(factor).stripTrailingZeros();
        return product.scale() < 0 ? product.setScale(0) : product;
    }

    public boolean isNumber() {
        return status == Status.NUMBER;
    }
}
