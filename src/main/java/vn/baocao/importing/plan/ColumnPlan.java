package vn.baocao.importing.plan;

import vn.baocao.domain.Period;

/**
 * What the import does with one value column.
 *
 * @param slot    where its values go, or null when the column is not imported
 * @param reason  why it is not imported ("cột so sánh, tính lại từ số liệu"), else ""
 */
public record ColumnPlan(int index, String letter, String header, ValueSlot slot, String areaCode, Period period,
                         String reason) {
    public boolean imported() {
        return slot != null && areaCode != null && period != null;
    }
}
