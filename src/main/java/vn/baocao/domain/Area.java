package vn.baocao.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An administrative area. Areas form a tree and have validity dates because communes merge.
 *
 * @param level TINH, HUYEN, XA or THON
 */
public record Area(String code, String name, AreaLevel level, String parentCode, LocalDate validFrom, LocalDate validTo) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }

    /** Whether the area existed on that day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
