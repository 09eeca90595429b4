package vn.baocao.render.walk;

/** A solid rule {@code ruleCm} long, centred in a box {@code boxCm} wide (a table column or the text width). */
public record Rule(double boxCm, double ruleCm) implements CellItem {
    /** The space left of (and right of) the rule. */
    public double sideCm() {
        return Math.max(0, (boxCm - ruleCm) / 2);
    }
}
