package vn.baocao.importing.excel;

/**
 * Reads the {@code <v>} text of a number cell ("8607", "1000.25", "-0.5") to a double. A plain decimal of at most
 * 15 digits is read directly: its digits and its power of ten are both exact doubles, so one division gives the
 * correctly rounded value, the very double {@link Double#parseDouble} gives. Anything else (an exponent, more
 * digits, a stray character) goes to {@link Double#parseDouble}, with its exception.
 */
final class PlainDecimals {
    private static final int MAX_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = new double[MAX_DIGITS + 1];

    static {
        double p = 1;
        for (int i = 0; i <= MAX_DIGITS; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private PlainDecimals() {
    }

    static double parse(String text) {
        double value = parsePlain(text);
        return Double.isNaN(value) ? Double.parseDouble(text) : value;
    }

    /**
     * The value of a plain decimal (no sign but a leading '-', no exponent, no space, at most 15 digits), or NaN
     * when the text is not one: then {@link #parse} asks {@link Double#parseDouble}. Reads any CharSequence, so that
     * the streaming reader parses a cell's {@code <v>} straight from its buffer, without a String per cell.
     */
    static double parsePlain(CharSequence text) {
        int i = 0;
        int length = text.length();
        boolean negative = length > 0 && text.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int decimals = -1; // -1 until the point
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > MAX_DIGITS) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0) {
            return Double.NaN; // "", "-", ".": parseDouble gives its exception
        }
        double value = decimals <= 0 ? digits : digits / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }
}
