package vn.baocao.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import vn.baocao.domain.Period;

/** Placeholders for IN (...) lists. */
final class SqlLists {
    private SqlLists() {
    }

    static String placeholders(Collection<?> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("empty IN list");
        }
        return "(" + String.join(",", Collections.nCopies(items.size(), "?")) + ")";
    }

    /** "WHERE a.code IN (?,…) AND p.code IN (?,…)" for tables joined to area a and period p. */
    static String areaPeriodFilter(Collection<String> areaCodes, Collection<Period> periods) {
        return "WHERE a.code IN " + placeholders(areaCodes) + " AND p.code IN " + placeholders(periods) + " ";
    }

    /** Binds the parameters of {@link #areaPeriodFilter} from index 1. */
    static void bindAreasAndPeriods(PreparedStatement ps, Collection<String> areaCodes, Collection<Period> periods)
            throws SQLException {
        int i = 1;
        for (String a : areaCodes) {
            ps.setString(i++, a);
        }
        for (Period p : periods) {
            ps.setString(i++, p.code());
        }
    }
}
