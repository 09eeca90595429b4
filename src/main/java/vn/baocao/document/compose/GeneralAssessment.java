package vn.baocao.document.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Assessment;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.domain.VietnameseNumbers;

/**
 * The drafted parts of "II. Đánh giá chung" (seed 004): the kết quả nổi bật from the best results against plan and
 * the tồn tại, hạn chế from the indicators below plan with their numbers. The causes (nguyên nhân khách quan, chủ
 * quan) are the clerk's to write. Each sentence names its indicators once and is worded unlike the sentences of
 * section I, so nothing is told twice.
 */
public final class GeneralAssessment {
    /** How many of the best results the highlights name. */
    static final int HIGHLIGHTS = 4;

    private final IndicatorSentences sentences;

    public GeneralAssessment(IndicatorSentences sentences) {
        this.sentences = sentences;
    }

    /** "Năm 2023, 09/12 chỉ tiêu được giao đạt và vượt kế hoạch; nổi bật là: …." Empty when nothing was met. */
    public String highlights(List<IndicatorEvaluation> assigned, Period period) {
        List<IndicatorEvaluation> met = assigned.stream()
                .filter(r -> r.assessment() != null && r.assessment().verdict().isMet()).toList();
        if (met.isEmpty()) {
            return "";
        }
        List<IndicatorEvaluation> best = new ArrayList<>(met);
        best.sort(Comparator.comparing((IndicatorEvaluation r) -> percentOrHundred(r.assessment())).reversed());
        List<String> items = new ArrayList<>();
        for (IndicatorEvaluation r : best.subList(0, Math.min(HIGHLIGHTS, best.size()))) {
            String pct = r.assessment().percent() == null ? "" : DocumentText.get("generalAssessment.bang2", sentences.options().percentText(r.assessment().percent()), sentences.planWord(r.target()));
            items.add(r.indicator().name() + " (" + sentences.valueWithUnit(r.actual(), r.indicator()) + pct + ")");
        }
        return DocumentText.get("generalAssessment.chiTieuDuocGiao", capitalized(period.label()), VietnameseNumbers.twoDigits(met.size()), VietnameseNumbers.twoDigits(assigned.size()), (met.stream().allMatch(r -> sentences.planWord(r.target()).equals("kế hoạch năm")) ? DocumentText.get("generalAssessment.keHoachNam") : DocumentText.get("generalAssessment.keHoach")), String.join("; ", items));
    }

    /**
     * The highlights, or when nothing assigned was met the prompt the clerk fills in ("[Ghi những kết quả nổi bật năm
     * 2023.]"): what stands out is then the clerk's to say, as the causes are.
     */
    public String highlightsOrPrompt(List<IndicatorEvaluation> assigned, Period period) {
        String text = highlights(assigned, period);
        return text.isEmpty() ? DocumentText.get("reportComposer.ghiKetQuaNoiBat", period.label()) : text;
    }

    /**
     * The line under "Tồn tại, hạn chế" when no figure is short: that every assigned indicator is met, or, with nothing
     * assigned, the prompt the clerk fills in ("[Ghi những tồn tại, hạn chế năm 2023.]").
     */
    public String noShortcomings(List<IndicatorEvaluation> assigned, Period period) {
        return assigned.isEmpty() ? DocumentText.get("reportComposer.ghiTonTai", period.label())
                : DocumentText.get("reportComposer.cacChiTieuDuoc", period.label());
    }

    /** Whether a drafted line is a prompt for the clerk rather than text to print. */
    static boolean isPrompt(String text) {
        return text.startsWith("[Ghi ");
    }

    /**
     * One sentence per indicator below plan, with its figure, its plan and its change; empty when none. Against the
     * year's plan in a shorter period, a flow is behind only when its share of the year plan is below the share of
     * the year gone ("chậm so với tiến độ"): 45% of the year's jobs by June is on course.
     */
    public List<String> shortcomings(List<IndicatorEvaluation> assigned, Period period) {
        List<String> out = new ArrayList<>();
        for (IndicatorEvaluation r : assigned) {
            Assessment a = r.assessment();
            if (a == null || r.actual() == null || !a.verdict().isAssessed() || a.verdict().isMet()) {
                continue;
            }
            boolean yearPlan = vn.baocao.domain.PeriodPlans.isYearPlanFor(r.target(), period);
            boolean flow = r.indicator().kind() == vn.baocao.domain.IndicatorKind.COUNT_FLOW;
            int months = vn.baocao.domain.PeriodPlans.months(period);
            if (yearPlan && flow) {
                BigDecimal due = BigDecimal.valueOf(100L * months).divide(BigDecimal.valueOf(12), 6, java.math.RoundingMode.HALF_UP);
                if (a.percent() == null || a.percent().compareTo(due) >= 0) {
                    continue;
                }
                out.add(DocumentText.get("generalAssessment.chiTieuMoiDat", lowerFirst(r.indicator().name()), sentences.valueWithUnit(r.actual(), r.indicator()), sentences.options().percentText(a.percent()), sentences.planText(r.target(), r.indicator()), months));
                continue;
            }
            out.add(shortOf(r, r.target(), a, sentences.planWord(r.target())));
        }
        return out;
    }

    /**
     * As {@link #shortcomings(List, Period)}, then the period's other figures (not assigned by the report's issuer)
     * that miss a plan another body set: "Chỉ tiêu số người tham gia BHXH bắt buộc mới đạt 2.765 người so với kế
     * hoạch giao 3.198 người (bằng 86,46%)." (seed 004: "… không đạt chỉ tiêu giao năm 2023").
     */
    public List<String> shortcomings(List<IndicatorEvaluation> assigned, List<IndicatorEvaluation> context, Period period) {
        List<String> out = new ArrayList<>(shortcomings(assigned, period));
        for (IndicatorEvaluation r : context) {
            var missed = sentences.missedPlans(r, false);
            if (missed.isEmpty() || vn.baocao.domain.PeriodPlans.isYearPlanFor(missed.get(0).getKey(), period)) {
                continue; // a year's plan part-way through the year is not yet missed
            }
            Target t = missed.get(0).getKey();
            out.add(shortOf(r, t, missed.get(0).getValue(), t.issuer().comparedPhrase()));
        }
        return out;
    }

    private String shortOf(IndicatorEvaluation r, Target target, Assessment a, String planPhrase) {
        StringBuilder sb = new StringBuilder(DocumentText.get("generalAssessment.chiTieu")).append(lowerFirst(r.indicator().name())).append(DocumentText.get("generalAssessment.moiDat"))
                .append(sentences.valueWithUnit(r.actual(), r.indicator())).append(DocumentText.get("generalAssessment.soVoi"))
                .append(planPhrase).append(" ").append(sentences.planText(target, r.indicator()));
        if (a.percent() != null) {
            sb.append(DocumentText.get("generalAssessment.bang")).append(sentences.options().percentText(a.percent())).append(")");
        }
        if (r.change() != null) {
            sb.append(", ").append(sentences.changeClause(r));
        }
        return sb.append(".").toString();
    }

    /**
     * The Phương hướng's focus of one sector: "Tập trung khắc phục những chỉ tiêu năm 2023 chưa đạt: tỷ lệ trẻ em dưới
     * 1 tuổi … đạt 50,2% kế hoạch." from the sector's assigned indicators below plan and its other figures below a
     * plan; empty when nothing was missed.
     */
    public String focus(List<IndicatorEvaluation> sectorAssigned, List<IndicatorEvaluation> sectorContext, Period period) {
        List<String> items = new ArrayList<>();
        for (IndicatorEvaluation r : sectorAssigned) {
            Assessment a = r.assessment();
            if (a != null && r.actual() != null && a.verdict().isAssessed() && !a.verdict().isMet()
                    && !vn.baocao.domain.PeriodPlans.isYearPlanFor(r.target(), period)) {
                items.add(lowerFirst(sentences.missedPlanText(r, r.target(), a)));
            }
        }
        for (IndicatorEvaluation r : sectorContext) {
            var missed = sentences.missedPlans(r, false);
            if (!missed.isEmpty() && !vn.baocao.domain.PeriodPlans.isYearPlanFor(missed.get(0).getKey(), period)) {
                items.add(lowerFirst(sentences.missedPlanText(r, missed.get(0).getKey(), missed.get(0).getValue())));
            }
        }
        return items.isEmpty() ? "" : DocumentText.get("generalAssessment.tapTrungKhacPhuc", period.label(), String.join("; ", items));
    }

    private static BigDecimal percentOrHundred(Assessment a) {
        return a.percent() == null ? BigDecimal.valueOf(100) : a.percent();
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // an abbreviation ("BHXH …") keeps its case
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
