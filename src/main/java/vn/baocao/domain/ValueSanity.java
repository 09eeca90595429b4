package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import vn.baocao.domain.text.DomainText;

/**
 * Whether a figure can be true for its indicator, decided from the indicator's kind and unit. The one rule every
 * write path applies (values set, the grid, the import, plan targets):
 * <ul>
 * <li>at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits and at most as many before the decimal comma (the
 *     precision a spreadsheet keeps; anything longer is a pasted or forged string, not a figure);</li>
 * <li>"-0" is stored as 0;</li>
 * <li>counts (SLd, SLt), averages and statuses are not negative; a count of whole things (người, hộ, vụ, …) with
 *     decimals is flagged (an average population may be computed with decimals); a sum of money, an area or a
 *     weight (triệu đồng, ha, tấn) may have decimals;</li>
 * <li>a change (Δ, điểm %) may be negative; a rate (%) may be negative or above 100 (a growth rate, a plan
 *     exceeded) but is then flagged for the clerk to look at, not refused.</li>
 * </ul>
 */
public final class ValueSanity {
    public static final int MAX_SIGNIFICANT_DIGITS = 15;

    /** Units of things counted one by one; the first word(s) of the catalog's unit ("vụ; người" → "vụ"). */
    private static final Set<String> WHOLE_UNITS = Set.of("người", "hộ", "cặp", "lượt", "vụ", "htx", "sản phẩm",
            "trường", "học viên", "lao động", "buổi", "hồ sơ", "tiêu chí", "xã", "thôn", "bản", "tổ", "cơ sở",
            "doanh nghiệp", "con", "cái", "chiếc", "trẻ", "học sinh", "lớp", "phòng", "công trình", "dự án", "nhà",
            "căn", "đơn vị", "thôn, bản", "hợp tác xã", "gia đình", "đảng viên", "hội viên", "đoàn viên", "bệnh nhân");

    /** The outcome: the value to store, and either nothing, a refusal or a warning (Vietnamese). */
    public record Check(BigDecimal value, String refusal, String warning) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private ValueSanity() {
    }

    public static Check check(Indicator indicator, BigDecimal value) {
        return check(indicator.kind(), indicator.unit(), value);
    }

    public static Check check(IndicatorKind kind, String unit, BigDecimal value) {
        return check(kind, unit, value, true);
    }

    /**
     * {@link #check(Indicator, BigDecimal)} without the warning's text (always null): the store only refuses and
     * never shows a warning, and building the text for each of 100 000 imported values was a third of its check.
     */
    public static Check refusalOnly(Indicator indicator, BigDecimal value) {
        return check(indicator.kind(), indicator.unit(), value, false);
    }

    private static Check check(IndicatorKind kind, String unit, BigDecimal value, boolean warn) {
        if (value == null) {
            return new Check(null, null, null);
        }
        if (value.signum() == 0) {
            return new Check(BigDecimal.ZERO.setScale(Math.max(0, value.scale())), null, null);
        }
        // the digits before the comma do not change with trailing zeros, and stripping them (a new BigDecimal per
        // value) is only needed when the written precision is over the limit
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > MAX_SIGNIFICANT_DIGITS) {
            return refuse(value, DomainText.get("valueSanity.soQuaLonChu", integerDigits, MAX_SIGNIFICANT_DIGITS));
        }
        int significant = value.precision() > MAX_SIGNIFICANT_DIGITS ? value.stripTrailingZeros().precision()
                : value.precision();
        if (significant > MAX_SIGNIFICANT_DIGITS) {
            return refuse(value, DomainText.get("valueSanity.quaNhieuChuSo", significant, MAX_SIGNIFICANT_DIGITS));
        }
        boolean negative = value.signum() < 0;
        switch (kind) {
            case CHANGE -> {
                return ok(value);
            }
            case RATE -> {
                if (warn && doubt(kind, unit, value) == Doubt.RATE_OUTSIDE_0_100) {
                    return new Check(value, null, DomainText.get("valueSanity.tyLeNamNgoai", show(value)));
                }
                return ok(value);
            }
            case COUNT_FLOW, COUNT_STOCK, AVERAGE, STATUS -> {
                if (negative) {
                    return refuse(value, DomainText.get("valueSanity.soAmKhongDung", kindWord(kind), (unitKey(unit).isEmpty() ? "" : DomainText.get("valueSanity.donVi", unit.strip()))));
                }
                if (warn && doubt(kind, unit, value) == Doubt.WHOLE_COUNT_WITH_DECIMALS) {
                    // flagged, not refused: an average population ("Dân số trung bình") may be computed with decimals
                    return new Check(value, null, DomainText.get("valueSanity.soDemTheoThuong", unit.strip(), show(value)));
                }
                return ok(value);
            }
            default -> {
                return ok(value);
            }
        }
    }

    /** Why a figure the store takes is still worth a second look. */
    public enum Doubt {
        NONE,
        /** A rate in % below 0 or above 100: right for a growth rate or a plan exceeded, else a typing slip. */
        RATE_OUTSIDE_0_100,
        /** A count of whole things (người, hộ, …) with decimals. */
        WHOLE_COUNT_WITH_DECIMALS
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The doubt {@link #check} words as its warning, without the words: an import asks it of 100 000 figures and
     * says the doubtful ones once per indicator. A value the store refuses is no doubt but a refusal (see check).
     */
    public static Doubt doubt(IndicatorKind kind, String unit, BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return Doubt.NONE;
        }
        return switch (kind) {
            // the unit last and without a lower-cased copy: most figures are settled by their value alone
            case RATE -> (value.signum() < 0 || value.compareTo(HUNDRED) > 0) && unit != null
                    && unit.strip().startsWith("%") ? Doubt.RATE_OUTSIDE_0_100 : Doubt.NONE;
            case COUNT_FLOW, COUNT_STOCK -> value.signum() > 0 && value.scale() > 0
                    && value.stripTrailingZeros().scale() > 0 && isWholeUnit(unit)
                    ? Doubt.WHOLE_COUNT_WITH_DECIMALS : Doubt.NONE;
            default -> Doubt.NONE;
        };
    }

    /** The unit as compared: stripped, lower case; "" for none. Made only where a rule looks at the unit. */
    private static String unitKey(String unit) {
        return unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether figures in this unit count whole things. */
    public static boolean isWholeUnit(String unit) {
        String key = unit == null ? "" : unit;
        Boolean known = WHOLE_UNIT_CACHE.get(key);
        if (known != null) {
            return known;
        }
        boolean whole = WHOLE_UNITS.contains(key.strip().toLowerCase(Locale.ROOT).split("[;/(]")[0].strip());
        if (WHOLE_UNIT_CACHE.size() < 1000) { // units are a few dozen; never let odd input grow it
            WHOLE_UNIT_CACHE.put(key, whole);
        }
        return whole;
    }

    /** The answer per unit text: an import checks 100 000 values against a few dozen units. */
    private static final java.util.Map<String, Boolean> WHOLE_UNIT_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String kindWord(IndicatorKind kind) {
        return switch (kind) {
            case COUNT_FLOW, COUNT_STOCK -> DomainText.get("valueSanity.demSoLuong");
            case AVERAGE -> DomainText.get("valueSanity.binhQuan");
            case STATUS -> DomainText.get("valueSanity.trangThai");
            default -> kind.catalogCode();
        };
    }

    private static Check ok(BigDecimal value) {
        return new Check(value, null, null);
    }

    private static Check refuse(BigDecimal value, String why) {
        return new Check(value, DomainText.get("valueSanity.giaTri", shorten(show(value)), why), null);
    }

    private static String show(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : DomainText.get("valueSanity.kyTu", text.substring(0, 12), text.substring(text.length() - 6), text.length());
    }
}
