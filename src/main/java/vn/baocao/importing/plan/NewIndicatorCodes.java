package vn.baocao.importing.plan;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.baocao.importing.text.ImportText;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.StoreException;

/**
 * Codes for indicators a sheet may add (TM001, TM002 …), reserved in sheet order for every row (and block) that
 * matches no catalog indicator by itself, whatever the clerk answers. So the code shown in the dry run is the code
 * the commit gives, and answering one row never renumbers another.
 */
final class NewIndicatorCodes {
    private final Map<String, String> reserved = new HashMap<>();
    private final Set<String> catalogCodes;
    private final CatalogRepository repository;
    private int next = 1;

    NewIndicatorCodes(Set<String> catalogCodes, CatalogRepository repository) {
        this.catalogCodes = catalogCodes;
        this.repository = repository;
    }

    /** Reserves the next free code for a row key (again for the same key: the same code). */
    String reserve(String rowKey) {
        return reserved.computeIfAbsent(rowKey, k -> {
            String code;
            do {
                code = next < 1000 ? String.format("TM%03d", next) : "TM" + next;
                next++;
            } while (catalogCodes.contains(code) || exists(code));
            return code;
        });
    }

    String codeOf(String rowKey) {
        return reserved.get(rowKey);
    }

    private boolean exists(String code) {
        try {
            return repository.indicator(code).isPresent();
        } catch (SQLException e) {
            throw new StoreException(ImportText.get("newIndicatorCodes.loiKhiDocDanh", e.getMessage()), e);
        }
    }
}
