package vn.baocao.app.imports;

import java.math.BigDecimal;
import vn.baocao.domain.RoundingPolicy;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.plan.EntryStatus;
import vn.baocao.importing.plan.PreviewEntry;

/** One value of the dry run as the table shows it, numbers written the Vietnamese way. */
public record EntryRow(PreviewEntry entry) {
    public EntryStatus status() {
        return entry.status();
    }

    public String cell() {
        return entry.cell();
    }

    public String indicator() {
        if (entry.indicatorCode() == null) {
            return "";
        }
        return entry.indicatorName() == null ? entry.indicatorCode() : entry.indicatorCode() + " – " + entry.indicatorName();
    }

    public String area() {
        return entry.areaCode() == null ? "" : entry.areaCode();
    }

    public String period() {
        return entry.period() == null ? "" : entry.period().label();
    }

    public String slot() {
        return entry.slot() == null ? "" : entry.slot().label();
    }

    public String value() {
        return entry.value() == null ? entry.text() : number(entry.value());
    }

    public String oldValue() {
        return number(entry.oldValue());
    }

    /** The reason and the notes, one line. */
    public String note() {
        StringBuilder sb = new StringBuilder(entry.message());
        for (String n : entry.notes()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(n);
        }
        return sb.toString();
    }

    static String number(BigDecimal v) {
        return v == null ? "" : VietnameseNumbers.formatTrimmed(v, 6, RoundingPolicy.HALF_UP);
    }
}
