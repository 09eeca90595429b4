package vn.baocao.document.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.baocao.document.Block;
import vn.baocao.document.Paragraph;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Assessment;
import vn.baocao.domain.ChangeDirection;
import vn.baocao.domain.Direction;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Period;
import vn.baocao.domain.PlanAssessor;
import vn.baocao.domain.Target;

/**
 * The prose paragraph of one field of work in "Kết quả đạt được trên từng lĩnh vực" (seed 004 §2.3: "… đạt 117,06% kế
 * hoạch huyện giao, đạt 420,75% kế hoạch tỉnh giao, tăng 137,23% so với cùng kỳ năm trước …"), drafted from what the
 * store holds for the sector and nothing else:
 * <ul>
 *   <li>the sector's other figures of the period (not chỉ tiêu giao): each with the plans other bodies set for it and
 *       its change on cùng kỳ, the best results first;</li>
 *   <li>for a chỉ tiêu giao already told in section 2, only what section 2 does not say: the other bodies' plans;</li>
 *   <li>then "Tuy nhiên, …" with the figures below one of their plans or moving the wrong way on cùng kỳ.</li>
 * </ul>
 * The wording of every figure, plan and change is {@link IndicatorSentences}'s; this class only chooses and orders.
 * What only the clerk knows (activities, causes) stays in the clerk's own paragraph above it.
 */
public final class SectorNarrative {
    private final IndicatorSentences sentences;
    private final PlanAssessor assessor;

    public SectorNarrative(IndicatorSentences sentences) {
        this.sentences = sentences;
        this.assessor = new PlanAssessor(sentences.options());
    }

    /**
     * The sector's narrative as paragraphs (none when the store holds nothing more than section 2 told).
     *
     * @param told the sector's indicators section 2 told in full
     * @param others the sector's other indicators with a figure of the period
     */
    public List<Block> paragraphs(List<IndicatorEvaluation> told, List<IndicatorEvaluation> others, Period period,
                                  Function<IndicatorEvaluation, String> footnotes) {
        List<Item> good = new ArrayList<>();
        List<Item> weak = new ArrayList<>();
        for (IndicatorEvaluation r : told) {
            String plans = sentences.otherPlansClause(r);
            if (!plans.isEmpty() && r.actual() != null) {
                Item item = new Item(r, sentences.subjectAndValue(r) + ", " + plans, bestPercent(r, true), false);
                (belowAPlan(r, true, period) ? weak : good).add(item);
            }
        }
        for (IndicatorEvaluation r : others) {
            if (r.actual() == null || r.actual().value() == null) {
                continue;
            }
            Item item = new Item(r, stripStop(sentences.sentence(r, true)), bestPercent(r, false), improved(r));
            (belowAPlan(r, false, period) || worsened(r) ? weak : good).add(item);
        }
        if (good.isEmpty() && weak.isEmpty()) {
            return List.of();
        }
        good.sort(Comparator.comparingInt(Item::rank).thenComparing(Item::percent, Comparator.reverseOrder()));
        String lead = GeneralAssessment.capitalized(period.label()) + ", ";
        StringBuilder text = new StringBuilder();
        if (!good.isEmpty()) {
            text.append(Markup.escape(lead)).append(joined(good, footnotes)).append('.');
        }
        if (!weak.isEmpty()) {
            if (text.length() > 0) {
                text.append(' ').append(Markup.escape(DocumentText.get("sectorNarrative.tuyNhien")));
            } else {
                text.append(Markup.escape(lead));
            }
            text.append(joined(weak, footnotes)).append('.');
        }
        return List.of(Paragraph.of(text.toString()));
    }

    private String joined(List<Item> items, Function<IndicatorEvaluation, String> footnotes) {
        List<String> parts = new ArrayList<>();
        for (Item i : items) {
            String footnote = footnotes.apply(i.row());
            parts.add(Markup.escape(lowerFirst(i.text())) + (footnote == null || footnote.isBlank() ? "" : "[^" + Markup.escape(footnote) + "]"));
        }
        return String.join("; ", parts);
    }

    /**
     * Whether one of the plans the narrative names (the other bodies' for a told indicator) is assessed and missed; a
     * year's plan in a shorter period's report is not missed yet.
     */
    private boolean belowAPlan(IndicatorEvaluation r, boolean othersOnly, Period period) {
        for (Target t : r.targets()) {
            if (othersOnly && r.target() != null && t.issuer() == r.target().issuer()
                    || vn.baocao.domain.PeriodPlans.isYearPlanFor(t, period)) {
                continue;
            }
            Assessment a = assessor.assess(r.indicator(), t, r.actual(), r.previous());
            if (a.verdict().isAssessed() && !a.verdict().isMet()) {
                return true;
            }
        }
        return false;
    }

    private BigDecimal bestPercent(IndicatorEvaluation r, boolean othersOnly) {
        BigDecimal best = BigDecimal.ZERO;
        for (Target t : r.targets()) {
            if (othersOnly && r.target() != null && t.issuer() == r.target().issuer()) {
                continue;
            }
            Assessment a = assessor.assess(r.indicator(), t, r.actual(), r.previous());
            if (a.verdict().isMet() && a.percent() != null && a.percent().compareTo(best) > 0) {
                best = a.percent();
            }
        }
        return best;
    }

    /** Moved the way the indicator is better since cùng kỳ. */
    private static boolean improved(IndicatorEvaluation r) {
        ChangeDirection d = r.change() == null ? null : r.change().direction();
        Direction better = r.indicator().direction();
        return d == ChangeDirection.TANG && better == Direction.UP || d == ChangeDirection.GIAM && better == Direction.DOWN;
    }

    /** Moved the way the indicator is worse since cùng kỳ. */
    private static boolean worsened(IndicatorEvaluation r) {
        ChangeDirection d = r.change() == null ? null : r.change().direction();
        Direction better = r.indicator().direction();
        return d == ChangeDirection.GIAM && better == Direction.UP || d == ChangeDirection.TANG && better == Direction.DOWN;
    }

    private static String stripStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** "Số lao động …" → "số lao động …" inside a sentence; an abbreviation ("BHXH …") keeps its case. */
    static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** One figure told: its clause, and how it ranks (a plan met first, by its percent; then a gain on cùng kỳ). */
    private record Item(IndicatorEvaluation row, String text, BigDecimal percent, boolean gained) {
        int rank() {
            return percent.signum() > 0 ? 0 : gained ? 1 : 2;
        }
    }
}
