package vn.baocao.importing.values;

import java.math.BigDecimal;
import java.math.MathContext;
import vn.baocao.domain.NumberParseResult;
import vn.baocao.domain.ParsedNumber;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.table.CellKind;
import vn.baocao.importing.text.ImportText;

/**
 * Reads the value of one cell the Vietnamese way. Number cells are taken as stored (whatever their display
 * format), a "%" format meaning the stored fraction is a percent (0,0312 → 3,12). Formula cells give their cached
 * result. Text is read with {@link VietnameseNumbers#parse}: "8.599,376", "125,87%", "15.718 triệu đồng",
 * "trên 33,5"; an ambiguous "1,435" keeps both readings.
 */
public final class CellValueReader {
    /** Doubles carry binary noise (0,1 + 0,2 = 0,30000000000000004): keep 15 significant digits, as Excel shows. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CellValueReader() {
    }

    public static CellValue read(CellData cell) {
        if (cell.errorCode() != null) {
            return CellValue.error(ImportText.get("cellValueReader.oCoLoiKhong", cell.errorCode(), (cell.formula() != null ? ImportText.get("cellValueReader.congThuc", cell.formula()) : "")));
        }
        if (cell.awaitsCalculation()) {
            return CellValue.error(ImportText.get("cellValueReader.congThucChuaTinh", cell.formula()));
        }
        CellKind kind = cell.resultKind();
        if (kind == CellKind.BOOLEAN) {
            return CellValue.error(ImportText.get("cellValueReader.oGhiKhongPhai", cell.text()));
        }
        if (cell.hasNumber()) {
            if (cell.dateFormatted()) {
                return CellValue.error(ImportText.get("cellValueReader.oLaNgayThang", cell.text()));
            }
            return CellValue.number(fromDouble(cell.number(), cell.numberFormat()), null, "", null);
        }
        return readText(cell.text());
    }

    /** A stored double as a decimal; a cell formatted as percent holds the fraction, stored here as percent. */
    public static BigDecimal fromDouble(double number, String format) {
        // Whole numbers below 10^15 are exact in a double and need no rounding to Excel's 15 digits: the same
        // decimal as the general path (scale 0, a percent times 100 still whole), without expanding the double's
        // binary fraction or stripping zeros (most cells are counts).
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            long whole = (long) number;
            return BigDecimal.valueOf(format != null && isPercentFormat(format) ? whole * 100 : whole);
        }
        BigDecimal few = fewDecimals(number, format != null && isPercentFormat(format));
        if (few != null) {
            return few;
        }
        BigDecimal value = new BigDecimal(number).round(EXCEL_DIGITS);
        if (format != null && isPercentFormat(format)) {
            value = value.multiply(HUNDRED);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** 10^0 … 10^9, each exact in a double. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final long FIFTEEN_DIGITS = 1_000_000_000_000_000L;

    /**
     * The general rule's decimal of a number with at most 9 decimals and 15 significant digits ("1234,25"), made
     * without expanding the double's binary fraction (the general path's cost in a cold JVM); null for any other.
     * If m / 10^k (m below 10^15) rounds to this very double, it lies within half a unit in the last place of it,
     * far closer than half a unit of the 15th digit: rounding the double to 15 digits gives m / 10^k itself. The
     * smallest such k makes m end in a non-zero digit, so the decimal has no trailing zero to strip.
     */
    static BigDecimal fewDecimals(double number, boolean percent) {
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            double power = POWERS_OF_TEN[k];
            long m = Math.round(number * power);
            if (m >= FIFTEEN_DIGITS || m <= -FIFTEEN_DIGITS) {
                return null;
            }
            // both exact in a double, so the division is the correctly rounded value of the decimal m / 10^k
            if (m / power == number) {
                if (m % 10 == 0) {
                    return null; // not met for the smallest k; left to the general rule all the same
                }
                if (!percent) {
                    return BigDecimal.valueOf(m, k);
                }
                return k > 2 ? BigDecimal.valueOf(m, k - 2) : BigDecimal.valueOf(k == 1 ? m * 10 : m);
            }
        }
        return null;
    }

    /** The last format asked about and its answer: a sheet's cells share a few formats (one holder: thread-safe). */
    private record PercentFormat(String format, boolean percent) {
    }

    private static volatile PercentFormat lastFormat = new PercentFormat("General", false);

    private static boolean isPercentFormat(String format) {
        PercentFormat last = lastFormat;
        if (last.format().equals(format)) {
            return last.percent();
        }
        boolean percent = scanForPercent(format);
        lastFormat = new PercentFormat(format, percent);
        return percent;
    }

    private static boolean scanForPercent(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '\\') {
                i++;
            } else if (ch == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    public static CellValue readText(String text) {
        NumberParseResult r = VietnameseNumbers.parse(text);
        String written = text.strip();
        return switch (r.status()) {
            case OK -> {
                ParsedNumber n = r.number();
                yield CellValue.number(n.value(), n.qualifier(), n.unit(), written);
            }
            case NO_VALUE -> CellValue.noValue(r.message());
            case AMBIGUOUS -> new CellValue(CellValue.Status.AMBIGUOUS, r.number().value(), r.alternative().value(),
                    r.number().qualifier(), r.number().unit(), written, r.message());
            case INVALID -> CellValue.error(r.message());
        };
    }
}
