package vn.baocao.importing.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The displayed text of a number for the few formats almost every sheet uses (General, "0", "0.00", "#,##0",
 * "#,##0.00", "0%", "0.00%" ...), written directly instead of through {@code DataFormatter}, which costs about
 * as much per cell as parsing the whole sheet. The output is what {@code new DataFormatter(vi-VN)
 * .formatCellValue(cell)} gives in POI 5.5: it formats {@code BigDecimal.valueOf(value)} (the shortest decimal
 * of the double, not Excel's 15 digits) with {@code DecimalFormat}, rounding half up, grouping with "." and a
 * decimal comma; a negative number that rounds to zero keeps its minus sign ("-0,00"), as DecimalFormat does.
 * {@link #format} returns {@code null} for a value it does not cover (scientific General, NaN, a General decimal
 * that DecimalFormat would round once more); the caller then asks DataFormatter itself.
 */
abstract class FastNumberFormat {
    private static final Pattern FIXED = Pattern.compile("(#,##)?0(?:\\.(0{1,10}))?(%)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The formatter for a format string, or {@code null} when it is not one of the simple ones. */
    static FastNumberFormat of(String formatString) {
        if (formatString == null) {
            return null;
        }
        if ("General".equalsIgnoreCase(formatString) || "@".equals(formatString)) {
            return new General();
        }
        Matcher m = FIXED.matcher(formatString);
        if (m.matches()) {
            return new Fixed(m.group(1) != null, m.group(2) == null ? 0 : m.group(2).length(), m.group(3) != null);
        }
        return null;
    }

    /** The displayed text, or {@code null} when DataFormatter must do it. */
    abstract String format(double value);

    /** Excel's General as POI's ExcelGeneralNumberFormat renders it (up to 10 significant digits, no grouping). */
    private static final class General extends FastNumberFormat {
        private static final MathContext TEN_DIGITS = new MathContext(10, RoundingMode.HALF_UP);

        @Override
        String format(double value) {
            if (!Double.isFinite(value)) {
                return null;
            }
            double abs = Math.abs(value);
            if (abs >= 1E11 || (abs <= 1E-10 && abs > 0)) {
                return null; // scientific notation
            }
            if (Math.floor(value) == value) {
                return Long.toString((long) value); // also turns -0.0 into "0", as BigDecimal.valueOf does
            }
            if (abs >= 1E10) {
                BigDecimal whole = BigDecimal.valueOf(abs).setScale(0, RoundingMode.HALF_UP);
                return (value < 0 ? "-" : "") + whole.toPlainString();
            }
            String shortest = shortestIfExact(abs);
            if (shortest != null) {
                return (value < 0 ? "-" : "") + shortest;
            }
            // POI rounds to 10 significant digits, then formats that double with "#.##########"
            double rounded = BigDecimal.valueOf(value).round(TEN_DIGITS).doubleValue();
            BigDecimal shown = new BigDecimal(Double.toString(Math.abs(rounded))).stripTrailingZeros();
            if (shown.scale() > 10) {
                return null; // DecimalFormat would round the double again
            }
            return (rounded < 0 ? "-" : "") + shown.toPlainString().replace('.', ',');
        }
    }

    /**
     * The text of a positive non-whole double whose shortest decimal ({@link Double#toString}) is plain, with at
     * most ten significant digits and ten decimals ("1000.25" → "1000,25"), else {@code null}. For such a value
     * POI's rounding to ten digits gives the same double back, so the slow path would print this very decimal;
     * most decimals in a sheet are short ones, and this skips two BigDecimals and a parse per cell.
     */
    static String shortestIfExact(double abs) {
        String s = Double.toString(abs);
        int point = s.indexOf('.');
        if (point < 0 || s.indexOf('E') >= 0 || s.endsWith(".0") || s.length() - point - 1 > 10) {
            return null;
        }
        int significant = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && (significant > 0 || c != '0')) {
                significant++;
            }
        }
        return significant > 10 ? null : s.replace('.', ',');
    }

    /** "0", "0.00", "#,##0.0", "0%", "#,##0.00%" ...: fixed decimals, optional grouping and percent. */
    private static final class Fixed extends FastNumberFormat {
        private final boolean grouping;
        private final int decimals;
        private final boolean percent;

        Fixed(boolean grouping, int decimals, boolean percent) {
            this.grouping = grouping;
            this.decimals = decimals;
            this.percent = percent;
        }

        @Override
        String format(double value) {
            if (!Double.isFinite(value)) {
                return null;
            }
            BigDecimal number = BigDecimal.valueOf(value);
            if (percent) {
                number = number.multiply(HUNDRED);
            }
            boolean negative = number.signum() < 0;
            String digits = number.abs().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            int point = decimals > 0 ? digits.length() - decimals - 1 : digits.length();
            StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 3);
            if (negative) {
                out.append('-');
            }
            for (int i = 0; i < point; i++) {
                if (grouping && i > 0 && (point - i) % 3 == 0) {
                    out.append('.');
                }
                out.append(digits.charAt(i));
            }
            if (decimals > 0) {
                out.append(',').append(digits, point + 1, digits.length());
            }
            if (percent) {
                out.append('%');
            }
            return out.toString();
        }
    }
}
