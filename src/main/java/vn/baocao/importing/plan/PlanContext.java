package vn.baocao.importing.plan;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.domain.Indicator;
import vn.baocao.importing.mapping.AreaNames;
import vn.baocao.importing.mapping.RememberedMapping;
import vn.baocao.importing.table.SheetCellNames;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.WorkbookData;

/**
 * What the parts of one planning run share: the inputs (connection, workbook, sheet, request, catalog, areas,
 * remembered choices) and what they collect (questions, each asked once; warnings; choices to remember; the
 * reasons numeric cells are skipped). One instance per {@link ImportPlanner#plan()}.
 */
final class PlanContext {
    final Connection connection;
    final WorkbookData workbook;
    final ImportRequest request;
    final SheetTable sheet;
    final String sheetRef;
    /** Names the sheet's cells ("'Tổng hợp'!D5"): the preview names every value cell. */
    final SheetCellNames cellNames;
    final Map<String, Indicator> catalog;
    final AreaNames areaNames;
    final List<ImportQuestion> questions = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** Cell reference → why the numeric cell is not imported. */
    final Map<String, String> skipped = new HashMap<>();
    /** Cell reference → a comparison cell checked against the figures it is computed from (imported as written). */
    final Map<String, Coverage.CheckedCell> checked = new HashMap<>();
    /** Cell references of comparison cells whose figure waits for an answer: counted as asked. */
    final Set<String> waiting = new HashSet<>();
    private final Set<String> asked = new HashSet<>();
    RememberedMapping remembered = RememberedMapping.empty();
    final RememberedMapping toRemember = RememberedMapping.empty();
    boolean usedRemembered;

    PlanContext(Connection connection, WorkbookData workbook, ImportRequest request, SheetTable sheet,
            List<Indicator> indicators, AreaNames areaNames) {
        this.connection = connection;
        this.workbook = workbook;
        this.request = request;
        this.sheet = sheet;
        this.sheetRef = SheetRefs.quote(sheet.name());
        this.cellNames = new SheetCellNames(sheetRef);
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            byCode.put(i.code(), i);
        }
        this.catalog = byCode;
        this.areaNames = areaNames;
    }

    void ask(ImportQuestion q) {
        if (asked.add(q.id())) {
            questions.add(q);
        }
    }

    /** Records why a cell is left out (only numeric cells are counted in the coverage). */
    void skip(String ref, String reason) {
        skipped.putIfAbsent(ref, reason);
    }

    String catalogUnit(String code) {
        Indicator i = catalog.get(code);
        return i == null ? "" : i.unit();
    }
}
