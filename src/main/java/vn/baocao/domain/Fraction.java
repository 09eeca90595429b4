package vn.baocao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.baocao.domain.text.DomainText;

/**
 * A count out of a total as documents write it: "09/12 chỉ tiêu", "08/12 xã đạt". Not a single number, so it has its
 * own type instead of being squeezed through {@link VietnameseNumbers#parse}.
 */
public record Fraction(long count, long total) {

    public Fraction {
        if (count < 0 || total <= 0 || count > total) {
            throw new IllegalArgumentException(DomainText.get("fraction.tySoKhongHop", count, total));
        }
    }

    /** count / total × 100, unrounded (scale 20). */
    public BigDecimal percent() {
        return BigDecimal.valueOf(count).multiply(VietnameseNumbers.HUNDRED).divide(BigDecimal.valueOf(total), 20, RoundingMode.DOWN);
    }

    /** "09/12": counts below 10 get a leading zero, as Vietnamese documents write them. */
    public String text() {
        return VietnameseNumbers.twoDigits(count) + "/" + VietnameseNumbers.twoDigits(total);
    }
}
