package vn.baocao.document.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Assessment;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.ChangeDirection;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.PeriodPlans;
import vn.baocao.domain.PlanAssessor;
import vn.baocao.domain.SpanRollUp;
import vn.baocao.domain.Target;
import vn.baocao.domain.Verdict;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.domain.YearOnYearChange;

/**
 * Writes the sentence a report uses for one indicator (spec/indicators.md §2 and §13), e.g.
 * "Số lao động được giải quyết việc làm đạt 2.278 lao động, so với Nghị quyết đạt 65,08%, so với cùng kỳ năm trước
 * giảm 374 lao động (giảm 14,1%)." Every number is computed from the stored facts with the report's options; a
 * clause whose facts are missing (no plan, no figure last year) is left out rather than written blank.
 * Output is plain text (not markup).
 */
public final class IndicatorSentences {
    static final String SAME_PERIOD = DocumentText.get("indicatorSentences.soVoiCungKy");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AssessmentOptions options;
    private final PlanAssessor assessor;
    private final vn.baocao.domain.Period reportPeriod;

    public IndicatorSentences(AssessmentOptions options) {
        this(options, null);
    }

    /** @param reportPeriod the report's period, so that a year's plan in a shorter report is named "kế hoạch năm" */
    public IndicatorSentences(AssessmentOptions options, vn.baocao.domain.Period reportPeriod) {
        this.options = options;
        this.assessor = new PlanAssessor(options);
        this.reportPeriod = reportPeriod;
    }

    /**
     * The word of the Đánh giá column and {@code {{MÃ.danh_gia}}}: agrees with the percent printed beside it, so a met
     * ceiling shown as 100% is "Đạt" like every other 100%, and only a printed percent above 100 is "Vượt"; a year's
     * plan in a shorter report is "Đã đạt" / "Đang thực hiện" (the year is not over).
     */
    public String verdictWord(IndicatorEvaluation row) {
        Assessment a = row.assessment();
        if (a == null) {
            return "";
        }
        Verdict v = a.verdict();
        if (reportPeriod != null && PeriodPlans.isYearPlanFor(row.target(), reportPeriod) && v.isAssessed()) {
            return v.isMet() ? DocumentText.get("indicatorSentences.daDat") : DocumentText.get("indicatorSentences.dangThucHien");
        }
        if (v.isMet() && a.percent() != null) {
            BigDecimal shown = options.rounding().round(a.percent(), options.percentDecimals());
            return shown.compareTo(HUNDRED) > 0 ? Verdict.VUOT.label() : Verdict.DAT.label();
        }
        return v.label();
    }

    public AssessmentOptions options() {
        return options;
    }

    /**
     * The whole sentence, ending with ".".
     *
     * @param otherIssuers also write the percent of the other issuers' plans ("đạt 150,8% kế hoạch tỉnh giao")
     */
    public String sentence(IndicatorEvaluation row, boolean otherIssuers) {
        List<String> clauses = new ArrayList<>();
        clauses.add(subjectAndValue(row));
        List<Target> same = otherIssuers ? samePercentIssuers(row) : List.of();
        String plan = planClause(row, same);
        if (!plan.isEmpty()) {
            clauses.add(plan);
        }
        if (otherIssuers) {
            String others = otherPlansClause(row, same);
            if (!others.isEmpty()) {
                clauses.add(others);
            }
        }
        String change = changeClause(row);
        if (!change.isEmpty()) {
            clauses.add(change);
        }
        return String.join(", ", clauses) + ".";
    }

    /** "Số lao động … đạt 2.278 lao động", "… ước thực hiện trên 33,5 tỷ đồng", "… chưa có số liệu". */
    public String subjectAndValue(IndicatorEvaluation row) {
        Indicator indicator = row.indicator();
        Observation actual = row.actual();
        if (actual == null || actual.value() == null) {
            return DocumentText.get("indicatorSentences.chuaCoSoLieu", indicator.name());
        }
        if (indicator.kind() == IndicatorKind.STATUS) {
            return indicator.name() + (actual.kind() == ObservationKind.UOC ? DocumentText.get("indicatorSentences.uoc") : " ") + valueText(actual, indicator);
        }
        String none = noneOf(indicator, actual);
        if (none != null) {
            return none;
        }
        String said = indicator.name() + " " + verb(actual.kind(), indicator) + " " + valueWithUnit(actual, indicator) + partsOf(actual, indicator);
        return SpanRollUp.partialCover(actual)
                .map(c -> DocumentText.get("indicatorSentences.chiGom", said, c, actual.period().label())).orElse(said);
    }

    /**
     * " (27/54 trường)": a rate's numerator and denominator when the figure has them, as the seed tells "lũy kế đạt
     * 27/54 trường, chiếm 50%"; the noun is the catalog's ("tử số, mẫu số: triệu đồng") or the one written after the
     * fraction in the source ("1.460/1.463 trẻ"), else none. Empty for other kinds.
     */
    String partsOf(Observation o, Indicator indicator) {
        if (indicator.kind() != IndicatorKind.RATE || o.numerator() == null || o.denominator() == null
                || o.denominator().signum() == 0) {
            return "";
        }
        String noun = nounOfParts(indicator.unit());
        if (noun == null && o.textAsWritten() != null) {
            Matcher m = WRITTEN_PARTS.matcher(o.textAsWritten());
            noun = m.find() ? m.group(1).strip() : null;
        }
        String fraction = exact(o.numerator()) + "/" + exact(o.denominator());
        return " (" + (noun == null || noun.isEmpty() ? fraction : fraction + " " + noun) + ")";
    }

    /** A part as stored, in Vietnamese notation and without trailing zeros: "8.599,376", "27". */
    private String exact(BigDecimal v) {
        BigDecimal plain = v.stripTrailingZeros();
        return VietnameseNumbers.formatTrimmed(plain, Math.max(0, plain.scale()), options.rounding());
    }

    private static String nounOfParts(String unit) {
        Matcher m = UNIT_PARTS.matcher(unit == null ? "" : unit);
        return m.find() ? m.group(1).strip() : null;
    }

    /** "% (tử số, mẫu số: triệu đồng)". */
    private static final Pattern UNIT_PARTS = Pattern.compile("tử số, mẫu số:\\s*([^)]+)\\)");
    /** "27/54 trường", "1.460/1.463 trẻ, đạt 99,79%": the words after the fraction, up to a comma. */
    private static final Pattern WRITTEN_PARTS = Pattern.compile(
            "\\d[\\d.,]*\\s*/\\s*\\d[\\d.,]*\\s+(\\p{L}[\\p{L} ]*?)\\s*(?:[,;(]|$)");

    /**
     * "Không có vụ tai nạn lao động nào" for a count of something bad that is nil (never "Số vụ tai nạn lao động đạt
     * 0 vụ"); null otherwise.
     */
    private static String noneOf(Indicator indicator, Observation actual) {
        boolean count = indicator.kind() == IndicatorKind.COUNT_FLOW || indicator.kind() == IndicatorKind.COUNT_STOCK;
        Matcher m = COUNT_OF.matcher(indicator.name());
        if (!count || indicator.direction() != vn.baocao.domain.Direction.DOWN || actual.value().signum() != 0
                || actual.kind() != ObservationKind.THUC_HIEN && actual.kind() != ObservationKind.CHINH_THUC || !m.matches()) {
            return null;
        }
        return DocumentText.get("indicatorSentences.khongCoNao", m.group(1).strip());
    }

    /** "Số vụ tai nạn giao thông (số người chết, bị thương)": what is counted, without the trailing note. */
    private static final Pattern COUNT_OF = Pattern.compile("Số (.+?)(?:\\s*\\(.*\\))?");

    /**
     * "đạt" after most names; "là" after a name that already says what changed ("Số hộ nghèo giảm … trong năm là
     * 864 hộ", never "… giảm … đạt 864 hộ") and for a lower-is-better figure ("Tỷ lệ hộ nghèo là 58,82%", never
     * "đạt": nobody achieves poverty).
     */
    private static String verb(ObservationKind kind, Indicator indicator) {
        boolean is = namesAChange(indicator) || indicator.direction() == vn.baocao.domain.Direction.DOWN;
        return switch (kind) {
            case UOC -> DocumentText.get("indicatorSentences.uocThucHien");
            case SO_BO -> is ? DocumentText.get("indicatorSentences.soBoLa") : DocumentText.get("indicatorSentences.soBoDat");
            default -> is ? DocumentText.get("indicatorSentences.la") : DocumentText.get("indicatorSentences.dat");
        };
    }

    /** A count named by what changed ("Số hộ nghèo giảm …"); a rate named after growth ("Tỷ lệ tăng dân số") is not. */
    private static boolean namesAChange(Indicator indicator) {
        return indicator.kind() != IndicatorKind.RATE && indicator.kind() != IndicatorKind.CHANGE
                && CHANGE_VERB.matcher(indicator.name()).find();
    }

    private static final Pattern CHANGE_VERB = Pattern.compile(
            "(?<![\\p{L}])(giảm|tăng)(?![\\p{L}])", Pattern.UNICODE_CHARACTER_CLASS);

    /** The figure as a report writes it, with its qualifier and without the unit: "2.278", "trên 33,5", "đạt". */
    public String valueText(Observation o, Indicator indicator) {
        if (indicator.kind() == IndicatorKind.STATUS) {
            return o.value().signum() > 0 ? DocumentText.get("indicatorSentences.dat") : DocumentText.get("indicatorSentences.chuaDat");
        }
        String q = o.qualifier().word();
        return (q.isEmpty() ? "" : q + " ") + number(o.value(), indicator);
    }

    /** "2.278 lao động", "57%", "trên 33,5 tỷ đồng". */
    public String valueWithUnit(Observation o, Indicator indicator) {
        String v = valueText(o, indicator);
        return indicator.kind() == IndicatorKind.STATUS ? v : withUnit(v, indicator.unit());
    }

    /** A number in the indicator's precision, trailing zeros dropped: "2.278", "1,48", "57". */
    public String number(BigDecimal value, Indicator indicator) {
        return VietnameseNumbers.formatTrimmed(value, indicator.decimals(), options.rounding());
    }

    static String withUnit(String value, String unit) {
        if (unit == null || unit.isBlank()) {
            return value;
        }
        // "% (tử số, mẫu số: triệu đồng)" is the catalog's note on a rate's parts, not part of its printed unit.
        return unit.startsWith("%") ? value + PERCENT_NOTE.matcher(unit).replaceFirst("") : value + " " + unit;
    }

    private static final Pattern PERCENT_NOTE = Pattern.compile("\\s*\\(.*\\)\\s*$");

    /** The plan as a report writes it: "3.500 lao động", "không quá 1,5%", "từ 6,6 đến 6,8%", "duy trì 98,5%". */
    public String planText(Target t, Indicator indicator) {
        String unit = indicator.unit();
        return switch (t.comparator()) {
            case EQ, GE -> withUnit(number(t.value(), indicator), unit);
            case GT -> DocumentText.get("indicatorSentences.tren", withUnit(number(t.value(), indicator), unit));
            case LE -> DocumentText.get("indicatorSentences.khongQua", withUnit(number(t.value(), indicator), unit));
            case LT -> DocumentText.get("indicatorSentences.duoi", withUnit(number(t.value(), indicator), unit));
            case RANGE -> DocumentText.get("indicatorSentences.tuDen", number(t.value(), indicator), withUnit(number(t.valueHigh(), indicator), unit));
            case APPROX -> DocumentText.get("indicatorSentences.khoang", withUnit(number(t.value(), indicator), unit));
            case MAINTAIN -> t.value() == null ? DocumentText.get("indicatorSentences.duyTriMucNam") : DocumentText.get("indicatorSentences.duyTri", withUnit(number(t.value(), indicator), unit));
            case STATUS -> DocumentText.get("indicatorSentences.datChuan");
        };
    }

    /** The plan figure alone, for a table cell or a placeholder: "3.500", "≤ 1,5", "6,6 - 6,8", "duy trì". */
    public String planCell(Target t, Indicator indicator) {
        return switch (t.comparator()) {
            case EQ, GE -> number(t.value(), indicator);
            case GT -> "> " + number(t.value(), indicator);
            case LE -> "≤ " + number(t.value(), indicator);
            case LT -> "< " + number(t.value(), indicator);
            case RANGE -> number(t.value(), indicator) + " - " + number(t.valueHigh(), indicator);
            case APPROX -> DocumentText.get("indicatorSentences.khoang", number(t.value(), indicator));
            case MAINTAIN -> t.value() == null ? DocumentText.get("indicatorSentences.duyTri2") : DocumentText.get("indicatorSentences.duyTri", number(t.value(), indicator));
            case STATUS -> DocumentText.get("indicatorSentences.dat");
        };
    }

    /**
     * The comparison with the chosen issuer's plan: "so với Nghị quyết đạt 65,08%"; for plans without a percent
     * (range, "khoảng", "duy trì", status) "so với Nghị quyết (kế hoạch từ 6,6 đến 6,8%) đạt kế hoạch". Empty when
     * there is no plan, no figure, or nothing can be said.
     */
    public String planClause(IndicatorEvaluation row) {
        return planClause(row, List.of());
    }

    /** As {@link #planClause(IndicatorEvaluation)}; {@code alsoIssuers} are named with the chosen one ("so với Nghị quyết và kế hoạch huyện giao"). */
    String planClause(IndicatorEvaluation row, List<Target> alsoIssuers) {
        if (row.target() == null || row.assessment() == null) {
            return "";
        }
        String phrase = planName(row.target());
        for (int i = 0; i < alsoIssuers.size(); i++) {
            phrase += (i == alsoIssuers.size() - 1 ? DocumentText.get("indicatorSentences.va") : ", ") + alsoIssuers.get(i).issuer().comparedPhrase();
        }
        return planClause(row.indicator(), row.target(), row.assessment(), phrase);
    }

    /**
     * What a sentence compares with: "Nghị quyết"; the year's plan in a shorter period's report "kế hoạch năm
     * (Nghị quyết)"; a pro-rated one "kế hoạch theo tiến độ (Nghị quyết)".
     */
    public String planName(Target target) {
        if (PeriodPlans.isProRated(target)) {
            return DocumentText.get("indicatorSentences.keHoachTheoTien", target.issuer().comparedPhrase());
        }
        if (target.period().type() == vn.baocao.domain.PeriodType.YEAR && reportPeriod != null
                && PeriodPlans.isYearPlanFor(target, reportPeriod)) {
            return DocumentText.get("indicatorSentences.keHoachNam", target.issuer().comparedPhrase());
        }
        return target.issuer().comparedPhrase();
    }

    /** "kế hoạch", "kế hoạch năm" or "kế hoạch theo tiến độ": the plan a percent in a short list is of. */
    public String planWord(Target target) {
        if (PeriodPlans.isProRated(target)) {
            return DocumentText.get("indicatorSentences.keHoachTheoTien2");
        }
        return reportPeriod != null && PeriodPlans.isYearPlanFor(target, reportPeriod) ? DocumentText.get("indicatorSentences.keHoachNam2") : DocumentText.get("indicatorSentences.keHoach");
    }

    String planClause(Indicator indicator, Target target, Assessment a) {
        return planClause(indicator, target, a, planName(target));
    }

    private String planClause(Indicator indicator, Target target, Assessment a, String phrase) {
        Verdict verdict = a.verdict();
        if (verdict == Verdict.THIEU_SO_LIEU) {
            return "";
        }
        if (a.percent() != null) {
            String pct = options.percentText(a.percent());
            if (verdict == Verdict.KHONG_DANH_GIA) {
                return DocumentText.get("indicatorSentences.bangSoVoi", pct, phrase);
            }
            String clause = DocumentText.get("indicatorSentences.soVoiDat", phrase, pct);
            if (verdict == Verdict.KHONG_DAT && a.ceiling()) {
                clause += DocumentText.get("indicatorSentences.caoHonMucKe", planText(target, indicator));
            } else if (verdict == Verdict.KHONG_DAT && a.percent().compareTo(HUNDRED) >= 0) {
                clause += DocumentText.get("indicatorSentences.chuaDatYeuCau", planText(target, indicator));
            }
            return clause;
        }
        String result = switch (verdict) {
            case VUOT -> DocumentText.get("indicatorSentences.vuotKeHoach");
            case DAT -> DocumentText.get("indicatorSentences.datKeHoach");
            case KHONG_DAT -> DocumentText.get("indicatorSentences.chuaDatKeHoach");
            default -> "";
        };
        if (result.isEmpty()) {
            return "";
        }
        return DocumentText.get("indicatorSentences.soVoiKeHoach", phrase, planText(target, indicator), result);
    }

    /** "đạt 117,06% kế hoạch huyện giao và 420,75% kế hoạch tỉnh giao": the other issuers' plans that have a percent. */
    public String otherPlansClause(IndicatorEvaluation row) {
        return otherPlansClause(row, List.of());
    }

    /** The other issuers whose plan gives the same percent as the chosen one: named once with it, not repeated. */
    List<Target> samePercentIssuers(IndicatorEvaluation row) {
        if (row.actual() == null || row.target() == null || row.assessment() == null || row.assessment().percent() == null) {
            return List.of();
        }
        String main = options.percentText(row.assessment().percent());
        List<Target> out = new ArrayList<>();
        for (Target t : row.targets()) {
            if (t.issuer() == row.target().issuer() || !t.comparator().hasPercent()) {
                continue;
            }
            Assessment a = assessor.assess(row.indicator(), t, row.actual(), row.previous());
            if (a.percent() != null && options.percentText(a.percent()).equals(main)) {
                out.add(t);
            }
        }
        return out;
    }

    private String otherPlansClause(IndicatorEvaluation row, List<Target> alreadyNamed) {
        if (row.actual() == null) {
            return "";
        }
        Issuer chosen = row.target() == null ? null : row.target().issuer();
        List<String> parts = new ArrayList<>();
        for (Target t : row.targets()) {
            if (t.issuer() == chosen || !t.comparator().hasPercent() || alreadyNamed.contains(t)) {
                continue;
            }
            Assessment a = assessor.assess(row.indicator(), t, row.actual(), row.previous());
            if (a.percent() != null && a.verdict() != Verdict.KHONG_DANH_GIA && a.verdict() != Verdict.THIEU_SO_LIEU) {
                parts.add(options.percentText(a.percent()) + " " + planName(t));
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : DocumentText.get("indicatorSentences.va2", String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
        return DocumentText.get("indicatorSentences.dat2", joined);
    }

    /**
     * "so với cùng kỳ năm trước giảm 374 lao động (giảm 14,1%)", for a rate "… tăng 5,2 điểm %" (or the legacy
     * "tăng 5,2%"); no change: "không tăng so với cùng kỳ năm trước" for a flow, "không đổi …" otherwise. Empty
     * when last year's figure is missing.
     */
    public String changeClause(IndicatorEvaluation row) {
        YearOnYearChange change = row.change();
        if (change == null || row.indicator().kind() == IndicatorKind.STATUS) {
            return "";
        }
        String words = changeWords(change, row.indicator());
        if (words.equals(ChangeDirection.KHONG_DOI.word())) {
            return (row.indicator().kind() == IndicatorKind.COUNT_FLOW ? DocumentText.get("indicatorSentences.khongTang") : DocumentText.get("indicatorSentences.khongDoi")) + SAME_PERIOD;
        }
        return SAME_PERIOD + " " + words;
    }

    /** "giảm 374 lao động (giảm 14,1%)", "tăng 5,2 điểm %", "không đổi". */
    public String changeWords(YearOnYearChange change, Indicator indicator) {
        return keepPointsTogether(change.describe(options, indicator.unit(), indicator.decimals()));
    }

    /** "5,2 điểm %" must not break before "%" or "điểm": the spaces are made non-breaking. */
    static String keepPointsTogether(String text) {
        return text.replace(" điểm %", "\u00a0điểm\u00a0%");
    }

    /**
     * The plans of the row that its figure misses, each with its assessment, the chosen issuer's first; with
     * {@code othersOnly} the chosen issuer's plan (told elsewhere) is left out.
     */
    public List<java.util.Map.Entry<Target, Assessment>> missedPlans(IndicatorEvaluation row, boolean othersOnly) {
        List<java.util.Map.Entry<Target, Assessment>> out = new ArrayList<>();
        if (row.actual() == null || row.actual().value() == null) {
            return out;
        }
        for (Target t : row.targets()) {
            boolean chosen = row.target() != null && t.issuer() == row.target().issuer();
            if (othersOnly && chosen) {
                continue;
            }
            Assessment a = chosen && row.assessment() != null ? row.assessment() : assessor.assess(row.indicator(), t, row.actual(), row.previous());
            if (a.verdict().isAssessed() && !a.verdict().isMet()) {
                out.add(chosen ? 0 : out.size(), java.util.Map.entry(t, a));
            }
        }
        return out;
    }

    /**
     * A missed plan in a short list: "số người tham gia BHXH bắt buộc đạt 86,46% kế hoạch giao" (the chosen
     * issuer's plan is named as {@link #planWord}); without a percent, "… chưa đạt kế hoạch giao".
     */
    public String missedPlanText(IndicatorEvaluation row, Target target, Assessment a) {
        boolean chosen = row.target() != null && target.issuer() == row.target().issuer();
        String plan = chosen ? planWord(target) : target.issuer().comparedPhrase();
        if (a.percent() != null) {
            return DocumentText.get("indicatorSentences.dat3", row.indicator().name(), options.percentText(a.percent()), plan);
        }
        return DocumentText.get("indicatorSentences.chuaDatPlan", row.indicator().name(), plan);
    }

    /**
     * For the list of missed indicators: "Số người tham gia BHXH tự nguyện đạt 46,98% kế hoạch": always the percent of
     * the plan, named as such, so that a rate's own value ("đạt 50,2%") is never read for it.
     */
    public String shortResult(IndicatorEvaluation row) {
        Assessment a = row.assessment();
        if (a == null) {
            return DocumentText.get("indicatorSentences.chuaCoKeHoach", row.indicator().name());
        }
        if (a.percent() != null && a.verdict() != Verdict.THIEU_SO_LIEU) {
            return DocumentText.get("indicatorSentences.dat3", row.indicator().name(), options.percentText(a.percent()), planWord(row.target()));
        }
        return row.indicator().name() + " " + switch (a.verdict()) {
            case VUOT -> DocumentText.get("indicatorSentences.vuotKeHoach");
            case DAT -> DocumentText.get("indicatorSentences.datKeHoach");
            case KHONG_DAT -> DocumentText.get("indicatorSentences.chuaDatKeHoach");
            case THIEU_SO_LIEU -> DocumentText.get("indicatorSentences.chuaCoSoLieu2");
            case KHONG_DANH_GIA -> DocumentText.get("indicatorSentences.chuaDanhGiaDuoc");
        };
    }
}
