package vn.baocao.store;

import java.util.Collection;
import java.util.Collections;

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
}
