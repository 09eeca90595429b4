package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number read from Vietnamese text, with the words around it kept apart from the value.
 *
 * @param value the number after applying a stand-alone scale word ("38,4 nghìn" → 38400); money units such as
 *              "triệu đồng" are units, not scales, so "15.718 triệu đồng" keeps 15718
 * @param qualifier "trên", "gần" … written before the number, NONE when absent
 * @param unit the text after the number ("triệu đồng", "lượt khách", "%"), empty when none
 * @param scaleWord the scale word that was applied ("nghìn", "triệu", "tỷ" …), empty when none
 * @param writtenValue the number exactly as written, before the scale word (38.4 for "38,4 nghìn")
 * @param writtenDecimals how many digits were written after the comma
 * @param text the original text
 */
public record ParsedNumber(BigDecimal value, Qualifier qualifier, String unit, String scaleWord,
                           BigDecimal writtenValue, int writtenDecimals, String text) {

    public ParsedNumber {
        Objects.requireNonNull(value, "value");
        qualifier = qualifier == null ? Qualifier.NONE : qualifier;
        unit = unit == null ? "" : unit;
        scaleWord = scaleWord == null ? "" : scaleWord;
        writtenValue = writtenValue == null ? value : writtenValue;
    }

    /** Whether the number was written with a trailing "%". */
    public boolean isPercent() {
        return "%".equals(unit);
    }

    /** The factor the scale word stood for: 1, 1000, 1000000 or 1000000000. */
    public BigDecimal multiplier() {
        return VietnameseNumbers.scaleMultiplier(scaleWord);
    }

    /**
     * One unit in the last written place, in the units of {@link #value()}: "961" → 1, "38,4 nghìn" → 100,
     * "14,1" → 0,1. Used to judge whether a figure as written agrees with a computed one.
     */
    public BigDecimal lastWrittenPlace() {
        return BigDecimal.ONE.movePointLeft(writtenDecimals).multiply(multiplier());
    }
}
