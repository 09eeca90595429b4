package vn.baocao.importing.plan;

import java.math.BigDecimal;
import java.util.List;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;

/**
 * One value of the file as the import would treat it.
 *
 * @param cell          "'Biểu 01'!E14"
 * @param row           zero-based sheet row (for "skip erroneous rows")
 * @param indicatorCode the catalog code, or null when not decided (then status is ERROR)
 * @param slot          observation kind or target issuer, null when not decided
 * @param oldValue      the stored value, or null
 * @param text          the cell as displayed
 * @param blocking      for CONFLICT: true when two cells disagree (blocks like an error), false when a hand-entered
 *                      value is kept
 * @param write         whether commit writes this value
 * @param message       why (Vietnamese), "" for a plain NEW/CHANGED/UNCHANGED
 * @param notes         warnings that do not stop the import (formula re-computed differently, unit differs …)
 * @param pctAsWritten  the percent of plan the sheet's comparison column wrote for this figure ("98,2%"), else null
 * @param changeAsWritten the change on last year the sheet wrote for this figure ("tăng 5,2%"), else null
 */
public record PreviewEntry(EntryStatus status, String cell, int row, String indicatorCode, String indicatorName,
                           String areaCode, Period period, ValueSlot slot, BigDecimal value, Qualifier qualifier,
                           String textAsWritten, BigDecimal oldValue, String text, boolean blocking, boolean write,
                           String message, List<String> notes, String pctAsWritten, String changeAsWritten) {
    public PreviewEntry {
        notes = List.copyOf(notes);
        message = message == null ? "" : message;
        qualifier = qualifier == null ? Qualifier.NONE : qualifier;
    }

    PreviewEntry with(EntryStatus newStatus, BigDecimal old, boolean isBlocking, boolean doWrite, String newMessage) {
        return new PreviewEntry(newStatus, cell, row, indicatorCode, indicatorName, areaCode, period, slot, value,
                qualifier, textAsWritten, old, text, isBlocking, doWrite, newMessage, notes, pctAsWritten, changeAsWritten);
    }

    /** Whether this entry stops a commit (unless erroneous rows are skipped). */
    public boolean stopsCommit() {
        return status == EntryStatus.ERROR || (status == EntryStatus.CONFLICT && blocking);
    }
}
