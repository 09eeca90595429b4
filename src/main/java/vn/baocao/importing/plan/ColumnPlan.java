package vn.baocao.importing.plan;

import vn.baocao.domain.Period;

/**
 * What the import does with one value column.
 *
 * @param slot    where its values go, or null when the column is not imported
 * @param reason  why it is not imported ("cột so sánh, tính lại từ số liệu"), else ""
 * @param block   the side-by-side block (its own measure) the column belongs to, else null
 */
public record ColumnPlan(int index, String letter, String header, ValueSlot slot, String areaCode, Period period,
                         String reason, String block) {
    public ColumnPlan(int index, String letter, String header, ValueSlot slot, String areaCode, Period period,
            String reason) {
        this(index, letter, header, slot, areaCode, period, reason, null);
    }

    public boolean imported() {
        return slot != null && areaCode != null && period != null;
    }

    /** A column left out on purpose (derived, chosen, no period type), not one waiting for an answer. */
    public boolean skipped() {
        return slot == null && !reason.isEmpty();
    }
}
