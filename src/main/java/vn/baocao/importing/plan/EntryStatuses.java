package vn.baocao.importing.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Qualifier;
import vn.baocao.domain.ValueSanity;
import vn.baocao.importing.mapping.IndicatorMatcher;
import vn.baocao.importing.text.ImportText;
import vn.baocao.importing.values.CellValue;
import vn.baocao.store.StoredFigures;

/**
 * Gives every value its status. Two cells with different values for the same indicator, area, period and slot are
 * both CONFLICT (blocking); equal ones keep the first and mark the rest UNCHANGED. Against the store: nothing
 * stored → NEW; the same value and qualifier → UNCHANGED; a different value written by an earlier import →
 * CHANGED; a different value entered by hand → CONFLICT (kept), or CHANGED when the clerk chose to overwrite.
 */
final class EntryStatuses {
    private final ImportRequest request;
    private final Map<String, Indicator> catalog;

    EntryStatuses(ImportRequest request, Map<String, Indicator> catalog) {
        this.request = request;
        this.catalog = catalog;
    }

    /** {@code stored}: what the store holds for the cells' areas and periods. */
    List<PreviewEntry> decide(List<PendingCell> cells, StoredFigures stored) {
        // Each cell's first cell of its key; almost always itself, so lists are made only for keys shared
        int[] firstOf = new int[cells.size()];
        boolean[] shared = new boolean[cells.size()];
        FigureGroups groups = new FigureGroups(cells.size());
        // each cell's work in a method of its own: compiled after a few hundred cells, while a loop's own body
        // stays interpreted until the JIT replaces it mid-loop (tens of thousands of iterations later)
        for (int i = 0; i < cells.size(); i++) {
            firstOf[i] = group(cells.get(i), i, groups, shared);
        }
        Map<Integer, List<PendingCell>> sameKey = groups.anyShared() ? sameKeyLists(cells, firstOf, shared) : Map.of();
        List<PreviewEntry> entries = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            entries.add(entryOf(cells.get(i), firstOf[i], shared, sameKey, stored));
        }
        if (request.skipErroneousRows()) {
            Set<Integer> badRows = entries.stream().filter(PreviewEntry::stopsCommit).map(PreviewEntry::row)
                    .collect(Collectors.toCollection(HashSet::new));
            for (int i = 0; i < entries.size(); i++) {
                PreviewEntry e = entries.get(i);
                if (e.write() && badRows.contains(e.row())) {
                    entries.set(i, e.with(e.status(), e.oldValue(), e.blocking(), false,
                            ImportText.get("entryStatuses.boQuaViDong", (e.row() + 1))));
                }
            }
        }
        return entries;
    }

    /** Files a cell with a value and gives the first cell with its key (marked shared when not itself); -1 without. */
    private static int group(PendingCell p, int index, FigureGroups groups, boolean[] shared) {
        if (p.value() == null) {
            return -1;
        }
        int first = groups.first(p, index);
        if (first != index) {
            shared[first] = true;
        }
        return first;
    }

    /** The cells of each shared key, in sheet order, by the key's first cell. */
    private static Map<Integer, List<PendingCell>> sameKeyLists(List<PendingCell> cells, int[] firstOf,
            boolean[] shared) {
        Map<Integer, List<PendingCell>> lists = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (firstOf[i] >= 0 && shared[firstOf[i]]) {
                lists.computeIfAbsent(firstOf[i], k -> new ArrayList<>()).add(cells.get(i));
            }
        }
        return lists;
    }

    private PreviewEntry entryOf(PendingCell p, int first, boolean[] shared, Map<Integer, List<PendingCell>> sameKey,
            StoredFigures stored) {
        if (p.value() == null) {
            return error(p);
        }
        String refusal = refusal(p);
        if (refusal != null) {
            return entry(p, EntryStatus.ERROR, null, false, false, refusal);
        }
        return decide(p, shared[first] ? sameKey.get(first) : p, stored);
    }

    /**
     * What the store would refuse to write ("(5)" households: a count is never negative), said in the preview: before,
     * the preview showed it as new and the commit was refused as a whole, which skipping erroneous rows could not
     * avoid. Null for a value the store takes.
     */
    private String refusal(PendingCell p) {
        BigDecimal v = p.value().value();
        if (v.signum() >= 0 && v.scale() >= 0 && v.precision() <= ValueSanity.MAX_SIGNIFICANT_DIGITS) {
            return null; // what the store refuses is negative or too long: the check is skipped for every other figure
        }
        Indicator indicator = catalog.get(p.code());
        if (indicator == null) {
            return null; // a new indicator: its kind is not known yet
        }
        ValueSanity.Check check = ValueSanity.refusalOnly(indicator, v);
        return check.refused() ? check.refusal() : null;
    }

    private PreviewEntry error(PendingCell p) {
        return entry(p, EntryStatus.ERROR, null, null, false, p.error());
    }

    /** {@code sameKeyCells}: the cell itself when no other cell has its key, else the list of all cells with it. */
    @SuppressWarnings("unchecked")
    private PreviewEntry decide(PendingCell p, Object sameKeyCells, StoredFigures stored) {
        BigDecimal value = p.value().value();
        if (sameKeyCells instanceof List<?>) {
            List<PendingCell> sameKey = (List<PendingCell>) sameKeyCells;
            List<PendingCell> differing = sameKey.stream()
                    .filter(o -> o != p && (o.value().value().compareTo(value) != 0
                            || o.value().qualifier() != p.value().qualifier()))
                    .toList();
            if (!differing.isEmpty()) {
                return entry(p, EntryStatus.CONFLICT, null, true, false, ImportText.get("entryStatuses.oChoGiaTri", differing.stream().map(PendingCell::ref)
                        .collect(Collectors.joining(", ")), p.code()));
            }
            if (sameKey.get(0) != p) {
                return entry(p, EntryStatus.UNCHANGED, null, false, false, ImportText.get("entryStatuses.trungVoiO", sameKey.get(0).ref()));
            }
        }
        ColumnPlan col = p.column();
        StoredFigures.Stored old = col.slot().isTarget()
                ? stored.target(p.code(), col.areaCode(), col.period(), col.slot().discriminator())
                : stored.observation(p.code(), col.areaCode(), col.period(), col.slot().discriminator());
        if (old == null) {
            return entry(p, EntryStatus.NEW, null, false, true, "");
        }
        if (Objects.equals(old.value() == null ? null : old.value().stripTrailingZeros(), value.stripTrailingZeros())
                && sameQualifier(old.qualifier(), p, col.slot().isTarget())) {
            return entry(p, EntryStatus.UNCHANGED, old.value(), false, false, "");
        }
        if (!old.fromImport() && !request.overwriteManual()) {
            return entry(p, EntryStatus.CONFLICT, old.value(), false, false, ImportText.get("entryStatuses.giuSoDaNhap", (old.value() == null ? ImportText.get("entryStatuses.trong") : old.value().toPlainString().replace('.', ',')), (old.source() == null ? "" : " (" + old.source() + ")")));
        }
        return entry(p, EntryStatus.CHANGED, old.value(), false, true, old.fromImport() ? "" : ImportText.get("entryStatuses.ghiDeSoDa"));
    }

    private static boolean sameQualifier(String stored, PendingCell p, boolean target) {
        if (target) {
            return TargetRows.comparator(p.value().qualifier()).name().equals(stored);
        }
        return p.value().qualifier().name().equals(stored == null ? Qualifier.NONE.name() : stored);
    }

    private PreviewEntry entry(PendingCell p, EntryStatus status, BigDecimal old, Boolean blocking, boolean write,
            String message) {
        // each part read once into a local: 100 000 entries are made, the first thousands by the interpreter
        CellValue v = p.value();
        ColumnPlan col = p.column();
        String code = p.code();
        // copied by the entry; an empty one as List.of(), which is not copied (most cells have no note)
        List<String> notes = p.notes().isEmpty() ? List.of() : p.notes();
        Indicator indicator = code == null ? null : catalog.get(code);
        if (v != null && indicator != null && !v.unit().isEmpty()) {
            notes = new ArrayList<>(notes);
            unitNotes(p, indicator, notes);
        }
        return new PreviewEntry(status, p.ref(), p.row(), code, indicator == null ? null : indicator.name(),
                col.areaCode(), col.period(), col.slot(), v == null ? null : v.value(),
                v == null ? null : v.qualifier(), v == null ? null : v.textAsWritten(), old, p.cell().text(),
                blocking != null && blocking, write, message, notes, p.pctAsWritten(), p.changeAsWritten());
    }

    private static void unitNotes(PendingCell p, Indicator indicator, List<String> notes) {
        String written = p.value().unit();
        if (written.isEmpty()) {
            return;
        }
        String unitKey = IndicatorMatcher.unitKey(written);
        if (unitKey.equals("%")) {
            if (!indicator.isRate()) {
                notes.add(ImportText.get("entryStatuses.oGhiNhungChi", indicator.code(), indicator.unit()));
            }
        } else if (!unitKey.equals(IndicatorMatcher.unitKey(indicator.unit()))) {
            notes.add(ImportText.get("entryStatuses.oGhiDonVi", written, indicator.unit()));
        }
    }
}
