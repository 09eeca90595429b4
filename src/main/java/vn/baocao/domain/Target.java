package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.Objects;
import vn.baocao.domain.text.DomainText;

/**
 * A plan target for one indicator, area and period, from one issuer. An indicator may have several.
 *
 * @param value the target (lower bound for RANGE); null for STATUS
 * @param valueHigh upper bound for RANGE, tolerance for APPROX, else null
 * @param textAsWritten the plan as the source wrote it ("99,8% trở lên"), may be null
 */
public record Target(String indicatorCode, String areaCode, Period period, Issuer issuer, Comparator comparator,
                     BigDecimal value, BigDecimal valueHigh, String textAsWritten) {

    public Target {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(comparator, "comparator");
        if (comparator == Comparator.RANGE && (value == null || valueHigh == null)) {
            throw new IllegalArgumentException(DomainText.get("target.chiTieuDangKhoang"));
        }
        if (comparator.hasPercent() && value == null) {
            throw new IllegalArgumentException(DomainText.get("target.chiTieuKeHoach", indicatorCode));
        }
    }
}
