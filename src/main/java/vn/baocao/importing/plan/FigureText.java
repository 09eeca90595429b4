package vn.baocao.importing.plan;

import java.math.BigDecimal;
import vn.baocao.domain.RoundingPolicy;
import vn.baocao.domain.VietnameseNumbers;

/** A figure as the import's notes and warnings show it: "1.500,25", every written decimal kept (up to 9). */
final class FigureText {
    private FigureText() {
    }

    static String of(BigDecimal value) {
        return VietnameseNumbers.formatTrimmed(value, 9, RoundingPolicy.HALF_UP);
    }

    static String of(int count) {
        return of(BigDecimal.valueOf(count));
    }
}
