package vn.baocao.document.compose;

import java.math.BigDecimal;
import vn.baocao.domain.AggregateResult;

/**
 * A district figure entered directly next to the sum of its communes.
 *
 * @param entered the district's own figure, or null when it has none
 * @param communes the roll-up of the communes' figures
 * @param used whether the report uses the communes' roll-up as the district figure
 */
public record DistrictCheck(String indicatorCode, BigDecimal entered, AggregateResult communes, boolean used) {

    /** Whether both figures exist and differ. */
    public boolean differs() {
        return entered != null && communes.isComputed() && entered.compareTo(communes.value()) != 0;
    }
}
