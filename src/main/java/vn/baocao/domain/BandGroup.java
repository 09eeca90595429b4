package vn.baocao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.baocao.domain.text.DomainText;

/** The items that fell into one band, and the words a report uses for them. */
public record BandGroup<T>(Band band, List<T> members, int total) {

    public BandGroup {
        members = List.copyOf(members);
    }

    public int count() {
        return members.size();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** count / total × 100, unrounded; 0 when there are no items at all. */
    public BigDecimal share() {
        if (total == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(count()).multiply(VietnameseNumbers.HUNDRED).divide(BigDecimal.valueOf(total), 20, RoundingMode.DOWN);
    }

    /** "09/12 chỉ tiêu". */
    public String countText(String noun) {
        return VietnameseNumbers.twoDigits(count()) + "/" + VietnameseNumbers.twoDigits(total) + " " + noun;
    }

    /** "chiếm 75%", "chiếm 8,33%": two decimals at most, rounded by the policy, no trailing ",00". */
    public String shareText(RoundingPolicy policy) {
        return DomainText.get("bandGroup.chiem", VietnameseNumbers.formatPercentTrimmed(share(), 2, policy));
    }

    /** "Các chỉ tiêu đạt và vượt kế hoạch (09 chỉ tiêu)". */
    public String headingText(String noun) {
        return band.heading() + " (" + VietnameseNumbers.twoDigits(count()) + " " + noun + ")";
    }
}
