package vn.baocao.store;

import java.math.BigDecimal;

/** How decimals are kept in the database: plain text, trailing zeros dropped, so values compare as written. */
final class Decimals {
    private Decimals() {
    }

    static String toText(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static BigDecimal fromText(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
