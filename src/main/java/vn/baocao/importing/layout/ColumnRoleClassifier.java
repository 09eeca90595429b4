package vn.baocao.importing.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises column roles from header labels by synonyms, after folding case and diacritics. */
public final class ColumnRoleClassifier {
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9%]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])");
    private static final Set<String> STT = Set.of("stt", "tt", "so tt", "so thu tu", "s tt");
    private static final Pattern NAME = Pattern.compile("^(ten )?(chi tieu|noi dung|danh muc|hang muc)\\b.{0,20}$");
    /**
     * "Chỉ tiêu giao 2025", "Chỉ tiêu NQ", "Mục tiêu NQ Đại hội": the plan a commune is given, not the name column
     * that "Chỉ tiêu" alone heads (before, the plan's figures were skipped as a name column's).
     */
    private static final Pattern ASSIGNED = Pattern.compile("^(chi tieu|muc tieu)\\b.*\\b(giao|nq|nghi quyet|dai hoi)\\b");
    private static final Pattern UNIT = Pattern.compile("^(dvt|don vi tinh|don vi|dv tinh|d v t)$");
    private static final int MAX_LABEL_LENGTH = 60;
    private static final Pattern DERIVED = Pattern.compile("\\bbq ?gd\\b|\\bbq\\b|binh quan|tang truong|toc do|chenh lech"
            + "|du bao|tang ?/ ?giam|tang giam|\\+ ?/ ?-|\\(%\\)|\\d %$|\\s%$|% so |\\bdat %|%kh\\b|% ke hoach");
    private static final Pattern FORMULA_LABEL = Pattern.compile("^\\(?\\d{1,2}\\)?\\s*=\\s*[()\\d\\s/*x:+\\-.]+$");
    /** "TH/KH", "Ước/KH", "TH 2024/CK": a figure over its plan or last year's (never "ƯTH/TH 2020", an estimate). */
    private static final Pattern RATIO_OF_ROLES = Pattern.compile(
            "\\b(uoc|uth|th|thuc hien)\\b ?(?:(?:19|20)\\d{2})? ?/ ?(kh|ke hoach|ck|cung ky)\\b");
    private static final Pattern RATE = Pattern.compile("^t[yi] le( %)?$");
    private static final Pattern RATE_PERCENT = Pattern.compile("^t[yi] le %.*");
    private static final Pattern YEAR_OVER_YEAR = Pattern.compile(".*[a-z]+ ?\\d{4} ?/ ?[a-z]+ ?\\d{4}.*");
    private static final Pattern BARE_YEAR = Pattern.compile("^(nam )?(19|20)\\d{2}$");

    private ColumnRoleClassifier() {
    }

    /** The role of a single header label, or {@code null} when the label says nothing. */
    public static ColumnRole classifyLabel(String label) {
        String folded = TextFolding.fold(label).replace(".", "").replace(":", "").trim();
        if (folded.isEmpty() || folded.length() > MAX_LABEL_LENGTH) {
            return null;
        }
        if (STT.contains(folded)) {
            return ColumnRole.STT;
        }
        if (UNIT.matcher(folded).matches()) {
            return ColumnRole.UNIT;
        }
        if (folded.startsWith("ghi chu")) {
            return ColumnRole.NOTE;
        }
        if (ASSIGNED.matcher(folded).find()) {
            return ColumnRole.PLAN;
        }
        if (NAME.matcher(folded).matches()) {
            return ColumnRole.NAME;
        }
        if (isComparison(folded)) {
            return ColumnRole.COMPARISON;
        }
        List<String> tokens = Arrays.asList(TOKEN_SPLIT.split(folded));
        String spaced = " " + String.join(" ", tokens) + " ";
        if (tokens.contains("uth") || tokens.contains("uoc") || tokens.contains("ukh")) {
            return ColumnRole.ESTIMATE;
        }
        if (spaced.contains(" cung ky ")) {
            return ColumnRole.SAME_PERIOD;
        }
        if (tokens.contains("kh") || spaced.contains(" ke hoach ")) {
            return ColumnRole.PLAN;
        }
        if (tokens.contains("th") || spaced.contains(" thuc hien ") || spaced.contains(" luy ke ")) {
            return ColumnRole.ACTUAL;
        }
        return null;
    }

    /** The role of a column from its header path (top to bottom): comparison anywhere wins, then the leaf-most. */
    public static ColumnRole classifyPath(List<String> path) {
        return classifyPath(path, ColumnRoleClassifier::classifyLabel);
    }

    /**
     * The same, each label's role given by {@code labels} (a memo of {@link #classifyLabel}: the header of a summary
     * repeats a few labels over hundreds of columns).
     */
    public static ColumnRole classifyPath(List<String> path, java.util.function.Function<String, ColumnRole> labels) {
        for (String label : path) {
            if (labels.apply(label) == ColumnRole.COMPARISON) {
                return ColumnRole.COMPARISON;
            }
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            ColumnRole role = labels.apply(path.get(i));
            if (role != null) {
                return role;
            }
        }
        return ColumnRole.VALUE;
    }

    /** {@link #classifyLabel} remembered per label, for one sheet's header. */
    public static java.util.function.Function<String, ColumnRole> memo() {
        java.util.Map<String, java.util.Optional<ColumnRole>> known = new java.util.HashMap<>();
        return label -> known.computeIfAbsent(label, l -> java.util.Optional.ofNullable(classifyLabel(l))).orElse(null);
    }

    /**
     * Derived columns: comparisons, percent of plan, growth and average rates, differences, forecasts of a rate,
     * and columns whose number says how they are computed ("4=3/2").
     */
    private static boolean isComparison(String folded) {
        return folded.startsWith("so sanh") || folded.startsWith("so voi") || folded.contains(" so voi ")
                || RATE.matcher(folded).matches() || RATE_PERCENT.matcher(folded).matches() || folded.equals("%")
                || YEAR_OVER_YEAR.matcher(folded).matches() || DERIVED.matcher(folded).find()
                || FORMULA_LABEL.matcher(folded).matches() || RATIO_OF_ROLES.matcher(folded).find();
    }

    /** A label that names only a year: "Năm 2015", "2015". */
    public static boolean isBareYear(String label) {
        return BARE_YEAR.matcher(TextFolding.fold(label)).matches();
    }

    /** A column-number label that is a formula of other columns: "4=3/2", "(6)=(4)-(3)", "5 = 3 x 100/1". */
    public static boolean isFormulaLabel(String text) {
        return FORMULA_LABEL.matcher(TextFolding.fold(text)).matches();
    }
}
