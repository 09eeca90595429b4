package vn.baocao.app.data;

import java.math.BigDecimal;
import java.util.List;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Target;

/**
 * One indicator of the grid as the domain evaluated it, already in words. The grid only shows these texts; it
 * computes none of them.
 *
 * @param issuer whose plan the row is assessed against
 * @param target that issuer's target, or null
 * @param targets every target of the period (all issuers), kept to assess the row again
 * @param actual the stored figure the row shows and edits, or null when none is kept yet
 * @param previous the figure of the same period last year, or null
 * @param bandRank the band's position in the scheme (0 = best), or -1 when the row falls in no band
 * @param flags warnings (a figure as written disagrees with the computed one …), Vietnamese
 * @param reason the assessment's explanation, Vietnamese
 */
public record RowEvaluation(Indicator indicator, Issuer issuer, Target target, List<Target> targets,
                            Observation actual, Observation previous, String percentText, String verdictText,
                            String bandText, int bandRank, String changeText, List<String> flags, String reason) {

    public RowEvaluation {
        targets = List.copyOf(targets);
        flags = List.copyOf(flags);
        percentText = percentText == null ? "" : percentText;
        verdictText = verdictText == null ? "" : verdictText;
        bandText = bandText == null ? "" : bandText;
        changeText = changeText == null ? "" : changeText;
        reason = reason == null ? "" : reason;
    }

    /** The same row with another set of targets (a plan being typed), before it is assessed again. */
    public RowEvaluation withTargets(List<Target> newTargets) {
        Target chosen = newTargets.stream().filter(t -> t.issuer() == issuer).findFirst().orElse(null);
        return new RowEvaluation(indicator, issuer, chosen, newTargets, actual, previous, percentText, verdictText, bandText,
                bandRank, changeText, flags, reason);
    }

    public BigDecimal actualValue() {
        return actual == null ? null : actual.value();
    }

    public BigDecimal previousValue() {
        return previous == null ? null : previous.value();
    }
}
