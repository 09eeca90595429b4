package vn.baocao.importing.plan;

import vn.baocao.domain.Comparator;
import vn.baocao.domain.Qualifier;

/** How a plan figure's qualifier becomes a target's form: "trên 33,5" → GT, "khoảng 4" → APPROX. */
final class TargetRows {
    private TargetRows() {
    }

    static Comparator comparator(Qualifier q) {
        return switch (q) {
            case TREN, HON -> Comparator.GT;
            case DUOI -> Comparator.LT;
            case GAN, KHOANG -> Comparator.APPROX;
            case NONE -> Comparator.EQ;
        };
    }
}
