package vn.baocao.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.domain.text.DomainText;

/**
 * Reads and writes numbers the Vietnamese way: "." groups thousands, "," starts the decimals ("8.599,376").
 *
 * <p>Reading rules ({@link #parse}):
 * <ul>
 *   <li>A qualifier may come first: trên, hơn, gần, khoảng, dưới ("trên 33,5" → 33,5 with {@link Qualifier#TREN}).</li>
 *   <li>Signs: "-", the Unicode minus "−", "+"; accounting brackets "(1.234)" are negative.</li>
 *   <li>Groups after a dot must have exactly 3 digits ("70.3396" is rejected, never guessed); the first group has 1–3
 *       digits and does not start with 0 ("0.500" is rejected). Plain digits without dots are fine ("1435", "02").</li>
 *   <li>"1,435" (one comma, 1–3 digits before it starting with 1–9, exactly 3 after, no dot) is AMBIGUOUS: it is 1,435
 *       in Vietnamese but 1435 in English. Both readings are returned; nothing is chosen silently.</li>
 *   <li>A scale word standing alone multiplies: nghìn/ngàn = 10³, triệu = 10⁶, tỷ/tỉ = 10⁹ ("gần 18 nghìn" → 18000,
 *       "38,4 nghìn lượt khách" → 38400 with unit "lượt khách"). When the scale word is followed by a money word
 *       (đồng, đ, VNĐ, VND) it belongs to the unit: "15.718 triệu đồng" → 15718 with unit "triệu đồng". Money units are
 *       stored as written; rescaling between đồng, triệu đồng and tỷ đồng is the catalog's business, not the parser's.</li>
 *   <li>"09/12" is a count out of a total, not one number: {@link #parse} rejects it and {@link #parseFraction} reads it.</li>
 *   <li>"", "-", "–", "x", "…", "không" mean "no figure" and give {@link NumberParseResult.Status#NO_VALUE}, never 0.</li>
 * </ul>
 * Values are {@link BigDecimal} throughout; no floating point.
 */
public final class VietnameseNumbers {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final String QUALIFIER_WORDS = DomainText.get("vietnameseNumbers.trenHonGanKhoang");
    private static final Set<String> NO_VALUE_MARKERS = Set.of("-", "–", "—", "x", "…", "...", "không");
    private static final List<String> MONEY_WORDS = List.of("đồng", "vnđ", "vnd", "đ");
    /** Spaces some sheets put between digit groups ("1 435"); only the non-breaking kinds, a plain space separates words. */
    private static final Pattern SPACE_BETWEEN_GROUPS = Pattern.compile("(?<=\\d)[\\u00A0\\u202F\\u2009\\u2007](?=\\d{3}(?!\\d))");
    /**
     * A plain space between digit groups ("1 250 000", as clerks type in a cell or a field): thousands too, read by
     * {@link #parse} and so by {@link #parseStrict}. "2 3" and "1 25" group nothing and stay errors.
     */
    private static final Pattern PLAIN_SPACE_BETWEEN_GROUPS = Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");
    private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern AMBIGUOUS_INTEGER_PART = Pattern.compile("[1-9]\\d{0,2}");

    private VietnameseNumbers() {
    }

    // ---------------------------------------------------------------- reading

    /** Reads imported or as-written text: qualifiers, scale words and units are allowed (see the class comment). */
    public static NumberParseResult parse(String text) {
        if (text == null) {
            return NumberParseResult.noValue(DomainText.get("vietnameseNumbers.oTrongKhongCo"));
        }
        String t = normalize(text);
        if (t.indexOf(' ') >= 0) {
            t = PLAIN_SPACE_BETWEEN_GROUPS.matcher(t).replaceAll(".");
        }
        if (t.isEmpty()) {
            return NumberParseResult.noValue(DomainText.get("vietnameseNumbers.oTrongKhongCo"));
        }
        if (NO_VALUE_MARKERS.contains(t.toLowerCase(Locale.ROOT))) {
            return NumberParseResult.noValue(DomainText.get("vietnameseNumbers.nghiaLaKhongCo", t));
        }
        boolean negative = false;
        String rest = t;
        if (rest.length() > 2 && rest.startsWith("(") && rest.endsWith(")")) {
            negative = true; // accounting style (1.234)
            rest = rest.substring(1, rest.length() - 1).strip();
        }
        Qualifier qualifier = Qualifier.NONE;
        for (Qualifier q : Qualifier.values()) {
            if (q != Qualifier.NONE && startsWithWord(rest, q.word())) {
                qualifier = q;
                rest = rest.substring(q.word().length()).strip();
                break;
            }
        }
        if (!rest.isEmpty() && (rest.charAt(0) == '-' || rest.charAt(0) == '−' || rest.charAt(0) == '+')) {
            negative ^= rest.charAt(0) != '+';
            rest = rest.substring(1).strip();
        }
        int end = 0;
        while (end < rest.length() && isNumberChar(rest.charAt(end))) {
            end++;
        }
        String token = rest.substring(0, end);
        String after = rest.substring(end).strip();
        if (token.isEmpty()) {
            return NumberParseResult.invalid(noNumberMessage(t));
        }
        Matcher fraction = FRACTION.matcher(rest);
        if (fraction.lookingAt()) {
            return NumberParseResult.invalid(DomainText.get("vietnameseNumbers.laMotTySo", t, fraction.group(1), fraction.group(2)));
        }
        DigitReading reading = readDigits(token, t);
        if (reading.error != null) {
            return NumberParseResult.invalid(reading.error);
        }

        String scaleWord = "";
        String unit = after;
        if (after.startsWith("%")) {
            String tail = after.substring(1).strip();
            if (!tail.isEmpty()) {
                return NumberParseResult.invalid(DomainText.get("vietnameseNumbers.soKhongHopLe", t, tail));
            }
            unit = "%";
        } else if (!after.isEmpty()) {
            String scale = leadingScaleWord(after);
            if (scale != null) {
                String afterScale = after.substring(scale.length()).strip();
                if (startsWithMoneyWord(afterScale)) {
                    unit = after; // "triệu đồng": a money unit, keep the value as written
                } else {
                    scaleWord = scale;
                    unit = afterScale;
                }
            }
            String unitError = checkUnit(unit, t);
            if (unitError != null) {
                return NumberParseResult.invalid(unitError);
            }
        }
        ParsedNumber number = build(reading.value, negative, qualifier, unit, scaleWord, reading.decimals, text);
        if (reading.englishValue != null) {
            ParsedNumber english = build(reading.englishValue, negative, qualifier, unit, scaleWord, 0, text);
            return NumberParseResult.ambiguous(number, english, ambiguousMessage(token));
        }
        return NumberParseResult.ok(number);
    }

    /**
     * Reads what a clerk types into a number field: an optional sign, the number, an optional trailing "%". No words,
     * no scale, and an ambiguous "1,435" is refused with advice on how to type it.
     */
    public static NumberParseResult parseStrict(String text) {
        NumberParseResult r = parse(text);
        if (r.status() == NumberParseResult.Status.AMBIGUOUS) {
            return NumberParseResult.invalid(DomainText.get("vietnameseNumbers.hayNhapNeuLa", r.message(), format(r.alternative().writtenValue(), 0), group(r.number().writtenValue())));
        }
        if (!r.isOk()) {
            return r;
        }
        ParsedNumber n = r.number();
        String shown = normalize(text);
        if (n.qualifier() != Qualifier.NONE) {
            return NumberParseResult.invalid(DomainText.get("vietnameseNumbers.chiDuocNhapSo", shown, n.qualifier().word()));
        }
        if (!n.scaleWord().isEmpty() || !(n.unit().isEmpty() || n.isPercent())) {
            String extra = (n.scaleWord() + " " + n.unit()).strip();
            return NumberParseResult.invalid(DomainText.get("vietnameseNumbers.chiDuocNhapSo2", shown, extra));
        }
        return r;
    }

    /** {@link #parseStrict} returning the value, or throwing {@link InvalidNumberException} with the Vietnamese message. */
    public static BigDecimal parseStrictValue(String text) {
        return parseStrict(text).orElseThrow().value();
    }

    /** Reads "09/12" (also "9/12", "09 / 12") as a count out of a total. */
    public static Fraction parseFraction(String text) {
        String t = text == null ? "" : normalize(text);
        Matcher m = FRACTION.matcher(t);
        if (!m.matches()) {
            throw new InvalidNumberException(DomainText.get("vietnameseNumbers.khongPhaiDangSo", t));
        }
        try {
            return new Fraction(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        } catch (NumberFormatException e) {
            throw new InvalidNumberException(DomainText.get("vietnameseNumbers.coSoQuaLon", t));
        } catch (IllegalArgumentException e) {
            throw new InvalidNumberException(DomainText.get("vietnameseNumbers.khongHopLe", t, e.getMessage()));
        }
    }

    /** 1, 1000, 1000000, 1000000000 for "", nghìn/ngàn, triệu, tỷ/tỉ. */
    public static BigDecimal scaleMultiplier(String scaleWord) {
        return switch (scaleWord == null ? "" : scaleWord.toLowerCase(Locale.ROOT)) {
            case "nghìn", "ngàn" -> BigDecimal.valueOf(1_000);
            case "triệu" -> BigDecimal.valueOf(1_000_000);
            case "tỷ", "tỉ" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.ONE;
        };
    }

    /**
     * How many đồng one unit of a money unit is: 1 for "đồng" (or "đ", "VNĐ"), 1000 for "nghìn đồng", 10⁶ for
     * "triệu đồng", 10⁹ for "tỷ đồng"/"tỉ đồng"; null for any other unit. The one place that knows money scales: the
     * catalog stores them as "đồng" with a factor so sums across scales stay right, and a figure written "1,6 tỷ
     * đồng" is compared with a value kept in "triệu đồng".
     */
    public static BigDecimal moneyFactor(String unit) {
        if (unit == null) {
            return null;
        }
        String u = normalize(unit).toLowerCase(Locale.ROOT);
        String scale = leadingScaleWord(u);
        String rest = scale == null ? u : u.substring(scale.length()).strip();
        for (String w : MONEY_WORDS) {
            if (rest.equals(w)) {
                return scaleMultiplier(scale);
            }
        }
        return null;
    }

    /** NFC, every kind of space made plain, runs of spaces collapsed, digit groups split by NBSP joined with ".". */
    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        t = SPACE_BETWEEN_GROUPS.matcher(t).replaceAll(".");
        t = t.replaceAll("[\\s\\u00A0\\u202F\\u2007\\u2009\\uFEFF]+", " ");
        return t.strip();
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ',';
    }

    private static boolean startsWithWord(String s, String word) {
        return s.regionMatches(true, 0, word, 0, word.length())
                && (s.length() == word.length() || !Character.isLetter(s.charAt(word.length())));
    }

    private static String leadingScaleWord(String s) {
        for (String w : List.of("nghìn", "ngàn", "triệu", "tỷ", "tỉ")) {
            if (startsWithWord(s, w)) {
                return s.substring(0, w.length());
            }
        }
        return null;
    }

    private static boolean startsWithMoneyWord(String s) {
        for (String w : MONEY_WORDS) {
            if (startsWithWord(s, w)) {
                return true;
            }
        }
        return false;
    }

    private static String checkUnit(String unit, String whole) {
        if (unit.isEmpty()) {
            return null;
        }
        if (!Character.isLetter(unit.charAt(0))) {
            return DomainText.get("vietnameseNumbers.soKhongHopLe2", whole, unit);
        }
        for (int i = 0; i < unit.length(); i++) {
            if (Character.isDigit(unit.charAt(i))) {
                return DomainText.get("vietnameseNumbers.soKhongHopLe2", whole, unit);
            }
        }
        return null;
    }

    private static String noNumberMessage(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                String before = t.substring(0, i).strip();
                return DomainText.get("vietnameseNumbers.soKhongHopLe3", t, before, QUALIFIER_WORDS);
            }
        }
        return DomainText.get("vietnameseNumbers.khongPhaiLaSo", t);
    }

    private static String ambiguousMessage(String token) {
        String english = token.replace(",", ".");
        return DomainText.get("vietnameseNumbers.soKhongRoNghia", token, token, english);
    }

    private static ParsedNumber build(BigDecimal written, boolean negative, Qualifier qualifier, String unit,
                                      String scaleWord, int decimals, String text) {
        BigDecimal signed = negative ? written.negate() : written;
        BigDecimal value = signed;
        if (!scaleWord.isEmpty()) {
            value = signed.multiply(scaleMultiplier(scaleWord)).stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
        return new ParsedNumber(value, qualifier, unit, scaleWord, signed, decimals, text);
    }

    /** The digits of "8.599,376" → 8599.376, with the checks that make a malformed figure an error. */
    private static DigitReading readDigits(String token, String whole) {
        String bad = DomainText.get("vietnameseNumbers.soKhongHopLe4", whole);
        char first = token.charAt(0);
        if (first == '.' || first == ',') {
            return DigitReading.error(DomainText.get("vietnameseNumbers.thieuChuSoTruoc", bad, first));
        }
        long commas = token.chars().filter(c -> c == ',').count();
        if (commas > 1) {
            return DigitReading.error(DomainText.get("vietnameseNumbers.coDauPhaySo", bad, commas));
        }
        char last = token.charAt(token.length() - 1);
        if (last == ',') {
            return DigitReading.error(DomainText.get("vietnameseNumbers.thieuChuSoSau", bad));
        }
        if (last == '.') {
            return DigitReading.error(DomainText.get("vietnameseNumbers.thuaDauChamO", bad));
        }
        int comma = token.indexOf(',');
        String intPart = comma < 0 ? token : token.substring(0, comma);
        String fracPart = comma < 0 ? "" : token.substring(comma + 1);
        if (fracPart.indexOf('.') >= 0) {
            return DigitReading.error(DomainText.get("vietnameseNumbers.dauChamDungSau", bad));
        }
        String digits = intPart;
        if (intPart.indexOf('.') >= 0) {
            String[] groups = intPart.split("\\.", -1);
            if (groups[0].length() > 3) {
                return DigitReading.error(DomainText.get("vietnameseNumbers.nhomDauTruocDau", bad, groups[0]));
            }
            if (groups[0].startsWith("0")) {
                return DigitReading.error(DomainText.get("vietnameseNumbers.dauChamNganCach", bad, intPart.replace('.', ',')));
            }
            for (int i = 1; i < groups.length; i++) {
                if (groups[i].isEmpty()) {
                    return DigitReading.error(DomainText.get("vietnameseNumbers.coHaiDauCham", bad));
                }
                if (groups[i].length() != 3) {
                    return DigitReading.error(DomainText.get("vietnameseNumbers.nhomSauDauCham", bad, groups[i]));
                }
            }
            digits = String.join("", groups);
        }
        BigDecimal value = new BigDecimal(fracPart.isEmpty() ? digits : digits + "." + fracPart);
        BigDecimal english = null;
        if (comma >= 0 && intPart.indexOf('.') < 0 && fracPart.length() == 3 && AMBIGUOUS_INTEGER_PART.matcher(intPart).matches()) {
            english = new BigDecimal(intPart + fracPart);
        }
        return new DigitReading(value, fracPart.length(), english, null);
    }

    private record DigitReading(BigDecimal value, int decimals, BigDecimal englishValue, String error) {
        static DigitReading error(String message) {
            return new DigitReading(null, 0, null, message);
        }
    }

    // ---------------------------------------------------------------- writing

    /** "1.435", "8.599,376", "-0,35": exactly {@code decimals} digits after the comma, rounded by {@code policy}. */
    public static String format(BigDecimal value, int decimals, RoundingPolicy policy) {
        return group(policy.round(value, decimals));
    }

    /** {@link #format(BigDecimal, int, RoundingPolicy)} with {@link RoundingPolicy#HALF_UP}. */
    public static String format(BigDecimal value, int decimals) {
        return format(value, decimals, RoundingPolicy.HALF_UP);
    }

    /** A whole number with thousands dots: 2278 → "2.278". */
    public static String format(long value) {
        return group(BigDecimal.valueOf(value));
    }

    /** Rounded to at most {@code maxDecimals}, trailing zeros dropped: 75,00 → "75", 8,333 → "8,33", 106,60 → "106,6". */
    public static String formatTrimmed(BigDecimal value, int maxDecimals, RoundingPolicy policy) {
        BigDecimal r = policy.round(value, maxDecimals).stripTrailingZeros();
        return group(r.scale() < 0 ? r.setScale(0) : r);
    }

    /** "125,87%" with exactly {@code decimals} digits. */
    public static String formatPercent(BigDecimal percent, int decimals, RoundingPolicy policy) {
        return format(percent, decimals, policy) + "%";
    }

    /** "75%", "8,33%", "106,67%": as documents write a percent, without a trailing ",00". */
    public static String formatPercentTrimmed(BigDecimal percent, int maxDecimals, RoundingPolicy policy) {
        return formatTrimmed(percent, maxDecimals, policy) + "%";
    }

    /** "5,2 điểm %": a change of a rate in percentage points (sign kept: "-0,37 điểm %"). */
    public static String formatPoints(BigDecimal points, int maxDecimals, RoundingPolicy policy) {
        return DomainText.get("vietnameseNumbers.diem", formatTrimmed(points, maxDecimals, policy));
    }

    /** "09", "12", "1.435": counts below 10 get a leading zero ("09/12 chỉ tiêu", "03 chỉ tiêu"). */
    public static String twoDigits(long count) {
        return count >= 0 && count < 10 ? "0" + count : format(count);
    }

    private static String group(BigDecimal rounded) {
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        int lead = intPart.length() % 3 == 0 ? 3 : intPart.length() % 3;
        sb.append(intPart, 0, lead);
        for (int i = lead; i < intPart.length(); i += 3) {
            sb.append('.').append(intPart, i, i + 3);
        }
        if (!frac.isEmpty()) {
            sb.append(',').append(frac);
        }
        return (rounded.signum() < 0 ? "-" : "") + sb;
    }
}
