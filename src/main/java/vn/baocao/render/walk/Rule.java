package vn.baocao.render.walk;

/**
 * A solid rule {@code ruleCm} long, centred in a box {@code boxCm} wide (a table column or the text width), with
 * {@code spaceAfterPt} of space below it.
 */
public record Rule(double boxCm, double ruleCm, double spaceAfterPt) implements CellItem {
    /** A rule with nothing below it but what comes next. */
    public Rule(double boxCm, double ruleCm) {
        this(boxCm, ruleCm, 0);
    }

    /** The space left of (and right of) the rule. */
    public double sideCm() {
        return Math.max(0, (boxCm - ruleCm) / 2);
    }
}
