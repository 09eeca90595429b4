package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.Objects;
import vn.baocao.domain.text.DomainText;

/**
 * One assessment band over the percent of plan: lower bound included, upper bound excluded.
 *
 * @param lowerInclusive null = no lower bound
 * @param upperExclusive null = no upper bound
 * @param label short words for a table cell ("đạt từ 50 đến dưới 80% kế hoạch")
 * @param heading the heading a report writes above the band's indicators ("Các chỉ tiêu đạt và vượt kế hoạch")
 */
public record Band(BigDecimal lowerInclusive, BigDecimal upperExclusive, String label, String heading) {

    public Band {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(heading, "heading");
        if (lowerInclusive != null && upperExclusive != null && lowerInclusive.compareTo(upperExclusive) >= 0) {
            throw new IllegalArgumentException(DomainText.get("band.nhomCanDuoiPhai", label));
        }
    }

    public boolean contains(BigDecimal percent) {
        return (lowerInclusive == null || percent.compareTo(lowerInclusive) >= 0)
                && (upperExclusive == null || percent.compareTo(upperExclusive) < 0);
    }
}
